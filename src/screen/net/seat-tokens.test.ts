import { describe, expect, it } from 'vitest';
import type { RoundRecord } from '../../shared/round/round-record';
import { SeatTokenBook } from './seat-tokens';

const record = (seats: RoundRecord['seats'], endedAt = '2025-03-12T10:00:00.000Z') => ({ id: 'r1', endedAt, seats }) as RoundRecord;
const LATER = Date.parse('2025-03-12T12:00:00.000Z');
const token = (c: string) => c.repeat(43);

describe('SeatTokenBook', () => {
  it('puts each signed-in seat’s token on the record', () => {
    const book = new SeatTokenBook();
    book.set('card-1', { seat: 'pad-0', token: token('a'), expiresAt: LATER });
    const sealed = book.seal(record([{ seat: 'pad-0', input: 'pad', playerCard: 'card-1' }, { seat: 'pad-1', input: 'pad' }]));
    expect(sealed.seats).toEqual([{ seat: 'pad-0', input: 'pad', playerCard: 'card-1', seatToken: token('a') }, { seat: 'pad-1', input: 'pad' }]);
  });

  it('sends a card it holds no token for on that seat as a guest, so the round is not refused for it', () => {
    const book = new SeatTokenBook();
    book.set('card-1', { seat: 'pad-1', token: token('a'), expiresAt: LATER });
    const sealed = book.seal(record([{ seat: 'pad-0', input: 'pad', playerCard: 'card-1', team: 'sky' }, { seat: 'kb-left', input: 'keyboard', playerCard: 'card-2' }]));
    expect(sealed.seats).toEqual([{ seat: 'pad-0', input: 'pad', team: 'sky' }, { seat: 'kb-left', input: 'keyboard' }]);
  });

  it('sends a seat whose sign-in expired before the round ended as a guest', () => {
    const book = new SeatTokenBook();
    book.set('card-1', { seat: 'pad-0', token: token('a'), expiresAt: LATER });
    const late = book.seal(record([{ seat: 'pad-0', input: 'pad', playerCard: 'card-1' }], '2025-03-12T12:00:01.000Z'));
    expect(late.seats).toEqual([{ seat: 'pad-0', input: 'pad' }]);
  });

  it('gives a card\'s token while its sign-in lasts, to read its own mastery, and none after', () => {
    const book = new SeatTokenBook();
    book.set('card-1', { seat: 'pad-0', token: token('a'), expiresAt: LATER });
    expect(book.token('card-1', LATER)).toBe(token('a'));
    expect(book.token('card-1', LATER + 1)).toBeNull();
    expect(book.token('card-2', LATER)).toBeNull();
  });
});
