import { z } from 'zod';

const instant = z.iso.datetime();

/**
 * How forwarding statements to a learning record store goes (docs/operations.md, "Forwarding to a
 * learning record store"): rounds waiting, statements stored by the LRS and refused by it, the last
 * failure (kept after the LRS recovers, with its time) and, while the LRS cannot take statements,
 * when the next try is due.
 */
export const forwardingHealthSchema = z.discriminatedUnion('forwarding', [
  z.object({ forwarding: z.literal('off') }).strict(),
  z
    .object({
      forwarding: z.literal('on'),
      waitingRounds: z.number().int().min(0),
      sentStatements: z.number().int().min(0),
      refusedStatements: z.number().int().min(0),
      lastSentAt: instant.nullable(),
      lastError: z.object({ at: instant, message: z.string() }).strict().nullable(),
      nextTryAt: instant.nullable(),
    })
    .strict(),
]);
export type ForwardingHealth = z.infer<typeof forwardingHealthSchema>;

/**
 * The rooms phones join (docs/operations.md, "Rooms"): rooms open, those whose screen is away
 * (reloading, or switched off: the room closes after a while), phones in them (seated or asking)
 * and seats whose phone dropped and may come back.
 */
export const roomsHealthSchema = z
  .object({ rooms: z.int().min(0), screensAway: z.int().min(0), phones: z.int().min(0), seatsAway: z.int().min(0) })
  .strict();
export type RoomsHealth = z.infer<typeof roomsHealthSchema>;

/** `GET /api/health`: the server is up and answers; `version` is the server's package version. */
export const healthSchema = z.object({ status: z.literal('ok'), version: z.string(), xapi: forwardingHealthSchema, rooms: roomsHealthSchema }).strict();
export type Health = z.infer<typeof healthSchema>;
