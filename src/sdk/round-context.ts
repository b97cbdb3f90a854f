import type { Language, LocalizedText } from '../shared/languages';
import type { Objective } from '../shared/pack/content-pack';
import type { InputKind } from '../shared/round/round-record';
import type { Random } from '../shared/random';
import type { Avatar, SeatShape } from '../shared/seat-style';

/** A seat id within one round, e.g. `pad-0`, `kb-left`. */
export type SeatId = string;

/** A player in the round, as the mini-game may show them. */
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

/** The four face buttons: 0 = A (bottom), 1 = B (right), 2 = X (left), 3 = Y (top). */
export type ChoiceIndex = 0 | 1 | 2 | 3;

/** Payloads of the input events a mini-game may listen to. */
export interface InputEvents {
  /** A (pad), Space or Enter (keyboard). */
  confirm: { seat: SeatId };
  /** B (pad), Q or Backspace (keyboard). */
  back: { seat: SeatId };
  /** One of the four face buttons (pad) or number keys (keyboard). */
  choice: { seat: SeatId; choice: ChoiceIndex };
  /** One step of the d-pad, arrows, WASD or a flick of the stick: x and y are -1, 0 or 1. */
  step: { seat: SeatId; x: -1 | 0 | 1; y: -1 | 0 | 1 };
}

/** What a seat holds down right now. */
export interface SeatInputState {
  /** Stick or keys, each axis from -1 to 1, dead zone already applied; y grows downward. */
  move: { x: number; y: number };
  confirm: boolean;
  back: boolean;
  choices: readonly [boolean, boolean, boolean, boolean];
}

/** Abstract actions per seat; the same from a pad, a keyboard or (later) a phone. */
export interface InputPort {
  /** Listens to an action of any seat; returns the function that stops listening. Removed with the round anyway. */
  on<K extends keyof InputEvents>(action: K, handler: (event: InputEvents[K]) => void): () => void;
  /** What a seat holds now, for continuous movement in `update()`. */
  state(seat: SeatId): SeatInputState;
}

/** Game points. */
export interface ScorePort {
  /** Gives `points` (a whole number) to a seat, with a short reason kept in the record. */
  award(seat: SeatId, points: number, reason: string): void;
  /** The seat's points so far this round. */
  total(seat: SeatId): number;
}

/** One observation of what a seat knows. */
export interface EvidenceInput {
  seat: SeatId;
  /** The objective's slug (`hydratation`) or full id (`sante-sport/hydratation`); it must be declared by the pack. */
  objective: string;
  /** The content item observed, e.g. the question id. */
  item: string;
  correct: boolean;
  responseMs: number;
}

/** Learning observations; the attempt number is counted by the shell. */
export interface LearningPort {
  /** Records one piece of evidence. Throws on an objective the pack does not declare. */
  evidence(observation: EvidenceInput): void;
}

/** Sounds through the shell's effects and music buses, which follow the centre's volume setting. */
export interface AudioPort {
  /** Plays a short effect: one of the shell's: `confirm`, `correct`, `wrong`, `tick`, `reveal`, `fanfare`, `join`, `leave`, `move`. */
  play(sound: string): void;
  /** Starts a looping music track (`calm` or `lively`), or stops the music with `null`. */
  music(track: string | null): void;
}

/** Round time: it stops while the round is paused. */
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

/** Everything a mini-game receives for one round: narrow ports, nothing else. */
export interface RoundContext<Content = unknown> {
  roundId: string;
  seats: readonly Seat[];
  input: InputPort;
  score: ScorePort;
  learning: LearningPort;
  /** The pack's data, parsed by the mini-game's `contentSchema`. */
  content: Content;
  pack: PackInfo;
  /** The mini-game's own texts (its `locales`), with `{{name}}` placeholders. */
  t(key: string, vars?: Record<string, string | number>): string;
  /** A pack text in the screen's language. */
  text(value: LocalizedText): string;
  locale: Language;
  audio: AudioPort;
  random: Random;
  clock: ClockPort;
  /** Tells watchers (tests, the monitoring snapshot, later the phones) what the round shows now. Plain JSON only. */
  publish(view: Readonly<Record<string, unknown>>): void;
  /** Finishes the round; the shell then shows the results. */
  end(): void;
  /** Fired when the shell stops the round (time limit, quit, error): stop async work. */
  signal: AbortSignal;
}
