import type { RoundRecord } from '../../shared/round/round-record';

/** A seat's sign-in, as the server answered it: the token is good on that seat only. */
export interface SeatSignIn {
  seat: string;
  token: string;
  /** Ms since the epoch: a round ending later is not counted with this token. */
  expiresAt: number;
}

/**
 * The seat tokens this screen holds, by player card id. Kept in memory: a reloaded page has its
 * lobby emptied too, and records already queued carry their tokens with them.
 */
export class SeatTokenBook {
  private readonly byCard = new Map<string, SeatSignIn>();

  set(cardId: string, signIn: SeatSignIn): void {
    this.byCard.set(cardId, signIn);
  }

  /** The card's token while its sign-in lasts (to read its own mastery), else null. */
  token(cardId: string, now = Date.now()): string | null {
    const signIn = this.byCard.get(cardId);
    return signIn && now <= signIn.expiresAt ? signIn.token : null;
  }

  /**
   * The record as the server must see it: each signed-in seat carries its token. A seat whose card
   * has no live token for it here (never signed in at the server, or the sign-in is older than the
   * token's life) is sent as a guest, so one seat cannot get the whole round refused.
   */
  seal(record: RoundRecord): RoundRecord {
    const endedAt = Date.parse(record.endedAt);
    const seats = record.seats.map((seat) => {
      if (!seat.playerCard || seat.seatToken) return seat;
      const signIn = this.byCard.get(seat.playerCard);
      if (signIn && signIn.seat === seat.seat && !(endedAt > signIn.expiresAt)) return { ...seat, seatToken: signIn.token };
      const { playerCard: _card, ...guest } = seat;
      return guest;
    });
    return { ...record, seats };
  }
}
