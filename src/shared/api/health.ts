import { z } from 'zod';

/** `GET /api/health`: the server is up and answers; `version` is the server's package version. */
export const healthSchema = z.object({ status: z.literal('ok'), version: z.string() }).strict();
export type Health = z.infer<typeof healthSchema>;
