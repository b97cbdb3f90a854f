import { z } from 'zod';

/**
 * `GET /api/mastery/:cardId[?pack=…]`, from a registered screen, for one of its signed-in seats:
 * the seat's token goes in this header (never the address), and proves the card was signed in at
 * this screen. The answer is that card's own mastery and nothing of any other card.
 */
export const SEAT_TOKEN_HEADER = 'x-seat-token';

export const cardMasteryParamsSchema = z.object({ cardId: z.string().min(1).max(100) }).strict();

/** One pack (the round's), or every pack the card has played when left out. */
export const cardMasteryQuerySchema = z.object({ pack: z.string().min(1).max(100).optional() }).strict();

export const objectiveMasterySchema = z
  .object({
    objective: z.string(),
    /** P(the card's holder knows it), 0–1; null while the card has no answer on it. */
    pKnown: z.number().min(0).max(1).nullable(),
    /** How many answers it rests on (first attempts, unanswered items left out). */
    answers: z.number().int().min(0),
  })
  .strict();
export type ObjectiveMastery = z.infer<typeof objectiveMasterySchema>;

export const packMasterySchema = z
  .object({
    pack: z.string(),
    /** Every objective of the pack, in the pack's order, answered or not. */
    objectives: z.array(objectiveMasterySchema),
  })
  .strict();
export type PackMastery = z.infer<typeof packMasterySchema>;

export const cardMasterySchema = z
  .object({
    card: z.string(),
    /** The asked pack; or the packs played, the last played first. */
    packs: z.array(packMasterySchema),
  })
  .strict();
export type CardMastery = z.infer<typeof cardMasterySchema>;
