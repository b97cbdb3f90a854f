import { z } from 'zod';

/**
 * Children's data (docs/educator-guide.md, "Children's data"): a card's export and erasure, by an
 * admin or the owner of a group the card is in, and the access log.
 */

export const cardParamsSchema = z.object({ cardId: z.string().min(1).max(64) }).strict();

/**
 * `GET /api/educator/cards/:cardId/export`: everything stored about one card, table by table, as
 * the rows are kept (times in ms since the epoch). Served as an attachment `card-<id>.json`.
 */
export const cardExportSchema = z
  .object({
    exportedAt: z.iso.datetime(),
    card: z.object({ id: z.string(), code: z.string(), pseudonym: z.string(), avatar: z.string(), createdAt: z.number() }).strict(),
    tables: z.record(z.string(), z.array(z.record(z.string(), z.unknown()))),
  })
  .strict();
export type CardExport = z.infer<typeof cardExportSchema>;

/** `DELETE /api/educator/cards/:cardId` answers 200 with what was removed. */
export const cardErasureSchema = z
  .object({ cardId: z.string(), rounds: z.number().int(), seats: z.number().int(), evidence: z.number().int(), scoreLines: z.number().int() })
  .strict();
export type CardErasure = z.infer<typeof cardErasureSchema>;

/**
 * `GET /api/educator/privacy` (educator): what every educator may know of the centre's keeping, for
 * the dashboard's children's-data page (the full settings are an admin's).
 */
export const privacyFactsSchema = z.object({ retentionDays: z.number().int() }).strict();
export type PrivacyFacts = z.infer<typeof privacyFactsSchema>;

export const ACCESS_ACTIONS = [
  'view-members',
  'view-report',
  'export-csv',
  'print-sheet',
  'export-card',
  'erase-card',
  'delete-group',
  /** `GET /api/xapi/statements` (docs/xapi.md): one line per page and group. */
  'export-xapi',
] as const;

/** `GET /api/educator/access-log?group=<id>&before=<id>&limit=100[&format=csv]`: newest first. */
export const accessLogQuerySchema = z
  .object({
    group: z.string().max(40).optional(),
    before: z.coerce.number().int().min(1).optional(),
    limit: z.coerce.number().int().min(1).max(1000).default(100),
    format: z.enum(['json', 'csv']).default('json'),
  })
  .strict();

export const accessLogLineSchema = z
  .object({
    id: z.number().int(),
    at: z.iso.datetime(),
    educator: z.string(),
    action: z.enum(ACCESS_ACTIONS),
    groupId: z.string().nullable(),
    /** The card's id while the card exists; null after its erasure. */
    cardId: z.string().nullable(),
    detail: z.string().nullable(),
  })
  .strict();
export type AccessLogLine = z.infer<typeof accessLogLineSchema>;

export const accessLogSchema = z.object({ lines: z.array(accessLogLineSchema), next: z.number().int().nullable() }).strict();
export type AccessLog = z.infer<typeof accessLogSchema>;
