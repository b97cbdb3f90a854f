import { z } from 'zod';
import { phoneLayout, phoneRef, protocolVersion, roomLanguage, roomSeatId, seatActionSchema, seatStyleIndex, seatViewJson } from './room-fields';
import { pingSchema, pongSchema, type JoinRefusal } from './phone-messages';
import { roomCodeSchema } from './room-code';
import { roomErrorSchema } from './room-errors';
import { AVATARS } from '../seat-style';

/*
 * Screen ↔ server, on ROOM_PATHS.screen (registered screens only). The screen is the authority
 * over seats and rounds; the server is the gate (codes, lock, limits, tokens) and the relay.
 *
 *   open → room
 *   seat.request → seat.accept | seat.refuse | seat.wait (… seat.accept at the next round) → seat.joined
 *   seat.input… → seat.view…        seat.away → seat.back | seat.gone        seat.language → seat.view
 */

/**
 * The room's own seats at a (re)open: each phone seat with its style and the `resumeKey` its
 * `seat.joined` gave, so after a server restart the phones' tokens work again.
 */
const heldSeatSchema = z
  .object({ seat: roomSeatId, style: seatStyleIndex, resumeKey: z.string().regex(/^[0-9a-f]{64}$/, 'a resume key is 64 hex digits') })
  .strict();

/**
 * Opens the screen's room, or takes it back (after a reload or a server restart) when `code` is
 * the code it had. Without `code`, or when that code is another screen's now, the server picks one.
 * `locked` and `codeHidden` say what the host chose; left out (a screen that reloaded and lost
 * them), the room keeps what it had. First message of a connection; a second connection of the
 * same screen replaces the first.
 */
export const screenOpenSchema = z
  .object({
    type: z.literal('open'),
    v: protocolVersion,
    code: roomCodeSchema.optional(),
    locked: z.boolean().optional(),
    codeHidden: z.boolean().optional(),
    seats: z.array(heldSeatSchema).max(64).default([]),
  })
  .strict();

/** Gives the phone `phone` a seat. Also the answer, at the next round, to a phone told to wait. */
export const seatAcceptSchema = z.object({ type: z.literal('seat.accept'), phone: phoneRef, seat: roomSeatId, style: seatStyleIndex }).strict();

/** Why a screen refuses a phone a seat. */
export const SEAT_REFUSALS = ['full', 'card_unknown', 'card_seated'] as const satisfies readonly JoinRefusal[];
export type SeatRefusal = (typeof SEAT_REFUSALS)[number];

/** Refuses the phone a seat: every seat is taken, the card code is no card's, or that card already plays here. */
export const seatRefuseSchema = z.object({ type: z.literal('seat.refuse'), phone: phoneRef, reason: z.enum(SEAT_REFUSALS) }).strict();

/** A round is running: the phone waits, connected, for a `seat.accept` at the next round. */
export const seatWaitSchema = z.object({ type: z.literal('seat.wait'), phone: phoneRef }).strict();

/** What one phone seat draws now (the mini-game's `seatView` and the layout it asks for). */
export const seatViewSchema = z.object({ type: z.literal('seat.view'), seat: roomSeatId, layout: phoneLayout, view: seatViewJson }).strict();

/** The host removes a phone seat: the phone is told, its socket closed, its token forgotten. */
export const seatRemoveSchema = z.object({ type: z.literal('seat.remove'), seat: roomSeatId }).strict();

/** Host controls for a public hall. A locked room takes no new phones (seated phones may still rejoin). */
export const HOST_COMMANDS = ['lock', 'unlock', 'hideCode', 'showCode'] as const;
export const hostCommandSchema = z.object({ type: z.literal('host'), command: z.enum(HOST_COMMANDS) }).strict();

/** Every message a screen sends, by type. */
export const SCREEN_TO_SERVER = {
  open: screenOpenSchema,
  'seat.accept': seatAcceptSchema,
  'seat.refuse': seatRefuseSchema,
  'seat.wait': seatWaitSchema,
  'seat.view': seatViewSchema,
  'seat.remove': seatRemoveSchema,
  host: hostCommandSchema,
  ping: pingSchema,
} as const;
export type ScreenToServer = z.infer<(typeof SCREEN_TO_SERVER)[keyof typeof SCREEN_TO_SERVER]>;

/**
 * The room's state, after `open` and after every host command. `codeHidden` is for the screen to
 * show or hide its code and QR; the server keeps it so a reload shows the same.
 */
export const roomStateSchema = z
  .object({ type: z.literal('room'), code: roomCodeSchema, locked: z.boolean(), codeHidden: z.boolean(), phones: z.int().nonnegative() })
  .strict();

/** The player a phone brings; a card is passed by its code for the screen to sign in. */
const requestingPlayerSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('guest'), pseudonym: z.string(), avatar: z.enum(AVATARS) }).strict(),
  z.object({ kind: z.literal('card'), code: z.string() }).strict(),
]);

/** A phone asks for a seat; answer with seat.accept, seat.refuse or seat.wait naming `phone`. */
export const seatRequestSchema = z
  .object({ type: z.literal('seat.request'), phone: phoneRef, player: requestingPlayerSchema, language: roomLanguage })
  .strict();

/**
 * The phone has its seat. Keep `resumeKey` with the seat (it is a hash of the phone's token, not
 * the token) and give it back in `open`, so the phone can rejoin after a server restart.
 */
export const seatJoinedSchema = z.object({ type: z.literal('seat.joined'), phone: phoneRef, seat: roomSeatId, resumeKey: z.string() }).strict();

/** A phone's press, on its seat. `n` is the phone's own count (see phoneInputSchema). */
export const seatInputSchema = z.object({ type: z.literal('seat.input'), seat: roomSeatId, action: seatActionSchema, n: z.int().optional() }).strict();

/** The seat's phone lost its socket: keep the seat and its points; it may come back within `graceMs`. */
export const seatAwaySchema = z.object({ type: z.literal('seat.away'), seat: roomSeatId, graceMs: z.int().positive() }).strict();

/** The seat's phone is back: send it its current view. */
export const seatBackSchema = z.object({ type: z.literal('seat.back'), seat: roomSeatId }).strict();

/** The seat's player switched their phone's language: send the seat's view again, in it. */
export const seatLanguageSchema = z.object({ type: z.literal('seat.language'), seat: roomSeatId, language: roomLanguage }).strict();

/** The seat's phone is gone for good: it left, or its grace time passed. */
export const seatGoneSchema = z.object({ type: z.literal('seat.gone'), seat: roomSeatId, reason: z.enum(['left', 'timeout']) }).strict();

/** A phone that asked for a seat (or waits for one) left before it got one: forget its request. */
export const requestGoneSchema = z.object({ type: z.literal('request.gone'), phone: phoneRef }).strict();

/** Every message the server sends a screen, by type. */
export const SERVER_TO_SCREEN = {
  room: roomStateSchema,
  'seat.request': seatRequestSchema,
  'seat.joined': seatJoinedSchema,
  'seat.input': seatInputSchema,
  'seat.away': seatAwaySchema,
  'seat.back': seatBackSchema,
  'seat.language': seatLanguageSchema,
  'seat.gone': seatGoneSchema,
  'request.gone': requestGoneSchema,
  error: roomErrorSchema,
  pong: pongSchema,
} as const;
export type ServerToScreen = z.infer<(typeof SERVER_TO_SCREEN)[keyof typeof SERVER_TO_SCREEN]>;
