import { z } from 'zod';
import { checkPseudonym, PSEUDONYM_MAX_LENGTH } from '../player-card/pseudonym-filter';
import { avatarSchema } from './player-cards';

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

/** `POST /api/player-cards` body: all a card holds besides the code the server issues. */
export const newPlayerCardSchema = z
  .object({
    pseudonym: pseudonymSchema,
    avatar: avatarSchema,
  })
  .strict();
export type NewPlayerCardBody = z.input<typeof newPlayerCardSchema>;

