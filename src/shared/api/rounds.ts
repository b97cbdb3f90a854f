import { z } from 'zod';

/**
 * `POST /api/rounds` answer. 201 `{stored: true, duplicate: false}` when the round is new; 200
 * `{stored: false, duplicate: true}` when this very record was stored before (the screen's
 * outbox may send twice). Either way the screen may drop the record from its outbox.
 */
export const roundReceiptSchema = z
  .object({
    id: z.uuid(),
    stored: z.boolean(),
    duplicate: z.boolean(),
  })
  .strict();
export type RoundReceipt = z.infer<typeof roundReceiptSchema>;
