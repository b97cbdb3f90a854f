import type { Language, LocalizedText } from '../shared/languages';
import type { Objective } from '../shared/pack/content-pack';
import type { InputKind } from '../shared/round/round-record';
import type { Random } from '../shared/random';
import type { Avatar, SeatShape } from '../shared/seat-style';
import type { HappenedEvent, HeldInput, SeatId } from './rules/rules';
import type { ImageName, MiniGameAssets, SoundName } from './assets';

/** A player in the round, as the scenes show them. */
export interface Seat {
  id: SeatId;
  /** A pseudonym or "Joueur 2": never a real name. */
  name: string;
  /** 0xRRGGBB, always shown together with `shape`. */
  colour: number;
  shape: SeatShape;
  avatar: Avatar;
  team?: string;
  input: InputKind;
}

/** Sounds through the shell's effects and music buses, which follow the centre's volume setting. */
export interface AudioPort<Sound extends string = string> {
  /** Plays a short effect: one of the shell's (`confirm`, `correct`, `wrong`, `tick`, `reveal`, `fanfare`, `join`, `leave`, `move`) or one the mini-game ships in its assets. */
  play(sound: Sound): void;
  /** Starts a looping music track (`calm` or `lively`), or stops the music with `null`. */
  music(track: string | null): void;
}

/** Round time: it stops while the round is paused. For animations only; rules keep their own time. */
export interface ClockPort {
  /** Milliseconds of round time since the round started. */
  now(): number;
  /** Calls `fn` once after `ms` of round time; returns a cancel function. */
  after(ms: number, fn: () => void): () => void;
  /** Calls `fn` every `ms` of round time; returns a cancel function. */
  every(ms: number, fn: () => void): () => void;
}

/** What the content pack says of itself. */
export interface PackInfo {
  id: string;
  version: string;
  title: LocalizedText;
  objectives: readonly Objective[];
  maxPointsPerSeat: number;
  /** The public references the pack's facts come from; items cite them by `id`. */
  sources: readonly { id: string; publisher: string; title: string; url: string }[];
}

/**
 * Everything a mini-game's scenes receive for one round. Scenes draw `state` and animate what
 * `on` reports; they give no points and record no evidence — the rules do, from the seats' input,
 * which the shell hands them.
 */
export interface RoundContext<Content = unknown, State = unknown, Assets extends MiniGameAssets = MiniGameAssets> {
  roundId: string;
  seats: readonly Seat[];
  /** The pack's data, parsed by the mini-game's `contentSchema`. */
  content: Content;
  pack: PackInfo;
  /** The rules' state now. Read it; never change it. */
  readonly state: Readonly<State>;
  /** What the rules say the big screen shows now (plain JSON). */
  view(): Record<string, unknown>;
  /** What the rules say one seat alone sees now (plain JSON). */
  seatView(seat: SeatId): Record<string, unknown>;
  /** What a seat holds now, to draw a stick's pull or a pedal before the rules act on it. */
  held(seat: SeatId): HeldInput;
  /** Listens to what happens in the rules (`opened`, `locked`, `revealed`…), each delivered once, in order, before the frame is drawn. Removed with the round. */
  on(handler: (event: HappenedEvent) => void): () => void;
  /** The mini-game's own texts (its `locales`), with `{{name}}` placeholders. */
  t(key: string, vars?: Record<string, string | number>): string;
  /** A pack text in the screen's language. */
  text(value: LocalizedText): string;
  locale: Language;
  audio: AudioPort<SoundName<Assets>>;
  /** The texture key of one of the mini-game's images (loaded before the first scene starts). */
  image(name: ImageName<Assets>): string;
  /**
   * The address of a file the pack carries in its `media/` folder (`media/bin.svg` → this pack's
   * copy on the centre). Load it in a scene's `preload()` with Phaser's loader; the shell removes
   * what the round loaded when it ends.
   */
  packMedia(path: string): string;
  /** A seeded random for looks only (confetti, a shuffle of colours): rules have their own. */
  random: Random;
  clock: ClockPort;
  /** Fired when the shell stops the round (time limit, quit, error): stop async work. */
  signal: AbortSignal;
}
