import { describe, expect, it } from 'vitest';
import type { RoundRecord } from '../../shared/round/round-record';
import { SeatTokenBook } from './seat-tokens';

const record = (seats: RoundRecord['seats']) => ({ id: 'r1', seats }) as RoundRecord;
const token = (c: string) => c.repeat(43);

describe('SeatTokenBook', () => {
  it('puts each signed-in seat’s token on the record', () => {
    const book = new SeatTokenBook();
    book.set('card-1', { seat: 'pad-0', token: token('a') });
    const sealed = book.seal(record([{ seat: 'pad-0', input: 'pad', playerCard: 'card-1' }, { seat: 'pad-1', input: 'pad' }]));
    expect(sealed.seats).toEqual([{ seat: 'pad-0', input: 'pad', playerCard: 'card-1', seatToken: token('a') }, { seat: 'pad-1', input: 'pad' }]);
  });

  it('sends a card it holds no token for on that seat as a guest, so the round is not refused for it', () => {
    const book = new SeatTokenBook();
    book.set('card-1', { seat: 'pad-1', token: token('a') });
    const sealed = book.seal(record([{ seat: 'pad-0', input: 'pad', playerCard: 'card-1', team: 'sky' }, { seat: 'kb-left', input: 'keyboard', playerCard: 'card-2' }]));
    expect(sealed.seats).toEqual([{ seat: 'pad-0', input: 'pad', team: 'sky' }, { seat: 'kb-left', input: 'keyboard' }]);
  });
});
