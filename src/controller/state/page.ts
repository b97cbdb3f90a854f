import type { Avatar, SeatStyle } from '../../shared/seat-style';

/** 0 = A, 1 = B, 2 = X, 3 = Y, as the pad's face buttons and the screen's answer panel. */
export type Choice = 0 | 1 | 2 | 3;

/** Why the code page is shown again, told to the player in their language. */
export type CodeProblem = 'format' | 'unknown-room' | 'room-locked' | 'room-full' | 'room-away' | 'seat-lost';
/** Why the name page is shown again. */
export type IdentityProblem = 'card-format' | 'card-unknown' | 'card-seated' | 'card-too-many' | 'name-refused' | 'network';

/** What the seat did with the open question and how it was marked. */
export interface Feedback {
  outcome: 'correct' | 'wrong' | 'unanswered';
  points: number;
  explanation: string | null;
}

/** The seat's running tally in this round, as the rules count it (accuracy is correct ÷ answered). */
export interface Tally {
  points: number;
  correct: number;
  answered: number;
  items: number;
}

/** What the game asks this phone to draw now. */
export type Layout =
  | { kind: 'choices4'; offered: readonly Choice[]; labels: Partial<Record<Choice, string>> | null; picked: Choice | null; locked: boolean }
  | { kind: 'dpad' }
  | { kind: 'wait' };

/** Who this phone is in the room: its seat's colour and shape, its name and avatar. */
export interface SeatIdentity {
  seatId: string;
  style: SeatStyle;
  pseudonym: string;
  avatar: Avatar;
}

/** The one page a phone shows at a time; the order a player meets them in. */
export type Page =
  | { kind: 'code'; code: string; problem: CodeProblem | null }
  | {
      kind: 'identity';
      code: string;
      mode: 'guest' | 'card';
      suggestions: readonly string[];
      pseudonym: string | null;
      avatar: Avatar;
      problem: IdentityProblem | null;
    }
  | { kind: 'joining'; code: string }
  | { kind: 'lobby'; nextRound: boolean }
  | {
      kind: 'round';
      layout: Layout;
      /** The item's place in the round (0-based), when the game goes item by item. */
      progress: { index: number; total: number } | null;
      /** Before the item opens: "get ready". */
      intro: boolean;
      feedback: Feedback | null;
      tally: Tally | null;
      rank: { rank: number; seats: number } | null;
    }
  | { kind: 'results'; tally: Tally | null; rank: { rank: number; seats: number } | null }
  | { kind: 'ended'; reason: 'host' | 'room_closed' | 'replaced' };

/** Whether the phone's socket is up; "reconnecting" lies over the page, which stays as it was. */
export type Connection = 'idle' | 'online' | 'reconnecting';

/** Who the player said they are, before the seat is granted: shown in the top bar once seated. */
export interface Player {
  pseudonym: string;
  avatar: Avatar;
}

export interface ControllerState {
  page: Page;
  /** The room this phone joins or sits in, whatever page it shows. */
  room: string | null;
  /** Who joins or rejoins now (from the name page, or kept in sessionStorage across a reload). */
  player: Player | null;
  /** The avatar picked last, kept when the player starts again. */
  avatar: Avatar;
  seat: SeatIdentity | null;
  connection: Connection;
  /** The room's big screen dropped (reload, restart): the seat is kept and the phone waits. */
  screenAway: boolean;
  /**
   * The answer this phone pressed for item `index`: a quiz's seat view says only that the seat
   * locked, not which answer (the right one stays secret until the reveal), so the phone keeps it.
   */
  picked: { index: number; choice: Choice } | null;
}
