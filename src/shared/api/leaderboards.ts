import { z } from 'zod';
import { slug } from '../ids';

export const LEADERBOARD_PERIODS = ['today', 'week', 'all'] as const;
export type LeaderboardPeriod = (typeof LEADERBOARD_PERIODS)[number];

/** `GET /api/leaderboards` query. `playerCard` adds that card's own line (`you`) to the answer. */
export const leaderboardQuerySchema = z
  .object({
    period: z.enum(LEADERBOARD_PERIODS).default('all'),
    pack: slug.optional(),
    by: z.enum(['player', 'team']).default('player'),
    limit: z.coerce.number().int('limit is a whole number').min(1).max(100).default(10),
    playerCard: z.string().min(1).max(64).optional(),
  })
  .strict();
export type LeaderboardQueryParams = z.input<typeof leaderboardQuerySchema>;

/** Shared by player and team lines: the centre score and, beside it, accuracy. */
const standing = {
  /** 1 + how many are strictly ahead; equal scores share a rank. */
  rank: z.number().int().min(1),
  /** Best centre score (0–1000) for one pack, or the sum of bests per pack centre-wide. */
  centreScore: z.number().int().min(0),
  /** Share of correct evidence over the rounds counted, 0–1; null when nothing was answered. */
  accuracy: z.number().min(0).max(1).nullable(),
  rounds: z.number().int().min(0),
};

export const playerStandingSchema = z.object({ ...standing, pseudonym: z.string(), avatar: z.string() }).strict();
export const teamStandingSchema = z.object({ ...standing, team: z.string() }).strict();
export type PlayerStanding = z.infer<typeof playerStandingSchema>;
export type TeamStanding = z.infer<typeof teamStandingSchema>;

const boardFields = {
  period: z.enum(LEADERBOARD_PERIODS),
  /** Start of the period (ISO, UTC), in the centre's time zone; null for all time. */
  since: z.iso.datetime().nullable(),
  pack: slug.nullable(),
  /** How many players (or teams) have a line, beyond those listed. */
  ranked: z.number().int().min(0),
  /** Seats played as guests in the period: counted, never listed. */
  guests: z.number().int().min(0),
};

export const leaderboardSchema = z.discriminatedUnion('by', [
  z.object({ ...boardFields, by: z.literal('player'), entries: z.array(playerStandingSchema), you: playerStandingSchema.nullable() }).strict(),
  z.object({ ...boardFields, by: z.literal('team'), entries: z.array(teamStandingSchema) }).strict(),
]);
export type Leaderboard = z.infer<typeof leaderboardSchema>;
