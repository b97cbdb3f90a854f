import { z } from 'zod';

/** Why the server refused a request; each maps to one HTTP status (see `API_ERROR_STATUS`). */
export const API_ERROR_CODES = [
  'bad_request',
  'unauthorized',
  'forbidden',
  'not_found',
  'request_timeout',
  'conflict',
  'payload_too_large',
  'unsupported_media_type',
  'unprocessable',
  'too_many_requests',
  'internal',
] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

export const API_ERROR_STATUS: Record<ApiErrorCode, number> = {
  bad_request: 400,
  /** No registered screen's credential (`POST /api/rounds`, sign-ins). */
  unauthorized: 401,
  /** A registered screen asking for what it may not do (a card it holds no seat token for). */
  forbidden: 403,
  not_found: 404,
  /** The request did not arrive whole in time (a body sent too slowly). */
  request_timeout: 408,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  unprocessable: 422,
  too_many_requests: 429,
  internal: 500,
};

/** One wrong field: `path` as a reader writes it (`evidence[3].objective`), empty for the whole body. */
export const apiIssueSchema = z.object({ path: z.string(), message: z.string() }).strict();
export type ApiIssue = z.infer<typeof apiIssueSchema>;

/** Every error answer of `/api`, whatever the route: a code, a sentence, and the wrong fields. */
export const apiErrorSchema = z
  .object({
    error: z.enum(API_ERROR_CODES),
    message: z.string().min(1),
    issues: z.array(apiIssueSchema).optional(),
  })
  .strict();
export type ApiError = z.infer<typeof apiErrorSchema>;

/** Formats a field path the way the pack checker does: `evidence[3].objective`. */
export function formatApiPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

/** Turns zod issues into the API's issue list, one per wrong field. */
export function toApiIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[]): ApiIssue[] {
  return issues.map((issue) => ({ path: formatApiPath(issue.path), message: issue.message }));
}
