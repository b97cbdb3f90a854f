import type { RoadRulesContent, Stage } from '../content-schema';
import type { Random } from '../../../src/sdk';
import type { BrakeResult } from './brake-test';
import type { DriveVerdict } from './infringements';

// Points and evidence. Every stage is worth the same: a clean drive, a right answer or a stop in
// time earns STAGE_POINTS, anything else none. Points reward the rule kept; accuracy (from the
// evidence) is shown beside them, never mixed in.

export const STAGE_POINTS = 100;

/** How many stages a round of this pack plays. */
export function stagesPerRound(content: Pick<RoadRulesContent, 'stagesPerRound' | 'stages'>): number {
  return Math.min(content.stagesPerRound ?? content.stages.length, content.stages.length);
}

/** The most points one seat can make in a round: the pack's `maxPointsPerSeat` must say exactly this. */
export function maxPointsPerSeat(content: Pick<RoadRulesContent, 'stagesPerRound' | 'stages'>): number {
  return stagesPerRound(content) * STAGE_POINTS;
}

/** The stages of one round, in the pack's order or drawn at random, as the pack says. */
export function roundStages(content: RoadRulesContent, random: Random): Stage[] {
  const count = stagesPerRound(content);
  if (content.order === 'fixed') return content.stages.slice(0, count);
  return random.shuffle(content.stages).slice(0, count);
}

/** The full objective id a stage names, whether it wrote the slug or the whole id. */
export function objectiveIdOf(packId: string, objective: string): string {
  return objective.includes('/') ? objective : `${packId}/${objective}`;
}

/** What one seat did in one stage, in the terms scoring needs. */
export type StageOutcome =
  | { kind: 'drive'; verdict: DriveVerdict; elapsedMs: number }
  | { kind: 'quiz'; choice: number | undefined; answerMs: number | undefined; timeLimitMs: number }
  | { kind: 'brake'; result: BrakeResult; elapsedMs: number };

/** Did the seat keep the rule this stage teaches? */
export function stageMet(stage: Stage, outcome: StageOutcome): boolean {
  switch (outcome.kind) {
    case 'drive':
      return outcome.verdict.finished && outcome.verdict.infringements.length === 0;
    case 'quiz':
      return stage.kind === 'quiz' && outcome.choice === stage.answer;
    case 'brake':
      return outcome.result.stopped && !outcome.result.collided;
  }
}

export function stagePoints(stage: Stage, outcome: StageOutcome): number {
  return stageMet(stage, outcome) ? STAGE_POINTS : 0;
}

/** One observation per seat and stage: the stage's objective, the stage as the item. */
export function stageEvidence(stage: Stage, outcome: StageOutcome, seat: string) {
  const responseMs =
    outcome.kind === 'quiz'
      ? (outcome.answerMs ?? outcome.timeLimitMs)
      : outcome.kind === 'brake'
        ? (outcome.result.reactionMs ?? outcome.elapsedMs)
        : (outcome.verdict.finishedAtMs ?? outcome.elapsedMs);
  return { seat, objective: stage.objective, item: stage.id, correct: stageMet(stage, outcome), responseMs: Math.max(0, Math.round(responseMs)) };
}

/**
 * The order a round shows a quiz's four answers in: `order[button] = index in choices`. Drawn
 * from the round's random, so a replay with the same seed shows the same buttons.
 */
export function answerOrder(random: Random): number[] {
  return random.shuffle([0, 1, 2, 3]);
}

/** The index in `choices` a seat picked by pressing `button` (0 = A … 3 = Y). */
export function choiceOfButton(order: readonly number[], button: number): number {
  const choice = order[button];
  if (choice === undefined) throw new Error(`no answer on button ${button}`);
  return choice;
}
