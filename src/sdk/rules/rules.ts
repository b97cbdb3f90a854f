import type { Random } from '../../shared/random';
import type { InputKind, Outcome } from '../../shared/round/round-record';
import type { PackInfo } from '../round-context';

/** A seat id within one round, e.g. `pad-0`, `kb-left`. */
export type SeatId = string;

/** The four face buttons: 0 = A (bottom), 1 = B (right), 2 = X (left), 3 = Y (top). */
export type ChoiceIndex = 0 | 1 | 2 | 3;

/** What a seat holds down right now. */
export interface HeldInput {
  /** Stick or keys, each axis from -1 to 1, dead zone already applied; y grows downward. */
  move: { x: number; y: number };
  confirm: boolean;
  back: boolean;
  choices: readonly [boolean, boolean, boolean, boolean];
}

/**
 * One thing a seat did. Presses are `confirm` (A, Space, Enter), `back` (B, Q, Backspace),
 * `choice` (a face button or a number key) and `step` (one step of the d-pad, arrows or a flick
 * of the stick). `hold` says what the seat holds from now on, for games that read sticks and
 * pedals every tick. The same from a pad, a keyboard or a phone.
 */
export type SeatAction =
  | { type: 'confirm' }
  | { type: 'back' }
  | { type: 'choice'; choice: ChoiceIndex }
  | { type: 'step'; x: -1 | 0 | 1; y: -1 | 0 | 1 }
  | ({ type: 'hold' } & HeldInput);

/** A seat's action as the rules receive it. */
export type RoundInput = SeatAction & { seat: SeatId };

/** One line of the input log: the action and the round time it was applied at. */
export type LoggedInput = RoundInput & { atMs: number };

/** A seat as the rules know it: no name, since rules never need one. */
export interface RulesSeat {
  id: SeatId;
  input: InputKind;
  team?: string;
}

/** One observation of what a seat knows about one item. */
export interface EvidenceInput {
  seat: SeatId;
  /** The objective's slug (`hydratation`) or full id (`sante-sport/hydratation`); the pack must declare it. */
  objective: string;
  /** The content item observed, e.g. the question id. */
  item: string;
  /** `unanswered` never counts as wrong: accuracy is correct ÷ answered. */
  outcome: Outcome;
  /** The answer given, as the game names it (`"2"`, `"nord"`, `"paris-10e"`), so reports can show which wrong answer was chosen. */
  response?: string;
  /** Milliseconds from the item opening to the answer; left out when unanswered. */
  responseMs?: number;
}

/** What the rules may do besides changing their state. Handed to every rule; never kept. */
export interface RulesContext<Content = unknown> {
  readonly content: Content;
  readonly seats: readonly RulesSeat[];
  readonly pack: PackInfo;
  /** Seeded: the same seed gives the same round. The only randomness rules may use. */
  readonly random: Random;
  /** Round time in whole milliseconds: it stops while the round is paused. */
  readonly now: number;
  /**
   * How fast intros, reveals and standings go by: 1 on a centre's screens, less in tests that
   * want a round to end sooner. Never shortens the time given to answer.
   */
  readonly pace: number;
  /** What a seat holds now (the last `hold` it sent). */
  held(seat: SeatId): HeldInput;
  /** Gives `points` (a whole number) to a seat, with a short reason kept in the record. */
  award(seat: SeatId, points: number, reason: string): void;
  /** The seat's points so far this round. */
  total(seat: SeatId): number;
  /** Records one piece of evidence. Throws on an objective the pack does not declare. */
  evidence(observation: EvidenceInput): void;
  /** Tells the view something happened (a lock, a crash, a reveal), for it to animate or play a sound. Plain JSON. */
  emit(event: HappenedEvent): void;
  /** Finishes the round; the shell then shows the results. */
  end(): void;
}

/** Something that happened in the rules, for the view: `type` names it, the rest is plain JSON. */
export interface HappenedEvent {
  type: string;
  seat?: SeatId;
  [key: string]: unknown;
}

/**
 * A mini-game's rules: plain, deterministic functions the framework runs — in the screen, in
 * Node for tests, later on the server. The state is the rules' own; they change it in place.
 * Everything a round records (points, evidence) comes from here, never from a scene.
 */
export interface Rules<Content = unknown, State = unknown> {
  /** The state at round time 0, from the content, the seats and the seeded random. */
  setup(ctx: RulesContext<Content>): State;
  /** What a seat's action does. */
  input?(state: State, input: RoundInput, ctx: RulesContext<Content>): void;
  /** What round time does: called every `tickMs` of round time. */
  tick?(state: State, ctx: RulesContext<Content>): void;
  /** Round time between ticks, a whole number of milliseconds; 50 unless said. */
  tickMs?: number;
  /** What the big screen shows now, as plain JSON: for watchers, monitoring and tests. */
  view(state: State, ctx: RulesContext<Content>): Record<string, unknown>;
  /** What this seat alone should see now (its answer, its feedback): what a phone will draw. */
  seatView(state: State, seat: SeatId, ctx: RulesContext<Content>): Record<string, unknown>;
}

/** What a bot sees before it acts: everything, since a bot may cheat to play the best game. */
export interface BotTurn<State = unknown> {
  seat: SeatId;
  state: Readonly<State>;
  now: number;
  random: Random;
}

/** A simulated player: called every few hundred milliseconds of round time; returns what its seat does. */
export type Bot<State = unknown> = (turn: BotTurn<State>) => readonly SeatAction[] | void;
