import { itemRound, type ItemRoundState, type ItemTiming } from '../../../src/sdk';
import type { RoadRulesContent, Stage } from '../content-schema';
import { STEP_MS } from './car';
import { mpsToKmh } from './distances';
import { boxStart, crossingEdges, stopLine } from './route';
import { markStage, roundStages } from './scoring';
import { limitStretches } from './speed-limits';
import { prepareStage, stageAnswer, type StageAnswer, type StageSetup } from './stage-answer';

// A round of road-rules as rules: every stage is an item of the item round. Intro (title, sign,
// controls) → the stage played by every seat at once → a moment to see every car through →
// the feedback that teaches the rule → next; after the last stage, the summary.

/** How long each moment lasts, in round time (the shell's `pace` hurries all but the play). */
export const TIMING = {
  introMs: 2600,
  /** The first stage of each kind stays up longer, to read the controls. */
  firstOfKindMs: 1800,
  /** After every car is through, a moment to see it before the feedback; a sign question reveals at once. */
  settleMs: 900,
  goodFeedbackMs: 3500,
  mistakeFeedbackMs: 6500,
  brakeFeedbackMs: 8500,
  quizRevealMs: 5000,
  summaryMs: 15000,
  /** A press that skipped the last card must not answer the next question: answers count after a beat. */
  answerGuardMs: 400,
  /** Intro, feedback and summary can be cut short once every seat has pressed A, but not before this. */
  skipAfterMs: 1500,
} as const;

/** Round time between two ticks: one step of the cars' physics. */
export const TICK_MS = STEP_MS;

export type RoadRulesState = ItemRoundState<Stage, StageAnswer, StageSetup>;

const timing: ItemTiming<Stage> = {
  answerMs: (stage) => stage.timeLimitS * 1000,
  introMs: (stage, index, stages) => {
    const first = stages.findIndex((other) => other.kind === stage.kind) === index;
    if (stage.kind === 'quiz') return first ? TIMING.firstOfKindMs : 0;
    return TIMING.introMs + (first ? TIMING.firstOfKindMs : 0);
  },
  settleMs: (stage) => (stage.kind === 'quiz' ? 0 : TIMING.settleMs),
  revealMs: (stage, marks) => {
    if (stage.kind === 'quiz') return TIMING.quizRevealMs;
    if (stage.kind === 'brake') return TIMING.brakeFeedbackMs;
    return Object.values(marks).every((mark) => mark.outcome === 'correct') ? TIMING.goodFeedbackMs : TIMING.mistakeFeedbackMs;
  },
  finalMs: TIMING.summaryMs,
  answerGuardMs: TIMING.answerGuardMs,
};

const round1 = (n: number) => Math.round(n * 10) / 10;

/** What the screen shows of a stage: its kind, and the geometry of its road or the order of its answers. */
function stageView(stage: Stage, setup: StageSetup): Record<string, unknown> {
  if (setup.kind === 'quiz') return { kind: 'quiz', buttons: setup.order };
  if (setup.kind === 'brake' && stage.kind === 'brake') {
    return { kind: 'brake', geometry: { appearAtM: round1(setup.layout.appearAtS), obstacleAtM: round1(setup.layout.obstacleS), speedKmh: stage.speedKmh, road: stage.road } };
  }
  if (stage.kind !== 'drive') return { kind: stage.kind };
  const { junction, crossing } = stage;
  return {
    kind: 'drive',
    geometry: {
      lengthM: stage.lengthM,
      limits: limitStretches(stage).map((stretch) => ({ fromM: stretch.fromM, kmh: stretch.kmh })),
      ...(junction ? { junction: { kind: junction.kind, stopLineM: stopLine(junction), boxStartM: boxStart(junction), exits: junction.exits, forbidden: junction.forbidden } } : {}),
      ...(crossing ? { crossing: crossingEdges(crossing) } : {}),
    },
  };
}

/** What the screen shows of one seat's answer: its car's place and speed, or whether it answered. */
function answerView(answer: StageAnswer): Record<string, unknown> {
  if (answer.kind === 'quiz') return { answered: answer.choice !== null };
  const car = answer.kind === 'drive' ? answer.drive.car : answer.brake.car;
  const shared = { s: round1(car.s), speedKmh: round1(mpsToKmh(car.v)), stopped: car.v <= 0 };
  if (answer.kind === 'drive') return { ...shared, way: answer.drive.way, finished: answer.drive.finished, infringements: answer.drive.infringements.map((i) => i.kind) };
  return { ...shared, appeared: answer.brake.judge.appeared, done: answer.brake.done };
}

/** road-rules' rules: the stages of the round as items, each seat's car or button as its answer. */
export const roadRulesRound = itemRound<RoadRulesContent, Stage, StageAnswer, StageSetup>({
  items: ({ content, random }) => roundStages(content, random),
  timing,
  tickMs: TICK_MS,
  answer: stageAnswer,
  prepare: (stage, { random }) => prepareStage(stage, random),
  mark: (stage, draft) => markStage(stage, draft.answer),
  skipAfterMs: TIMING.skipAfterMs,
  itemView: (stage, _phase, setup) => stageView(stage, setup),
  answerView: (answer) => answerView(answer),
});
