import { z } from 'zod';

/** The languages every shell text and every pack text must exist in. French is the centre's default. */
export const LANGUAGES = ['fr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'fr';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * A text written in every language of the centre, side by side, so a translator sees both at once
 * and a pack missing one language is refused with the exact path of the gap.
 */
export const localizedText = z
  .object({
    fr: z.string().trim().min(1, 'the French text is empty'),
    en: z.string().trim().min(1, 'the English text is empty'),
  })
  .strict();
export type LocalizedText = z.infer<typeof localizedText>;
