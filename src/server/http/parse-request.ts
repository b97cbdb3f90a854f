import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import { formatApiPath, toApiIssues } from '../../shared/api/api-error';
import { HttpProblem } from './http-problem';

/** Parses one part of a request (body, query, params) or throws a 400 naming each wrong field. */
export function parseRequest<Schema extends z.ZodType>(schema: Schema, value: unknown, part: string): z.infer<Schema> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issues = toApiIssues(parsed.error.issues);
  const fields = issues.length === 1 ? '1 wrong field' : `${issues.length} wrong fields`;
  throw new HttpProblem('bad_request', `the ${part} has ${fields}: ${issues.map((i) => `${i.path || '(whole)'}: ${i.message}`).slice(0, 3).join('; ')}`, issues);
}

/** A UTF-16 surrogate without its pair: JSON's `\ud800` escape makes one, UTF-8 cannot store it. */
const LONE_SURROGATE = /\p{Cs}/u;

/** The path of the first string (or key) in a parsed JSON value holding a lone surrogate. */
export function illFormedTextPath(value: unknown, path: (string | number)[] = []): (string | number)[] | null {
  if (typeof value === 'string') return LONE_SURROGATE.test(value) ? path : null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = illFormedTextPath(value[i], [...path, i]);
      if (found) return found;
    }
    return null;
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (LONE_SURROGATE.test(key)) return [...path, key];
      const found = illFormedTextPath(item, [...path, key]);
      if (found) return found;
    }
  }
  return null;
}

/**
 * What every request body must be, whatever the route: JSON (a body sent as text/plain gets 415
 * naming application/json, rather than reaching a route as a string), and text that is valid
 * Unicode, so what is stored is valid UTF-8 (a lone surrogate is refused with 400 and its path).
 */
export function installBodyRules(app: FastifyInstance): void {
  app.removeContentTypeParser('text/plain');
  app.addHook('preValidation', async (request) => {
    if (request.body === undefined) return;
    const path = illFormedTextPath(request.body);
    if (path) {
      const where = formatApiPath(path) || '(whole)';
      throw new HttpProblem('bad_request', `the body holds text that is not valid Unicode (a lone surrogate) at ${where}`, [
        { path: formatApiPath(path), message: 'not valid Unicode: a lone surrogate' },
      ]);
    }
  });
}
