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

/** `GET /api/health`: the server is up and answers; `version` is the server's package version. */
export const healthSchema = z.object({ status: z.literal('ok'), version: z.string(), xapi: forwardingHealthSchema }).strict();
export type Health = z.infer<typeof healthSchema>;
