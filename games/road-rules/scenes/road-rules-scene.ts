import Phaser from 'phaser';
import { RoundScene, THEME } from '../../../src/sdk/scene';
import type { RoadRulesContent, Stage } from '../content-schema';
import { roundStages, stageEvidence, stageMet, stagePoints, type StageOutcome } from '../rules/scoring';
import { Banner } from './banner';
import { BrakeRun, DriveRun, type RunContext, type StageRun } from './drive-run';
import { seatColumns } from './layout';
import { QuizRun } from './quiz-run';
import { StageIntro } from './stage-intro';
import { SummaryView } from './summary-view';

/** How long each moment lasts, in round time. */
const TIMING = {
  introMs: 2600,
  /** The first stage of each kind stays up longer, to read the controls. */
  firstOfKindMs: 1800,
  /** After every seat is through, a moment to see it before the feedback. */
  settleMs: 900,
  goodFeedbackMs: 3500,
  mistakeFeedbackMs: 6500,
  brakeFeedbackMs: 8500,
  quizRevealMs: 5000,
  /** Intro, feedback and summary can be cut short once every seat has pressed A, but not before this. */
  skipAfterMs: 1500,
  summaryMs: 15000,
  answerGuardMs: 400,
  publishEveryMs: 100,
} as const;

type Phase = 'intro' | 'play' | 'settle' | 'feedback' | 'summary' | 'over';

/**
 * One round of road-rules. For each stage of the round: an intro (title, sign, controls), the
 * play (every seat at once, in its own column), then the feedback that teaches the rule; after
 * the last stage, the summary of rules kept and missed, then `round.end()`. All timing is round
 * time; the state is published for tests and monitoring every 100 ms.
 */
export class RoadRulesScene extends RoundScene<RoadRulesContent> {
  static readonly KEY = 'road-rules:drive';

  private stages: Stage[] = [];
  private index = 0;
  private phase: Phase = 'intro';
  private run: StageRun | undefined;
  private card: { destroy(): void } | undefined;
  private stageStartMs = 0;
  private phaseStartMs = 0;
  private lastPublishMs = -Infinity;
  private readonly seenKinds = new Set<Stage['kind']>();
  private readonly ready = new Set<string>();
  private readonly met = new Map<string, boolean[]>();
  private cancelTimer: (() => void) | undefined;
  private context!: RunContext;
  private banner!: Banner;

  constructor() {
    super(RoadRulesScene.KEY);
  }

  create(): void {
    const { round } = this;
    // Each seat has its own camera over its column, drawing only its own world layer; a last
    // camera draws the HUD layer (banner, speedometers, cards) on top. The main camera draws
    // nothing: the game's background colour shows between the columns. Every object a view adds
    // lands in the HUD layer unless it is put into a world.
    this.cameras.main.setVisible(false);
    const columns = seatColumns(round.seats.length);
    const worldLayers = round.seats.map(() => this.add.layer());
    const hudLayer = this.add.layer();
    const seatCameras = columns.map((column, i) =>
      this.cameras.add(column.x, column.y, column.w, column.h).setVisible(false).ignore([hudLayer, ...worldLayers.filter((_, j) => j !== i)]),
    );
    this.cameras.add(0, 0, THEME.width, THEME.height).ignore(worldLayers);
    const layers = new Set<Phaser.GameObjects.GameObject>([hudLayer, ...worldLayers]);
    const toHud = (object: Phaser.GameObjects.GameObject) => {
      if (object.displayList === this.sys.displayList && !layers.has(object)) hudLayer.add(object);
    };
    this.sys.events.on(Phaser.Scenes.Events.ADDED_TO_SCENE, toHud);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => this.sys.events.off(Phaser.Scenes.Events.ADDED_TO_SCENE, toHud));
    this.context = { scene: this, round, columns, seatCameras, worldLayers };
    this.banner = new Banner(this);
    this.stages = roundStages(round.content, round.random);
    round.seats.forEach((seat) => this.met.set(seat.id, []));
    round.input.on('step', ({ seat, x }) => this.phase === 'play' && this.run?.onStep?.(seat, x));
    // A press that skipped the last card must not answer the next question: answers count after a beat.
    round.input.on('choice', ({ seat, choice }) => this.phase === 'play' && this.stageTime() >= TIMING.answerGuardMs && this.run?.onChoice?.(seat, choice, this.stageTime()));
    round.input.on('confirm', ({ seat }) => this.onConfirm(seat));
    this.startStage(0);
  }

  override update(): void {
    const now = this.round.clock.now();
    if ((this.phase === 'play' || this.phase === 'settle') && this.run) {
      const stage = this.stage;
      const t = this.stageTime();
      const limitMs = stage.timeLimitS * 1000;
      this.run.update(Math.min(t, limitMs), now);
      this.banner.showTime(limitMs - t);
      if (this.phase === 'play' && this.run.allDone && stage.kind !== 'quiz' && t < limitMs) {
        this.setPhase('settle');
        this.cancelTimer = this.round.clock.after(TIMING.settleMs, () => this.endStage());
      } else if (this.phase === 'play' && (this.run.allDone || t >= limitMs)) {
        this.endStage();
      }
    }
    if (now - this.lastPublishMs >= TIMING.publishEveryMs) this.publish();
  }

  private get stage(): Stage {
    const stage = this.stages[this.index];
    if (!stage) throw new Error(`road-rules has no stage ${this.index} in this round`);
    return stage;
  }

  private stageTime(): number {
    return this.round.clock.now() - this.stageStartMs;
  }

  private setPhase(phase: Phase): void {
    this.phase = phase;
    this.phaseStartMs = this.round.clock.now();
    this.ready.clear();
    this.publish();
  }

  private startStage(index: number): void {
    const { round } = this;
    this.index = index;
    const stage = this.stage;
    const title = stage.kind === 'quiz' ? (stage.prompt ? round.text(stage.prompt) : round.t('quiz.meaning')) : round.text(stage.title);
    this.banner.show(round.t('stage.counter', { n: index + 1, total: this.stages.length }), stage.kind === 'quiz' ? '' : title);
    const first = !this.seenKinds.has(stage.kind);
    this.seenKinds.add(stage.kind);
    const introMs = stage.kind === 'quiz' ? (first ? TIMING.firstOfKindMs : 0) : TIMING.introMs + (first ? TIMING.firstOfKindMs : 0);
    this.context.seatCameras.forEach((camera) => camera.setVisible(false));
    this.run = stage.kind === 'drive' ? new DriveRun(this.context, stage) : stage.kind === 'brake' ? new BrakeRun(this.context, stage) : new QuizRun(this.context, stage);
    if (stage.kind !== 'quiz') this.run.update(0, round.clock.now());
    if (introMs === 0) {
      this.play();
      return;
    }
    this.card = new StageIntro(this, round, stage, title);
    this.setPhase('intro');
    this.cancelTimer = round.clock.after(introMs, () => this.play());
  }

  private play(): void {
    this.card?.destroy();
    this.card = undefined;
    this.stageStartMs = this.round.clock.now();
    this.setPhase('play');
  }

  private endStage(): void {
    const run = this.run;
    if (!run || this.phase === 'feedback') return;
    this.cancelTimer?.();
    const stage = this.stage;
    const outcomes = run.outcomes(Math.min(this.stageTime(), stage.timeLimitS * 1000));
    this.score(stage, outcomes);
    this.card = run.feedback(outcomes);
    this.round.audio.play('reveal');
    this.banner.showTime(undefined);
    this.setPhase('feedback');
    const lessons = [...outcomes.values()].filter((outcome) => !stageMet(stage, outcome)).length;
    const ms = stage.kind === 'quiz' ? TIMING.quizRevealMs : stage.kind === 'brake' ? TIMING.brakeFeedbackMs : lessons > 0 ? TIMING.mistakeFeedbackMs : TIMING.goodFeedbackMs;
    this.cancelTimer = this.round.clock.after(ms, () => this.nextStage());
  }

  private score(stage: Stage, outcomes: ReadonlyMap<string, StageOutcome>): void {
    const { score, learning } = this.round;
    for (const [seat, outcome] of outcomes) {
      learning.evidence(stageEvidence(stage, outcome, seat));
      const points = stagePoints(stage, outcome);
      if (points > 0) score.award(seat, points, `${stage.id}: rule kept`);
      this.met.get(seat)?.push(stageMet(stage, outcome));
    }
  }

  private nextStage(): void {
    this.cancelTimer?.();
    this.card?.destroy();
    this.card = undefined;
    this.run?.destroy();
    this.run = undefined;
    if (this.index + 1 < this.stages.length) {
      this.startStage(this.index + 1);
      return;
    }
    this.context.seatCameras.forEach((camera) => camera.setVisible(false));
    this.banner.show('', this.round.text(this.round.pack.title));
    this.card = new SummaryView(this, this.round, this.stages, this.met);
    this.round.audio.play('fanfare');
    this.setPhase('summary');
    this.cancelTimer = this.round.clock.after(TIMING.summaryMs, () => this.finish());
  }

  /** Once every seat has pressed A, the intro, the feedback or the summary is cut short. */
  private onConfirm(seat: string): void {
    if (this.phase !== 'intro' && this.phase !== 'feedback' && this.phase !== 'summary') return;
    this.ready.add(seat);
    const everyone = this.round.seats.every((s) => this.ready.has(s.id));
    if (!everyone || this.round.clock.now() - this.phaseStartMs < TIMING.skipAfterMs) return;
    this.cancelTimer?.();
    if (this.phase === 'intro') this.play();
    else if (this.phase === 'feedback') this.nextStage();
    else this.finish();
  }

  private finish(): void {
    if (this.phase === 'over') return;
    this.cancelTimer?.();
    this.setPhase('over');
    this.round.end();
  }

  private publish(): void {
    this.lastPublishMs = this.round.clock.now();
    const stage = this.stages[this.index];
    const base = { phase: this.phase, index: this.index, total: this.stages.length };
    if (this.phase === 'summary' || this.phase === 'over' || !stage) {
      this.round.publish({ ...base, item: null, met: Object.fromEntries(this.met) });
      return;
    }
    const t = this.phase === 'play' || this.phase === 'settle' ? this.stageTime() : 0;
    this.round.publish({ ...base, item: stage.id, kind: stage.kind, timeLeftMs: Math.max(0, stage.timeLimitS * 1000 - t), ...(this.run?.view() ?? {}), met: Object.fromEntries(this.met) });
  }
}

