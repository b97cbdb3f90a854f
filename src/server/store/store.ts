import type { RoundRecord } from '../../shared/round/round-record';
import type { StoredCardMastery } from '../mastery/card-mastery-read';

/** What a seat earned in a round, derived when the round was admitted. */
export interface SeatResult {
  seat: string;
  points: number;
  /** 0–1000, `centreScore(points, pack.maxPointsPerSeat)`. */
  centreScore: number;
  correct: number;
  answered: number;
}

/** A round the server has checked against its pack, ready to be written in one transaction. */
export interface AdmittedRound {
  record: RoundRecord;
  seatResults: SeatResult[];
  maxPointsPerSeat: number;
  /** Hash of the record's canonical JSON: the same id with another hash is a conflict. */
  recordHash: string;
  /** When the server received it, ms since the epoch. */
  receivedAt: number;
  /** The registered screen whose credential came with it: what `rounds.screen_id` holds. */
  screenId: string;
}

export type SaveRoundOutcome =
  | { outcome: 'stored' }
  | { outcome: 'duplicate' }
  | { outcome: 'conflict' }
  | { outcome: 'unknown-player-cards'; playerCards: string[] };

export interface PlayerCard {
  id: string;
  code: string;
  pseudonym: string;
  avatar: string;
}

export interface NewPlayerCard extends PlayerCard {
  /** The pseudonym's comparison key (see `pseudonymKey`): two cards never share one. */
  pseudonymKey: string;
  createdAt: number;
}

export type CreatePlayerCardOutcome =
  | { outcome: 'created' }
  | { outcome: 'code-taken' }
  | { outcome: 'pseudonym-taken' };

/** A screen the operator adds: it waits for its pairing code, or (loopback pairing) is paired at once. */
export interface NewScreen {
  id: string;
  name: string;
  addedAt: number;
  pairingHash?: string | null;
  pairingExpiresAt?: number | null;
  credentialHash?: string | null;
  pairedAt?: number | null;
}

/** A screen that may post rounds. */
export interface RegisteredScreen {
  id: string;
  name: string;
}

/** A screen as `ludocite screen list` shows it. `unregistered`: a name from before screens were paired. */
export interface ScreenLine extends RegisteredScreen {
  state: 'waiting' | 'expired' | 'paired' | 'revoked' | 'unregistered';
  addedAt: number;
  lastSeenAt: number;
  pairedAt: number | null;
  revokedAt: number | null;
}

/** A seat signed in with a card's code on a screen; only the token's hash is stored. */
export interface StoredSeatToken {
  screenId: string;
  seat: string;
  playerCard: string;
  issuedAt: number;
  expiresAt: number;
}

export interface IssuedSeatToken extends StoredSeatToken {
  tokenHash: string;
}

export type LeaderboardBy = 'player' | 'team';

export interface LeaderboardQuery {
  by: LeaderboardBy;
  /** Rounds played at or after this instant (ms) count; null for all time. */
  since: number | null;
  /** One pack, or null for the whole centre. */
  pack: string | null;
  limit: number;
  /** Also return this card's own standing, even outside the top `limit`. */
  playerCard?: string | undefined;
}

/** One line of a leaderboard; `name` is a pseudonym or a team name. */
export interface LeaderboardLine {
  /** 1 + how many are strictly ahead: equal scores share a rank. */
  rank: number;
  /** Player card id for `by: 'player'`, team name for `by: 'team'`. */
  key: string;
  name: string;
  avatar: string | null;
  centreScore: number;
  correct: number;
  answered: number;
  rounds: number;
}

export interface LeaderboardRows {
  /** Best first, at most `limit`. */
  lines: LeaderboardLine[];
  /** How many players (or teams) the full board holds. */
  ranked: number;
  /** Seats played as guests in the same period and pack: counted, never listed. */
  guestSeats: number;
  /** The asked card's own line, wherever it stands; null if it has no round in the board. */
  own: LeaderboardLine | null;
}

/**
 * Everything the routes ask of storage. Asynchronous so a PostgreSQL store can implement it
 * unchanged; the SQLite store answers at once.
 */
export interface Store {
  /** Writes the round, its seats, score lines and evidence in one transaction, or nothing. */
  saveRound(round: AdmittedRound): Promise<SaveRoundOutcome>;
  createPlayerCard(card: NewPlayerCard): Promise<CreatePlayerCardOutcome>;
  findPlayerCardByCode(code: string): Promise<PlayerCard | undefined>;
  /** Which of these pseudonym keys are already taken. */
  takenPseudonymKeys(keys: readonly string[]): Promise<Set<string>>;
  leaderboard(query: LeaderboardQuery): Promise<LeaderboardRows>;
  addScreen(screen: NewScreen): Promise<void>;
  /** Spends a live pairing code (by its hash) for a credential (by its hash); undefined when none matches. */
  pairScreen(pairingHash: string, credentialHash: string, now: number): Promise<RegisteredScreen | undefined>;
  /** The screen holding this credential, unless it was revoked. */
  screenByCredential(credentialHash: string): Promise<RegisteredScreen | undefined>;
  touchScreen(id: string, now: number): Promise<void>;
  listScreens(now: number): Promise<ScreenLine[]>;
  /** Revokes a screen by id or name, and drops its seat tokens. */
  revokeScreen(idOrName: string, now: number): Promise<{ outcome: 'revoked'; screen: RegisteredScreen } | { outcome: 'unknown' } | { outcome: 'ambiguous'; ids: string[] }>;
  issueSeatToken(token: IssuedSeatToken): Promise<void>;
  seatToken(tokenHash: string): Promise<StoredSeatToken | undefined>;
  /** One card's mastery rows and the packs it played (its holder's own view, docs/mastery.md). */
  cardMastery(cardId: string): Promise<StoredCardMastery>;
  close(): Promise<void>;
}
