import { z } from 'zod';
import { cardCodeSchema } from '../player-card/card-code';
import { AVATARS } from '../seat-style';
import { LANGUAGES } from '../languages';
import { seatId } from '../round/round-record';

/** The protocol's version, in every first message; see ROOM_PROTOCOL_VERSION. */
export const protocolVersion = z.int('the protocol version `v` is a whole number');

/**
 * A joining phone as the server names it to the screen (`ph-3k9`), before and after it has a
 * seat: the screen answers a join request with it.
 */
export const phoneRef = z.string().regex(/^ph-[a-z0-9]{1,16}$/, 'a phone reference looks like "ph-3k9"');

/** A seat of the room; the screen names phone seats (`phone-7`), like `pad-0` and `kb-left`. */
export const roomSeatId = seatId;

/**
 * A seat's colour and shape, as an index into the screen's palette (SEAT_STYLES for the first
 * six): the phone draws the same colour and shape the big screen shows beside its seat.
 */
export const seatStyleIndex = z.int().min(0).max(63);

/**
 * What a phone does, mirroring the SDK's presses (`SeatAction` in src/sdk/rules/rules.ts):
 * `choice` 0–3 (the four answer buttons), `confirm` (A), `back` (B), `step` (one d-pad step).
 * No `hold`: a phone's d-pad sends steps, and a touch screen has no stick to hold.
 */
export const seatActionSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('confirm') }).strict(),
  z.object({ type: z.literal('back') }).strict(),
  z
    .object({
      type: z.literal('choice'),
      choice: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)], { error: 'choice is 0, 1, 2 or 3 (A, B, X, Y)' }),
    })
    .strict(),
  z
    .object({
      type: z.literal('step'),
      x: z.union([z.literal(-1), z.literal(0), z.literal(1)], { error: 'x is -1, 0 or 1' }),
      y: z.union([z.literal(-1), z.literal(0), z.literal(1)], { error: 'y is -1, 0 or 1' }),
    })
    .strict(),
]);
export type PhoneSeatAction = z.infer<typeof seatActionSchema>;

/** The layouts a phone draws, as the mini-game asks: four answer buttons, a d-pad with A/B, or a wait. */
export const PHONE_LAYOUTS = ['choices4', 'dpad', 'wait'] as const;
export const phoneLayout = z.enum(PHONE_LAYOUTS);
export type PhoneLayout = z.infer<typeof phoneLayout>;

/** The mini-game's `seatView` for one seat: plain JSON the server relays unread. */
export const seatViewJson = z.record(z.string(), z.unknown());

export const roomLanguage = z.enum(LANGUAGES);

/**
 * Who joins: a guest with a pseudonym and an avatar, or a player card by its code. The server
 * runs the pseudonym through the centre's name filter (kept out of the phone's page) and hands
 * a card code to the screen, which signs the seat in as it does for a pad (`POST /api/seat-tokens`).
 */
export const joiningPlayerSchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('guest'),
      pseudonym: z.string().trim().min(1, 'give a pseudonym').max(64, 'a pseudonym is at most 64 characters'),
      avatar: z.enum(AVATARS),
    })
    .strict(),
  z
    .object({
      kind: z.literal('card'),
      code: cardCodeSchema,
    })
    .strict(),
]);
export type JoiningPlayer = z.infer<typeof joiningPlayerSchema>;
