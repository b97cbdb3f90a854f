import Phaser from 'phaser';
import type { HappenedEvent } from '../../../src/sdk';
import { RoundScene, THEME } from '../../../src/sdk/scene';
import type { RoadRulesContent, Stage } from '../content-schema';
import type { RoadRulesState } from '../rules/round';
import { Banner } from './banner';
import { seatColumns } from './layout';
import { QuizView } from './quiz-view';
import { StageIntro } from './stage-intro';
import { BrakeStageView, DriveStageView, type StageView, type ViewContext } from './stage-views';
import { SummaryView } from './summary-view';

/**
 * One round of road-rules on screen. The rules run the round (stages, timers, cars, marks); this
 * scene draws `round.state` every frame — the stage's intro card, every seat's column while it
 * plays, the feedback card at the reveal, the summary at the end — and animates what the rules
 * report (a mistake flashed, a car through, a sound).
 */
export class RoadRulesScene extends RoundScene<RoadRulesContent, RoadRulesState> {
  static readonly KEY = 'road-rules:drive';

  /** The stage and moment on screen now, to know when the state has moved on. */
  private shownIndex = -1;
  private shownPhase: RoadRulesState['phase'] | undefined;
  private view: StageView | undefined;
  private card: { destroy(): void } | undefined;
  private context!: ViewContext;
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
    round.on((event) => this.happened(event));
    this.follow();
  }

  override update(): void {
    this.follow();
  }

  /** Brings the screen to what the state says, then draws the seats. */
  private follow(): void {
    const state = this.round.state;
    const now = this.round.clock.now();
    if (state.phase === 'final' || state.phase === 'over') {
      if (this.shownPhase !== 'final' && this.shownPhase !== 'over') this.showSummary(state);
      this.shownPhase = state.phase;
      return;
    }
    if (state.index !== this.shownIndex) this.showStage(state);
    if (state.phase !== this.shownPhase) this.enterPhase(state);
    this.view?.draw(state, now);
    const playing = state.phase === 'open' || state.phase === 'settle';
    this.banner.showTime(playing ? { leftMs: state.openedAtMs + state.answerMs - now, totalMs: state.answerMs } : undefined);
  }

  private showStage(state: Readonly<RoadRulesState>): void {
    const { round } = this;
    this.clear();
    this.shownIndex = state.index;
    this.shownPhase = undefined;
    const stage = state.items[state.index]!;
    this.banner.show(round.t('stage.counter', { n: state.index + 1, total: state.items.length }), stage.kind === 'quiz' ? '' : round.text(stage.title));
    this.context.seatCameras.forEach((camera) => camera.setVisible(false));
    const setup = state.setup;
    if (stage.kind === 'drive') this.view = new DriveStageView(this.context, stage);
    else if (stage.kind === 'brake' && setup.kind === 'brake') this.view = new BrakeStageView(this.context, stage, setup.layout);
    else if (stage.kind === 'quiz' && setup.kind === 'quiz') this.view = new QuizView(this, round, stage, setup.order);
  }

  private enterPhase(state: Readonly<RoadRulesState>): void {
    this.shownPhase = state.phase;
    this.card?.destroy();
    this.card = undefined;
    const stage = state.items[state.index]!;
    if (state.phase === 'intro') this.card = new StageIntro(this, this.round, stage, this.titleOf(stage));
    if (state.phase === 'reveal' && this.view) {
      this.view.draw(state, this.round.clock.now());
      this.card = this.view.feedback(state);
      this.round.audio.play('reveal');
    }
  }

  private showSummary(state: Readonly<RoadRulesState>): void {
    this.clear();
    this.context.seatCameras.forEach((camera) => camera.setVisible(false));
    this.banner.show('', this.round.text(this.round.pack.title));
    this.card = new SummaryView(this, this.round, state.items, state.tally);
    this.round.audio.play('fanfare');
  }

  private happened(event: HappenedEvent): void {
    if (event.type === 'locked' && this.round.state.items[this.round.state.index]?.kind === 'quiz') this.round.audio.play('confirm');
    if (event.seat !== undefined) this.view?.happened(event, this.round.clock.now());
  }

  private titleOf(stage: Stage): string {
    if (stage.kind === 'quiz') return stage.prompt ? this.round.text(stage.prompt) : this.round.t('quiz.meaning');
    return this.round.text(stage.title);
  }

  private clear(): void {
    this.card?.destroy();
    this.card = undefined;
    this.view?.destroy();
    this.view = undefined;
  }
}
