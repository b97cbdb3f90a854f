import { z } from 'zod';

/**
 * A screen's pairing code, as `ludocite screen add` prints it: two groups of four from the card
 * alphabet (`HX7M-A349`); typed with or without the hyphen, in any case.
 */
export const pairingCodeSchema = z
  .string()
  .max(40, 'a pairing code has 8 characters')
  .transform((typed) => typed.toUpperCase().replace(/[\s-]/g, ''))
  .refine((code) => /^[ACEFHJKMNPRTWXY34679]{8}$/.test(code), 'a pairing code is 8 characters like HX7M-A349');

/** `POST /api/screens/pair`: the one-time code a screen exchanges for its credential. */
export const pairScreenSchema = z.object({ code: pairingCodeSchema }).strict();
export type PairScreenBody = z.input<typeof pairScreenSchema>;

/**
 * The answer to a pairing (201): who the screen is for the centre, and the credential it keeps
 * and sends as `authorization: Bearer <credential>`. Shown once; the server keeps only its hash.
 */
export const pairedScreenSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    credential: z.string().min(32),
  })
  .strict();
export type PairedScreen = z.infer<typeof pairedScreenSchema>;
