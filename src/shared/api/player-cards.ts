import { z } from 'zod';
import { AVATARS } from '../seat-style';
import { cardCodeSchema } from '../player-card/card-code';
import { checkPseudonym, PSEUDONYM_MAX_LENGTH } from '../player-card/pseudonym-filter';

/** A pseudonym as typed or picked; parsed to its tidied form, refused with the filter's reason and rule. */
export const pseudonymSchema = z
  .string()
  .max(PSEUDONYM_MAX_LENGTH * 4, `a pseudonym has at most ${PSEUDONYM_MAX_LENGTH} characters`)
  .transform((typed, ctx) => {
    const check = checkPseudonym(typed);
    if (!check.ok) {
      ctx.addIssue({ code: 'custom', message: `${check.reason} (rule: ${check.rule})` });
      return z.NEVER;
    }
    return check.pseudonym;
  });

export const avatarSchema = z.enum(AVATARS);

/** `POST /api/player-cards` body: all a card holds besides the code the server issues. */
export const newPlayerCardSchema = z
  .object({
    pseudonym: pseudonymSchema,
    avatar: avatarSchema,
  })
  .strict();
export type NewPlayerCardBody = z.input<typeof newPlayerCardSchema>;

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
