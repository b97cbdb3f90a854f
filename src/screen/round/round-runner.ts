import Phaser from 'phaser';
import type { i18n as I18n } from 'i18next';
import type { Seat } from '../../sdk/round-context';
import { SDK_VERSION, type ControllerLayout } from '../../sdk/mini-game';
import { RoundEngine } from '../../sdk/rules/round-engine';
import { RoundRecorder } from '../../sdk/rules/round-recorder';
import type { HappenedEvent, HeldInput, RoundInput, SeatAction } from '../../sdk/rules/rules';
import { newId } from '../../shared/ids';
import type { EndReason, RoundRecord } from '../../shared/round/round-record';
import type { SeatTotals } from '../../shared/round/round-totals';
import type { Language } from '../../shared/languages';
import type { CatalogueEntry } from '../catalogue/catalogue';
import type { InputHub } from '../input/input-hub';
import type { AudioBuses } from '../audio/audio-buses';
import type { LobbySeat } from '../lobby/lobby';
import { RoundClock } from './round-clock';
import { RoundLifecycle } from './round-lifecycle';
import { createRoundContext, imageKey } from './round-context';
import type { InputEvent } from '../input/events';
import { guardScene, guarded } from './error-boundary';

export interface RoundRequest {
  entry: CatalogueEntry;
  seats: readonly LobbySeat[];
  seed: number;
}

export interface RoundOutcome {
  record: RoundRecord;
  reason: EndReason;
  seats: readonly { seat: LobbySeat; totals: SeatTotals }[];
  /** What went wrong, for the log; players see a friendly message. */
  error?: string;
  /** Milliseconds from the start of the round to the mini-game's first frame, if it got that far. */
  firstFrameMs: number | null;
}

export interface RoundServices {
  game: Phaser.Game;
  hub: InputHub;
  audio: AudioBuses;
  texts: I18n;
  locale: Language;
  screenName: string;
  /** How fast intros and reveals go by (the `pace` setting). */
  pace: number;
  /** Where every ended round's record goes, however it ended: the runner hands it over itself. */
  outbox: { add(record: RoundRecord): Promise<unknown> };
  /** The scene that hosts rounds; it is kept above the mini-game's scenes. */
  hostKey: string;
}

/** Longest frame counted as round time: a stalled tab must not burn a question's timer at once. */
const MAX_FRAME_MS = 250;

/** A stick is sent to the rules in steps of 1/20: finer moves are noise, and each change is logged. */
const quantise = (axis: number) => Math.round(axis * 20) / 20;

/** What a device does, as a seat's action; null for what is not the round's (pause, pads coming and going). */
function actionOf(event: InputEvent): SeatAction | null {
  switch (event.type) {
    case 'confirm':
    case 'back':
      return { type: event.type };
    case 'choice':
      return { type: 'choice', choice: event.choice };
    case 'step':
      return { type: 'step', x: event.x, y: event.y };
    default:
      return null;
  }
}

/**
 * Plays one round of one pack: loads the mini-game's scenes, hands the first its round context,
 * moves round time, enforces the time limit, catches what the mini-game throws, and cleans up.
 * The order of its phases is in round-lifecycle.ts.
 */
export class RoundRunner {
  readonly id = newId();
  readonly lifecycle = new RoundLifecycle();
  readonly clock: RoundClock;
  readonly seats: readonly Seat[];
  /** The mini-game's rules, running; null until the round starts (and if its setup failed). */
  engine: RoundEngine | null = null;
  /** Milliseconds from start() to the mini-game's first rendered frame. */
  firstFrameMs: number | null = null;
  private readonly abort = new AbortController();
  private readonly cleanups: (() => void)[] = [];
  private readonly sceneKeys: string[] = [];
  private readonly pausedScenes = new Set<string>();
  private readonly startedAt = new Date();
  private readonly startedPerf = performance.now();
  private texturesBefore = new Set<string>();
  private readonly happened = new Set<(event: HappenedEvent) => void>();
  private readonly stepListeners = new Set<() => void>();
  private readonly heldSent = new Map<string, string>();

  constructor(
    private readonly services: RoundServices,
    private readonly request: RoundRequest,
    private readonly onEnded: (outcome: RoundOutcome) => void,
  ) {
    const fail = (error: unknown) => this.fail(error);
    this.clock = new RoundClock((fn) => guarded(fail, fn));
    this.seats = request.seats.map((s) => ({
      id: s.id,
      name: s.playerCard?.pseudonym ?? s.pseudonym ?? services.texts.t('seat.name', { n: s.number }),
      colour: s.style.colour,
      shape: s.style.shape,
      avatar: s.avatar,
      input: s.input,
    }));
  }

  /** Between start and end: the mini-game's scenes may be running. */
  get isPlaying(): boolean {
    const phase = this.lifecycle.phase;
    return phase === 'starting' || phase === 'running' || phase === 'paused';
  }

  get gameId(): string {
    return this.request.entry.game.id;
  }

  get packId(): string {
    return this.request.entry.pack.id;
  }

  /** What a phone draws while this mini-game runs, as its definition declares. */
  get controllerLayout(): ControllerLayout {
    return this.request.entry.game.controllerLayout;
  }

  /**
   * Called after every step of the rules (inputs applied, time moved, events delivered), the
   * last one included: phone seats are sent their views from here. Returns the way to stop.
   */
  onStep(listener: () => void): () => void {
    this.stepListeners.add(listener);
    return () => this.stepListeners.delete(listener);
  }

  /** What the rules say the big screen shows now; null before the round starts. */
  get view(): Record<string, unknown> | null {
    return this.engine ? this.engine.view() : null;
  }

  async start(): Promise<void> {
    if (!this.lifecycle.send({ type: 'start' })) return;
    const { game } = this.services;
    this.texturesBefore = new Set(game.textures.getTextureKeys());
    try {
      const { entry, seats, seed } = this.request;
      this.engine = new RoundEngine(entry.game.rules, {
        pack: entry.pack,
        seats: seats.map((s) => ({ id: s.id, input: s.input, ...(s.playerCard ? { playerCard: s.playerCard.id } : {}) })),
        seed,
        pace: this.services.pace,
      });
      this.listenToSeats();
      const [{ default: classes }] = await Promise.all([entry.game.scenes(), this.loadAssets()]);
      if (this.lifecycle.phase !== 'starting') return;
      if (!classes.length) throw new Error(`mini-game "${this.gameId}" has no scenes`);
      const round = createRoundContext({
        roundId: this.id,
        gameId: this.gameId,
        pack: entry.pack,
        seats: this.seats,
        seed,
        locale: this.services.locale,
        texts: this.services.texts,
        audio: this.services.audio,
        clock: this.clock,
        engine: this.engine,
        signal: this.abort.signal,
        happened: this.happened,
        fail: (error) => this.fail(error),
        track: (off) => this.cleanups.push(off),
      });
      classes.forEach((SceneClass, i) => {
        const scene = new (SceneClass as unknown as new () => Phaser.Scene)();
        const key = scene.sys.settings.key;
        if (!key.startsWith(`${this.gameId}:`)) throw new Error(`scene key "${key}" must start with "${this.gameId}:"`);
        if (i === 0) this.watchFirstFrame(scene);
        guardScene(scene, (error) => this.fail(error));
        game.scene.add(key, scene, i === 0, i === 0 ? { round } : {});
        this.sceneKeys.push(key);
      });
      game.scene.bringToTop(this.services.hostKey);
    } catch (error) {
      this.fail(error);
    }
  }

  /** The mini-game's own images (as textures `<game>:<name>`) and sounds, before its first scene starts. */
  private async loadAssets(): Promise<void> {
    const assets = (await this.request.entry.game.assets?.())?.default;
    if (!assets) return;
    if (assets.sounds) this.services.audio.addRoundSounds(assets.sounds);
    const images = Object.entries(assets.images ?? {});
    if (!images.length) return;
    const load = this.services.game.scene.getScene(this.services.hostKey)!.load;
    await new Promise<void>((done, fail) => {
      for (const [name, url] of images) {
        const key = imageKey(this.gameId, name);
        if (/\.svg(?:\?.*)?$/i.test(url)) load.svg(key, url);
        else load.image(key, url);
      }
      load.once(Phaser.Loader.Events.FILE_LOAD_ERROR, (file: Phaser.Loader.File) => fail(new Error(`mini-game "${this.gameId}": its image "${file.key}" did not load from ${String(file.url)}`)));
      load.once(Phaser.Loader.Events.COMPLETE, () => done());
      load.start();
    });
  }

  /** Seats' presses go to the rules at the round time they arrive, only while the round runs. */
  private listenToSeats(): void {
    const seatIds = new Set(this.seats.map((s) => s.id));
    const off = this.services.hub.on((event) => {
      const device = 'device' in event ? event.device : undefined;
      if (!this.lifecycle.isRunning || !device || !seatIds.has(device)) return;
      const action = actionOf(event);
      if (action) this.toRules({ ...action, seat: device });
    });
    this.cleanups.push(off);
  }

  /** What each seat holds, sent to the rules when it changes (sticks and pedals). */
  private sendHeld(): void {
    for (const seat of this.seats) {
      const state = this.services.hub.state(seat.id);
      const held: HeldInput = {
        move: { x: quantise(state.move.x), y: quantise(state.move.y) },
        confirm: state.confirm,
        back: state.back,
        choices: [...state.choices] as unknown as HeldInput['choices'],
      };
      const key = JSON.stringify(held);
      if (this.heldSent.get(seat.id) === key) continue;
      this.heldSent.set(seat.id, key);
      this.toRules({ type: 'hold', ...held, seat: seat.id });
    }
  }

  private toRules(input: RoundInput): void {
    guarded((error) => this.fail(error), () => this.engine?.input(input));
  }

  /** What happened in the rules since the last frame, to the scenes' listeners, in order. */
  private deliverHappened(): void {
    const events = this.engine?.drainHappened() ?? [];
    for (const event of events) for (const listener of [...this.happened]) listener(event);
  }

  /** Called by the host scene every frame. */
  update(deltaMs: number): void {
    if (!this.lifecycle.isRunning || !this.engine) return;
    const engine = this.engine;
    this.clock.advance(Math.min(deltaMs, MAX_FRAME_MS));
    this.sendHeld();
    guarded((error) => this.fail(error), () => engine.advanceTo(this.clock.now()));
    this.deliverHappened();
    if (!this.lifecycle.isRunning) return;
    for (const listener of [...this.stepListeners]) guarded((error) => this.fail(error), listener);
    if (!this.lifecycle.isRunning) return;
    if (engine.over) this.finish('complete');
    else if (this.clock.now() >= this.request.entry.game.maxDurationS * 1000) this.finish('timeout');
  }

  pause(reason: string): void {
    this.lifecycle.send({ type: 'pause', reason });
    if (this.lifecycle.phase !== 'paused') return;
    for (const key of this.sceneKeys) {
      if (this.services.game.scene.isActive(key)) {
        this.services.game.scene.pause(key);
        this.pausedScenes.add(key);
      }
    }
  }

  resume(reason: string): void {
    this.lifecycle.send({ type: 'resume', reason });
    if (this.lifecycle.phase !== 'running') return;
    for (const key of this.pausedScenes) this.services.game.scene.resume(key);
    this.pausedScenes.clear();
  }

  /** Ends the round for the player's choice (quit) or the shell's (timeout); safe to call twice. */
  finish(reason: EndReason, error?: unknown): void {
    if (!this.lifecycle.send({ type: 'end', reason })) return;
    this.abort.abort(reason);
    this.disposeMiniGame();
    // A round whose rules failed to set up still gets its (empty) record: the players saw it start.
    const recorder = this.engine?.recorder ?? new RoundRecorder(this.request.entry.pack, this.request.seats.map((s) => ({ seat: s.id, input: s.input })));
    const record = recorder.toRecord({
      id: this.id,
      game: { id: this.gameId, version: this.request.entry.game.version },
      sdk: SDK_VERSION,
      seed: this.request.seed,
      screen: this.services.screenName,
      startedAt: this.startedAt,
      endedAt: new Date(Math.max(Date.now(), this.startedAt.getTime())),
      endReason: reason,
    });
    // Straight to the outbox, before anyone is told: no way out of a round can skip its record.
    void this.services.outbox.add(record);
    this.lifecycle.send({ type: 'recorded' });
    this.onEnded({
      record,
      reason,
      seats: this.request.seats.map((seat) => ({ seat, totals: recorder.totals(seat.id) })),
      firstFrameMs: this.firstFrameMs,
      ...(error === undefined ? {} : { error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) }),
    });
  }

  /** The error boundary: the round is closed, what was recorded is kept. */
  fail(error: unknown): void {
    if (!this.isPlaying) return;
    console.error(`[ludocite] the mini-game "${this.gameId}" failed; its round is closed`, error);
    this.finish('error', error);
  }

  dispose(): void {
    this.lifecycle.send({ type: 'dispose' });
  }

  /** The round runs from the first frame the mini-game's first scene renders after its `create()`. */
  /** The mini-game's own images and sounds loaded for this round, for the monitoring snapshot. */
  get assets(): { images: string[]; sounds: string[] } {
    const prefix = `${this.gameId}:`;
    return {
      images: this.services.game.textures.getTextureKeys().filter((key) => key.startsWith(prefix)).sort(),
      sounds: this.services.audio.roundSoundNames.sort(),
    };
  }

  /** The input log so far: replayed by `playRound`, it gives this round's record again. */
  get inputLog(): readonly RoundInput[] {
    return this.engine?.log ?? [];
  }

  private watchFirstFrame(scene: Phaser.Scene): void {
    const target = scene as unknown as { create?: (...args: unknown[]) => unknown };
    const create = target.create;
    target.create = (...args: unknown[]) => {
      this.services.game.events.once(Phaser.Core.Events.POST_RENDER, () => this.firstFrame());
      return create?.apply(scene, args);
    };
  }

  private firstFrame(): void {
    if (this.firstFrameMs === null) this.firstFrameMs = performance.now() - this.startedPerf;
    this.lifecycle.send({ type: 'firstFrame' });
  }

  /** Listeners, timers, scenes and textures of the mini-game: nothing stays after its round. */
  private disposeMiniGame(): void {
    for (const off of this.cleanups.splice(0)) off();
    this.happened.clear();
    this.stepListeners.clear();
    this.clock.dispose();
    const { game } = this.services;
    for (const key of this.sceneKeys) game.scene.remove(key);
    this.pausedScenes.clear();
    this.services.audio.playMusic(null);
    this.services.audio.removeRoundSounds();
    // Textures made during the round: the mini-game's scenes free their own when they are removed
    // (on the next step); what is still there two frames on was left behind, and goes.
    const created = game.textures.getTextureKeys().filter((key) => !this.texturesBefore.has(key));
    const removeTextures = () => {
      for (const key of created) if (game.textures.exists(key)) game.textures.remove(key);
    };
    game.events.once(Phaser.Core.Events.POST_RENDER, () => game.events.once(Phaser.Core.Events.POST_RENDER, removeTextures));
  }
}
