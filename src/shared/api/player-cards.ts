import { z } from 'zod';
import { AVATARS } from '../seat-style';
import { cardCodeSchema } from '../player-card/card-code';

/**
 * What a screen reads of cards. The body a screen sends to make one, checked by the name filter,
 * is in new-player-card.ts: the filter's confusables data stays on the server, out of the screen.
 */
export const avatarSchema = z.enum(AVATARS);


/** What anyone with the code may see of a card (`GET /api/player-cards/:code`). */
export const playerCardSchema = z
  .object({
    id: z.string(),
    pseudonym: z.string(),
    avatar: avatarSchema,
  })
  .strict();
export type PlayerCardView = z.infer<typeof playerCardSchema>;

/** The new card, answered once with its code (201), to show and print at the screen. */
export const issuedPlayerCardSchema = playerCardSchema.extend({ code: z.string() }).strict();
export type IssuedPlayerCard = z.infer<typeof issuedPlayerCardSchema>;

export const playerCardParamsSchema = z.object({ code: cardCodeSchema }).strict();

/** `GET /api/player-cards/suggestions?count=6`: generated pseudonyms no card uses yet. */
export const suggestionsQuerySchema = z
  .object({
    count: z.coerce.number().int('count is a whole number').min(1).max(12).default(6),
  })
  .strict();
export const suggestionsSchema = z.object({ pseudonyms: z.array(z.string()) }).strict();
export type Suggestions = z.infer<typeof suggestionsSchema>;
