import type { ApiIssue } from '../../shared/api/api-error';
import type { RoundRecord } from '../../shared/round/round-record';
import { hashSecret } from '../screens/secrets';
import type { StoredSeatToken } from '../store/store';

const HOUR = 3_600_000;
/** A sign-in lasts a visit to the hall: rounds ending later need the code typed again. */
export const SEAT_TOKEN_TTL_MS = 3 * HOUR;
/** A screen's clock may run a little ahead of the server's. */
export const CLOCK_SKEW_MS = 5 * 60_000;
/** A round played in time may wait this long in a screen's outbox (server down, network out). */
export const OUTBOX_GRACE_MS = 7 * 24 * HOUR;

/**
 * Checks each signed-in seat of a round from `screenId` against the seat token it carries: issued
 * to this screen, for this seat and this card, and alive when the round was played (its end, or
 * its arrival if that is sooner), the round arriving within a week of that. Answers one issue per
 * seat that fails (the route answers 403).
 */
export async function seatTokenIssues(
  record: RoundRecord,
  arrival: { screenId: string; receivedAt: number },
  findToken: (tokenHash: string) => Promise<StoredSeatToken | undefined>,
): Promise<ApiIssue[]> {
  const issues: ApiIssue[] = [];
  // As the leaderboards do: a screen whose clock runs ahead played its round when it arrived.
  const playedAt = Math.min(Date.parse(record.endedAt), arrival.receivedAt);
  for (const [i, seat] of record.seats.entries()) {
    if (!seat.playerCard) continue;
    const path = `seats[${i}].seatToken`;
    const card = `player card "${seat.playerCard}"`;
    if (!seat.seatToken) {
      issues.push({ path, message: `${card} was not signed in on this screen: the seat holds no seat token` });
      continue;
    }
    const token = await findToken(hashSecret(seat.seatToken));
    const problem = !token
      ? 'the seat token is unknown (or its screen was revoked)'
      : token.screenId !== arrival.screenId
        ? 'the seat token was given to another screen'
        : token.playerCard !== seat.playerCard
          ? 'the seat token is for another card'
          : token.seat !== seat.seat
            ? `the seat token is for seat "${token.seat}"`
            : playedAt > token.expiresAt + CLOCK_SKEW_MS
              ? 'the seat token had expired when the round ended: sign in again'
              : arrival.receivedAt > token.expiresAt + OUTBOX_GRACE_MS
                ? 'the round arrived more than 7 days after its seat token expired'
                : null;
    if (problem) issues.push({ path, message: `${card}: ${problem}` });
  }
  return issues;
}
