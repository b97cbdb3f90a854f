import type { ForwardConfig } from './forward-config';

/**
 * What one POST of statements came to, as the forwarder must act on it:
 * - `stored`: 2xx — the LRS holds every statement of the post (an identical resend is answered
 *   2xx too: xAPI 1.0.3 §2.2.2, "Statement Immutability").
 * - `refused`: the LRS judged these statements (400, 409, 413, 422…): sending them again as they
 *   are would be refused again, so they are never retried by themselves.
 * - `retry`: nothing is known to be wrong with the statements — the LRS is away, busy (5xx, 429),
 *   or refuses *us* (401, 403: credentials; 404, 405: a wrong endpoint) — so they wait and go again.
 */
export type PostOutcome =
  | { kind: 'stored' }
  | { kind: 'refused'; status: number; reason: string }
  | { kind: 'retry'; reason: string; retryAfterMs?: number };

/** The statuses that speak about us or the LRS, not about the statements posted. */
const NOT_ABOUT_THE_STATEMENTS = new Set([401, 403, 404, 405, 408, 429]);

/** The LRS's own words are kept for operators; a long HTML error page is cut. */
const REASON_MAX_CHARS = 500;

/**
 * An LRS may quote the statement it refuses, and our statements name player cards by their
 * (opaque, UUID) id: a kept or logged reason must not hold one after the card is erased. Statement
 * ids are kept in their own column, so every UUID in a reason is masked.
 */
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

export function reasonFrom(status: number, body: string): string {
  let text = body.trim();
  try {
    const parsed = JSON.parse(text) as { message?: unknown; warnings?: unknown };
    const parts = [parsed.message, ...(Array.isArray(parsed.warnings) ? parsed.warnings : [])].filter((part) => typeof part === 'string');
    if (parts.length > 0) text = parts.join('; ');
  } catch {
    // not JSON: the text as it came
  }
  text = text.replace(UUID, '(id)').replace(/\s+/g, ' ');
  if (text.length > REASON_MAX_CHARS) text = `${text.slice(0, REASON_MAX_CHARS)}…`;
  return `${status}${text ? ` ${text}` : ''}`;
}

function retryAfterMs(header: string | null): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}

export interface LrsClient {
  /** POSTs statements as one array. Never throws for the LRS's answers or its absence. */
  post(statements: readonly object[], signal?: AbortSignal): Promise<PostOutcome>;
  /** The statement the LRS holds under this id, or undefined (404); throws when it cannot say. */
  statement(id: string, signal?: AbortSignal): Promise<unknown>;
}

/** A client for the LRS's statements resource, with the headers xAPI 1.0.3 asks of every request. */
export function lrsClient(config: Pick<ForwardConfig, 'endpoint' | 'username' | 'password' | 'timeoutMs'>): LrsClient {
  const statementsUrl = new URL('statements', config.endpoint);
  const headers = {
    authorization: `Basic ${Buffer.from(`${config.username}:${config.password}`).toString('base64')}`,
    'x-experience-api-version': '1.0.3',
  };
  const within = (signal?: AbortSignal) => {
    const timeout = AbortSignal.timeout(config.timeoutMs);
    return signal ? AbortSignal.any([signal, timeout]) : timeout;
  };

  return {
    async post(statements, signal) {
      let response: Response;
      let body: string;
      try {
        response = await fetch(statementsUrl, {
          method: 'POST',
          headers: { ...headers, 'content-type': 'application/json' },
          body: JSON.stringify(statements),
          signal: within(signal),
        });
        body = await response.text();
      } catch (error) {
        return { kind: 'retry', reason: networkReason(error, config.timeoutMs) };
      }
      if (response.ok) return { kind: 'stored' };
      const reason = reasonFrom(response.status, body);
      if (response.status >= 500 || NOT_ABOUT_THE_STATEMENTS.has(response.status)) {
        return { kind: 'retry', reason, retryAfterMs: retryAfterMs(response.headers.get('retry-after')) };
      }
      return { kind: 'refused', status: response.status, reason };
    },

    async statement(id, signal) {
      const url = new URL(statementsUrl);
      url.searchParams.set('statementId', id);
      const response = await fetch(url, { headers, signal: within(signal) });
      if (response.status === 404) {
        await response.body?.cancel();
        return undefined;
      }
      if (!response.ok) throw new Error(reasonFrom(response.status, await response.text()));
      return response.json();
    },
  };
}

function networkReason(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && error.name === 'TimeoutError') return `no answer within ${timeoutMs / 1000} s`;
  if (error instanceof Error && error.name === 'AbortError') return 'stopped';
  // fetch hides the socket's error (ECONNREFUSED, ECONNRESET) in `cause`.
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : undefined;
  const code = cause && 'code' in cause ? String(cause.code) : undefined;
  return `network: ${code ?? cause?.message ?? String(error)}`;
}
