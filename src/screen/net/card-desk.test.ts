import { describe, expect, it, vi } from 'vitest';
import type { RoundRecord } from '../../shared/round/round-record';
import type { ApiClient } from './api-client';
import { cardDesk } from './card-desk';
import { SeatTokenBook } from './seat-tokens';

const card = { id: 'card-1', pseudonym: 'Panda Rapide 42', avatar: '🐼' as const };
const signedIn = { card, token: 't'.repeat(43), expiresAt: '2025-03-12T14:00:00.000Z' };
const round = { id: 'r1', endedAt: '2025-03-12T11:00:00.000Z', seats: [{ seat: 'pad-0', input: 'pad', playerCard: 'card-1' }] } as RoundRecord;

describe('cardDesk', () => {
  it('keeps the seat token of a sign-in for the seat’s round records', async () => {
    const book = new SeatTokenBook();
    const api = { signIn: vi.fn(async () => signedIn) } as unknown as ApiClient;
    expect(await cardDesk(api, book).signIn('HX7MA349', 'pad-0')).toEqual(card);
    expect(book.seal(round).seats[0]?.seatToken).toBe(signedIn.token);
  });

  it('hands a new card over even when signing in with it fails: its code is shown only once', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const book = new SeatTokenBook();
    const api = {
      createPlayerCard: vi.fn(async () => ({ ...card, code: 'HX7MA349' })),
      signIn: vi.fn(async () => Promise.reject(Object.assign(new Error('wait'), { status: 429 }))),
    } as unknown as ApiClient;
    expect(await cardDesk(api, book).createPlayerCard({ pseudonym: card.pseudonym, avatar: card.avatar }, 'pad-0')).toMatchObject({ code: 'HX7MA349' });
    expect(book.seal(round).seats[0]).toEqual({ seat: 'pad-0', input: 'pad' });
    warn.mockRestore();
  });
});
