import { describe, expect, it } from 'vitest';
import { deliverStatements, RetryLater } from './deliver-statements';
import type { LrsClient, PostOutcome } from './lrs-client';

/**
 * An LRS in miniature for the splitting logic alone (the real one is in tests/server/xapi-forward-*):
 * it stores all or none of a post, refuses a post holding a statement marked bad, and records posts.
 */
function fakeLrs(options: { bad?: Set<string>; held?: Map<string, object>; answer?: (ids: string[]) => PostOutcome | undefined } = {}) {
  const stored = new Map<string, object>(options.held);
  const posts: string[][] = [];
  const client: LrsClient = {
    post: async (statements) => {
      const ids = statements.map((s) => (s as { id: string }).id);
      posts.push(ids);
      const forced = options.answer?.(ids);
      if (forced) return forced;
      const bad = ids.find((id) => options.bad?.has(id));
      if (bad) return { kind: 'refused', status: 400, reason: `400 Problem in statement ${bad}` };
      const conflict = statements.find((s) => stored.has((s as { id: string }).id) && JSON.stringify(stored.get((s as { id: string }).id)) !== JSON.stringify(s));
      if (conflict) return { kind: 'refused', status: 409, reason: '409 (id) is conflicting' };
      for (const s of statements) stored.set((s as { id: string }).id, s);
      return { kind: 'stored' };
    },
    statement: async (id) => stored.get(id),
  };
  return { client, stored, posts };
}

const statements = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `s${i}`, verb: 'answered' }));

describe('deliverStatements', () => {
  it('posts in batches of batchSize, in order', async () => {
    const lrs = fakeLrs();
    expect(await deliverStatements(lrs.client, statements(25), { batchSize: 10 })).toEqual([]);
    expect(lrs.posts.map((p) => p.length)).toEqual([10, 10, 5]);
    expect(lrs.stored.size).toBe(25);
  });

  it('splits a refused batch until each bad statement stands alone: the others are stored, each bad one refused with its reason', async () => {
    const lrs = fakeLrs({ bad: new Set(['s3', 's12']) });
    const refusals = await deliverStatements(lrs.client, statements(16), { batchSize: 16 });
    expect(refusals).toEqual([
      { statementId: 's3', status: 400, reason: '400 Problem in statement s3' },
      { statementId: 's12', status: 400, reason: '400 Problem in statement s12' },
    ]);
    expect([...lrs.stored.keys()].sort()).toEqual(statements(16).map((s) => s.id).filter((id) => id !== 's3' && id !== 's12').sort());
    // 1 + 2 per level down to each bad one (16 → 8 → 4 → 2 → 1), both halves at each level.
    expect(lrs.posts.length).toBeLessThanOrEqual(1 + 2 * 2 * Math.log2(16));
  });

  it('takes a 409 on a statement the LRS already holds as it is for stored, and refuses one whose id holds something else', async () => {
    const held = new Map<string, object>([
      ['s0', { id: 's0', verb: 'answered', stored: '2025-03-12T10:00:00Z' }],
      ['s1', { id: 's1', verb: 'something else' }],
    ]);
    // This LRS answers 409 even to an identical resend (some do).
    const lrs = fakeLrs({ held, answer: (ids) => (ids.some((id) => held.has(id)) ? { kind: 'refused', status: 409, reason: '409 conflict' } : undefined) });
    const refusals = await deliverStatements(lrs.client, statements(4), { batchSize: 4 });
    expect(refusals).toEqual([{ statementId: 's1', status: 409, reason: '409 conflict' }]);
    expect(lrs.stored.has('s2') && lrs.stored.has('s3')).toBe(true);
  });

  it('throws RetryLater, without refusing anything, when the LRS cannot take statements', async () => {
    let calls = 0;
    const lrs = fakeLrs({ answer: () => (++calls === 2 ? { kind: 'retry', reason: '503 busy', retryAfterMs: 4000 } : undefined) });
    const attempt = deliverStatements(lrs.client, statements(30), { batchSize: 10 });
    await expect(attempt).rejects.toBeInstanceOf(RetryLater);
    await expect(attempt).rejects.toMatchObject({ reason: '503 busy', retryAfterMs: 4000 });
    expect(lrs.stored.size).toBe(10);
  });
});
