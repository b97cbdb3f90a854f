import { z } from 'zod';
import { cardCodeSchema } from '../player-card/card-code';
import { seatId } from '../round/round-record';
import { playerCardSchema } from './player-cards';

/**
 * `POST /api/seat-tokens`, from a registered screen: a seat signs in by proving it holds the
 * card's code. The token answered is bound to that screen, that seat and that card.
 */
export const signInSchema = z.object({ code: cardCodeSchema, seat: seatId }).strict();
export type SignInBody = z.input<typeof signInSchema>;

/** The signed-in card and the seat token a round record carries on that seat (`seats[i].seatToken`). */
export const seatTokenSchema = z
  .object({
    card: playerCardSchema,
    token: z.string().min(32),
    /** Rounds that end after this instant (ISO, UTC) no longer count with this token. */
    expiresAt: z.iso.datetime(),
  })
  .strict();
export type SeatToken = z.infer<typeof seatTokenSchema>;
