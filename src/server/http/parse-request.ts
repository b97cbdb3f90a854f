import type { z } from 'zod';
import { toApiIssues } from '../../shared/api/api-error';
import { HttpProblem } from './http-problem';

/** Parses one part of a request (body, query, params) or throws a 400 naming each wrong field. */
export function parseRequest<Schema extends z.ZodType>(schema: Schema, value: unknown, part: string): z.infer<Schema> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issues = toApiIssues(parsed.error.issues);
  const fields = issues.length === 1 ? '1 wrong field' : `${issues.length} wrong fields`;
  throw new HttpProblem('bad_request', `the ${part} has ${fields}: ${issues.map((i) => `${i.path || '(whole)'}: ${i.message}`).slice(0, 3).join('; ')}`, issues);
}
