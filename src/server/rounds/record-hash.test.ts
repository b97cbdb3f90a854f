import { describe, expect, it } from 'vitest';
import { recordHash } from './record-hash';

describe('recordHash', () => {
  it('ignores key order and undefined fields but not values', () => {
    const a = { id: 'x', seats: [{ seat: 'pad-0', input: 'pad', team: undefined }], seed: 1 };
    const b = { seed: 1, seats: [{ input: 'pad', seat: 'pad-0' }], id: 'x' };
    expect(recordHash(a)).toBe(recordHash(b));
    expect(recordHash({ ...b, seed: 2 })).not.toBe(recordHash(b));
    expect(recordHash({ ...b, seats: [...b.seats, ...b.seats] })).not.toBe(recordHash(b));
  });
});
