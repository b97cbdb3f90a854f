import Phaser from 'phaser';
import type { i18n as I18n } from 'i18next';
import type { Seat } from '../../sdk/round-context';
import { SDK_VERSION } from '../../sdk/mini-game';
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
import { RoundRecorder } from './round-recorder';
import { createRoundContext } from './round-context';
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
  /** The scene that hosts rounds; it is kept above the mini-game's scenes. */
  hostKey: string;
}

/** Longest frame counted as round time: a stalled tab must not burn a question's timer at once. */
const MAX_FRAME_MS = 250;

/**
 * Plays one round of one pack: loads the mini-game's scenes, hands the first its round context,
 * moves round time, enforces the time limit, catches what the mini-game throws, and cleans up.
 * The order of its phases is in round-lifecycle.ts.
 */
export class RoundRunner {
  readonly id = newId();
  readonly lifecycle = new RoundLifecycle();
  readonly clock: RoundClock;
  readonly recorder: RoundRecorder;
  readonly seats: readonly Seat[];
  /** What the mini-game last published. */
  view: Record<string, unknown> | null = null;
  /** Milliseconds from start() to the mini-game's first rendered frame. */
  firstFrameMs: number | null = null;
  private readonly abort = new AbortController();
  private readonly cleanups: (() => void)[] = [];
  private readonly sceneKeys: string[] = [];
  private readonly pausedScenes = new Set<string>();
  private readonly startedAt = new Date();
  private readonly startedPerf = performance.now();
  private texturesBefore = new Set<string>();

  constructor(
    private readonly services: RoundServices,
    private readonly request: RoundRequest,
    private readonly onEnded: (outcome: RoundOutcome) => void,
  ) {
    const fail = (error: unknown) => this.fail(error);
    this.clock = new RoundClock((fn) => guarded(fail, fn));
    this.recorder = new RoundRecorder(
      request.entry.pack,
      request.seats.map((s) => ({ seat: s.id, input: s.input, ...(s.playerCard ? { playerCard: s.playerCard.id } : {}) })),
    );
    this.seats = request.seats.map((s) => ({
      id: s.id,
      name: s.playerCard?.pseudonym ?? services.texts.t('seat.name', { n: s.number }),
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

  async start(): Promise<void> {
    if (!this.lifecycle.send({ type: 'start' })) return;
    const { game } = this.services;
    this.texturesBefore = new Set(game.textures.getTextureKeys());
    try {
      const { default: classes } = await this.request.entry.game.scenes();
      if (this.lifecycle.phase !== 'starting') return;
      if (!classes.length) throw new Error(`mini-game "${this.gameId}" has no scenes`);
      const round = createRoundContext({
        roundId: this.id,
        gameId: this.gameId,
        pack: this.request.entry.pack,
        seats: this.seats,
        seed: this.request.seed,
        locale: this.services.locale,
        texts: this.services.texts,
        hub: this.services.hub,
        audio: this.services.audio,
        clock: this.clock,
        recorder: this.recorder,
        signal: this.abort.signal,
        isRunning: () => this.lifecycle.isRunning,
        fail: (error) => this.fail(error),
        onPublish: (view) => (this.view = view),
        onEnd: () => this.finish('complete'),
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

  /** Called by the host scene every frame. */
  update(deltaMs: number): void {
    if (!this.lifecycle.isRunning) return;
    this.clock.advance(Math.min(deltaMs, MAX_FRAME_MS));
    if (this.lifecycle.isRunning && this.clock.now() >= this.request.entry.game.maxDurationS * 1000) this.finish('timeout');
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
    const record = this.recorder.toRecord({
      id: this.id,
      game: { id: this.gameId, version: this.request.entry.game.version },
      sdk: SDK_VERSION,
      seed: this.request.seed,
      screen: this.services.screenName,
      startedAt: this.startedAt,
      endedAt: new Date(Math.max(Date.now(), this.startedAt.getTime())),
      endReason: reason,
    });
    this.lifecycle.send({ type: 'recorded' });
    this.onEnded({
      record,
      reason,
      seats: this.request.seats.map((seat) => ({ seat, totals: this.recorder.totals(seat.id) })),
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
    this.clock.dispose();
    const { game } = this.services;
    for (const key of this.sceneKeys) game.scene.remove(key);
    this.pausedScenes.clear();
    this.services.audio.playMusic(null);
    // Textures made during the round: the mini-game's scenes free their own when they are removed
    // (on the next step); what is still there two frames on was left behind, and goes.
    const created = game.textures.getTextureKeys().filter((key) => !this.texturesBefore.has(key));
    const removeTextures = () => {
      for (const key of created) if (game.textures.exists(key)) game.textures.remove(key);
    };
    game.events.once(Phaser.Core.Events.POST_RENDER, () => game.events.once(Phaser.Core.Events.POST_RENDER, removeTextures));
  }
}
