import { z } from 'zod';
import { roomCodeSchema } from './room-code';
import { roomErrorSchema } from './room-errors';
import { joiningPlayerSchema, phoneLayout, protocolVersion, roomLanguage, roomSeatId, seatActionSchema, seatStyleIndex, seatViewJson } from './room-fields';

/*
 * Phone ↔ server, on ROOM_PATHS.phone. A phone's life:
 *   join → (waiting →) joined → view, view… ⇄ input, input… (language…) → removed | socket closed
 * and after a dropped socket: rejoin(token) → joined (same seat) within SEAT_GRACE_MS.
 */

/** A new player asks for a seat in the room of `code`. First message of a connection. */
export const phoneJoinSchema = z
  .object({ type: z.literal('join'), v: protocolVersion, code: roomCodeSchema, player: joiningPlayerSchema, language: roomLanguage })
  .strict();

/** A phone that lost its socket takes its seat back with the token `joined` gave it. First message of a connection. */
export const phoneRejoinSchema = z
  .object({ type: z.literal('rejoin'), v: protocolVersion, code: roomCodeSchema, token: z.string().min(16).max(128) })
  .strict();

/**
 * A press. `n` counts the phone's inputs from 1, so the screen can drop one it saw before a
 * reconnection, and a test can count what was lost.
 */
export const phoneInputSchema = z.object({ type: z.literal('input'), action: seatActionSchema, n: z.int().min(1).optional() }).strict();

/**
 * The player switched the phone's language: the screen sends the seat's texts (the answers, the
 * explanation) in it from now on. Only a seated phone sends it; a join carries its own.
 */
export const phoneLanguageSchema = z.object({ type: z.literal('language'), language: roomLanguage }).strict();

/** The player leaves for good: the seat is given up now, not after the grace time. */
export const phoneLeaveSchema = z.object({ type: z.literal('leave') }).strict();

/**
 * A liveness check the page can make (a browser cannot send WebSocket pings); `t` comes back in
 * the pong. The server also pings every socket itself (docs/operations.md, "Rooms").
 */
export const pingSchema = z.object({ type: z.literal('ping'), t: z.number().optional() }).strict();
export const pongSchema = z.object({ type: z.literal('pong'), t: z.number().optional() }).strict();

/** Every message a phone sends, by type. */
export const PHONE_TO_SERVER = {
  join: phoneJoinSchema,
  rejoin: phoneRejoinSchema,
  input: phoneInputSchema,
  language: phoneLanguageSchema,
  leave: phoneLeaveSchema,
  ping: pingSchema,
} as const;
export type PhoneToServer = z.infer<(typeof PHONE_TO_SERVER)[keyof typeof PHONE_TO_SERVER]>;

/**
 * The seat is the phone's. `token` is its resume token: keep it (sessionStorage) to `rejoin`
 * within `graceMs` after a lost socket.
 */
export const phoneJoinedSchema = z
  .object({ type: z.literal('joined'), seat: roomSeatId, style: seatStyleIndex, token: z.string(), graceMs: z.int().positive() })
  .strict();

/** A round is being played: the phone waits, connected, and gets `joined` when the next one starts. */
export const phoneWaitingSchema = z.object({ type: z.literal('waiting'), reason: z.literal('round_running') }).strict();

/** Why a join or rejoin was refused; the socket stays open for another try. */
export const JOIN_REFUSALS = [
  /** No room has this code: mistyped, or the screen closed it. */
  'unknown_code',
  /** The host locked the room. */
  'locked',
  /** Every phone seat is taken. */
  'full',
  /** The room exists but its screen is away (reloading, or the server just restarted): try again soon. */
  'room_away',
  /** The token is not one this room holds: the grace time passed, or the seat was removed. Join afresh. */
  'unknown_token',
  /** The pseudonym did not pass the centre's name filter: `message` says why. */
  'name_refused',
  /** No card has this code. */
  'card_unknown',
  /** The card already plays a seat at this screen (on a pad, a keyboard or another phone). */
  'card_seated',
] as const;
export const joinRefusal = z.enum(JOIN_REFUSALS);
export type JoinRefusal = z.infer<typeof joinRefusal>;
export const phoneRefusedSchema = z.object({ type: z.literal('refused'), reason: joinRefusal, message: z.string() }).strict();

/** What to draw now: the layout the mini-game asks for and the seat's own view, relayed from the screen. */
export const phoneViewSchema = z.object({ type: z.literal('view'), layout: phoneLayout, view: seatViewJson }).strict();

/** Why a seat ended; the server closes the socket after saying it. */
export const SEAT_END_REASONS = ['host', 'room_closed', 'replaced'] as const;
/** The seat is gone (the host removed it, the room closed, or another connection took it): do not rejoin. */
export const phoneRemovedSchema = z.object({ type: z.literal('removed'), reason: z.enum(SEAT_END_REASONS) }).strict();

/** The room's screen dropped (`present: false`) or came back: the phone keeps its seat and waits. */
export const phoneScreenSchema = z.object({ type: z.literal('screen'), present: z.boolean() }).strict();

/** Every message the server sends a phone, by type. */
export const SERVER_TO_PHONE = {
  joined: phoneJoinedSchema,
  waiting: phoneWaitingSchema,
  refused: phoneRefusedSchema,
  view: phoneViewSchema,
  removed: phoneRemovedSchema,
  screen: phoneScreenSchema,
  error: roomErrorSchema,
  pong: pongSchema,
} as const;
export type ServerToPhone = z.infer<(typeof SERVER_TO_PHONE)[keyof typeof SERVER_TO_PHONE]>;
