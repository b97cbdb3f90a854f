import { z } from 'zod';
import type { StatementCursor } from './statement-reader';

const cursorSchema = z
  .object({ p: z.number().int().min(0), r: z.string().min(1).max(64), s: z.string().min(1).max(64), g: z.number().int().min(0) })
  .strict();

/** A cursor as the `more` address carries it: opaque, short, safe in a query string. */
export function encodeCursor(cursor: StatementCursor): string {
  return Buffer.from(JSON.stringify({ p: cursor.playedAt, r: cursor.roundId, s: cursor.seat, g: cursor.given })).toString('base64url');
}

/** The cursor a `more` address carried, or undefined when it is not one of ours. */
export function decodeCursor(text: string): StatementCursor | undefined {
  try {
    const parsed = cursorSchema.safeParse(JSON.parse(Buffer.from(text, 'base64url').toString('utf8')));
    return parsed.success ? { playedAt: parsed.data.p, roundId: parsed.data.r, seat: parsed.data.s, given: parsed.data.g } : undefined;
  } catch {
    return undefined;
  }
}
