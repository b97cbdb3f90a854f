import type { PlayerCardDesk } from '../player-card/sign-in-flow';
import type { ApiClient } from './api-client';
import type { SeatTokenBook } from './seat-tokens';

/**
 * The sign-in panel's way to the centre: a code typed for a seat is exchanged for a seat token,
 * kept in the book for the seat's round records; a card made at the screen is signed in the same way.
 */
export function cardDesk(api: ApiClient, book: SeatTokenBook): PlayerCardDesk {
  return {
    async signIn(code, seat) {
      const signedIn = await api.signIn(code, seat);
      if (!signedIn) return null;
      book.set(signedIn.card.id, { seat, token: signedIn.token, expiresAt: Date.parse(signedIn.expiresAt) });
      return signedIn.card;
    },
    async progress(cardId) {
      const token = book.token(cardId);
      return token ? (await api.cardMastery(cardId, token)).packs : [];
    },
    suggestPseudonyms: (count) => api.suggestPseudonyms(count),
    async createPlayerCard(card, seat) {
      const issued = await api.createPlayerCard(card);
      // The new code is shown once: it must reach the player even if signing in fails (screen not
      // paired, a limit). The seat then plays as a guest at the server until it signs in again.
      const signedIn = await api.signIn(issued.code, seat).catch((error: unknown) => {
        console.warn('[ludocite] the new card was made but the seat could not sign in with it', error);
        return null;
      });
      if (signedIn) book.set(signedIn.card.id, { seat, token: signedIn.token, expiresAt: Date.parse(signedIn.expiresAt) });
      return issued;
    },
  };
}
