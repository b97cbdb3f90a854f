import { z } from 'zod';
import { objectiveId, semver, slug } from '../ids';
import { MAX_GROUP_SEATS } from '../pack/content-pack';

/** How a round came to an end. */
export const END_REASONS = ['complete', 'timeout', 'quit', 'error'] as const;
export const endReason = z.enum(END_REASONS);
export type EndReason = z.infer<typeof endReason>;

export const INPUT_KINDS = ['pad', 'keyboard', 'phone'] as const;
export const inputKind = z.enum(INPUT_KINDS);
export type InputKind = z.infer<typeof inputKind>;

/** A seat id within one round, e.g. `pad-0`, `kb-left`, `phone-3f2a`. */
export const seatId = z.string().regex(/^[a-z]+-[a-z0-9]+$/, 'a seat id looks like "pad-0" or "kb-left"');

/** Game points given to a seat, with why; `atMs` is round time. */
export const scoreLineSchema = z
  .object({
    seat: seatId,
    points: z.number().int(),
    reason: z.string().min(1).max(120),
    atMs: z.number().int().min(0),
  })
  .strict();
export type ScoreLine = z.infer<typeof scoreLineSchema>;

/** What one seat did with one item: `unanswered` never counts as wrong (accuracy = correct ÷ answered). */
export const OUTCOMES = ['correct', 'wrong', 'unanswered'] as const;
export const outcome = z.enum(OUTCOMES);
export type Outcome = z.infer<typeof outcome>;

/** One observation: seat × objective × item → correct, wrong or unanswered. */
const evidenceShape = z
  .object({
    seat: seatId,
    objective: objectiveId,
    item: z.string().min(1).max(120),
    outcome,
    /** The answer given, as the mini-game names it, so reports show which wrong answer was chosen. */
    response: z.string().min(1).max(120).optional(),
    /** From the item opening to the answer; absent when unanswered. */
    responseMs: z.number().int().min(0).optional(),
    attempt: z.number().int().min(1),
    atMs: z.number().int().min(0),
  })
  .strict()
  .superRefine((e, ctx) => {
    if (e.outcome === 'unanswered' && (e.response !== undefined || e.responseMs !== undefined)) {
      ctx.addIssue({ code: 'custom', path: ['outcome'], message: 'an unanswered item has no response nor responseMs' });
    }
  });

/**
 * Screens built before SDK 2 sent `correct: true|false` (and counted no answer as wrong); their
 * records may still wait in an outbox. They are read as `correct` / `wrong`, then checked as any.
 */
function fromSdk1(value: unknown): unknown {
  if (!value || typeof value !== 'object' || 'outcome' in value || typeof (value as { correct?: unknown }).correct !== 'boolean') return value;
  const { correct, ...rest } = value as { correct: boolean };
  return { ...rest, outcome: correct ? 'correct' : 'wrong' };
}

export const evidenceSchema = z.preprocess(fromSdk1, evidenceShape);
export type Evidence = z.infer<typeof evidenceSchema>;

export const roundSeatSchema = z
  .object({
    seat: seatId,
    input: inputKind,
    /** The player card's id when the seat signed in; absent for a guest. */
    playerCard: z.string().min(1).max(64).optional(),
    /**
     * With `playerCard`: the seat token the server gave this screen when the seat signed in with
     * the card's code (`POST /api/seat-tokens`). The server refuses a card without it (403).
     */
    seatToken: z.string().min(32).max(128).optional(),
    team: z.string().min(1).max(40).optional(),
  })
  .strict();
export type RoundSeat = z.infer<typeof roundSeatSchema>;

/** What a screen sends after every round (see docs/architecture.md, "After a round"). */
export const roundRecordSchema = z
  .object({
    id: z.uuid(),
    pack: z.object({ id: slug, version: semver }).strict(),
    game: z.object({ id: slug, version: semver }).strict(),
    sdk: z.number().int().min(1),
    seed: z.number().int().min(0).max(0xffffffff),
    screen: z.string().min(1).max(64),
    startedAt: z.iso.datetime(),
    endedAt: z.iso.datetime(),
    endReason,
    /** Up to eight local seats, or a whole group when phones play (`input: 'phone'` says which seats were phones). */
    seats: z.array(roundSeatSchema).min(1).max(MAX_GROUP_SEATS),
    scoreLines: z.array(scoreLineSchema).max(10_000),
    evidence: z.array(evidenceSchema).max(10_000),
  })
  .strict()
  .superRefine((round, ctx) => {
    const seats = new Set(round.seats.map((s) => s.seat));
    if (seats.size !== round.seats.length) ctx.addIssue({ code: 'custom', path: ['seats'], message: 'a seat appears twice' });
    round.scoreLines.forEach((line, i) => {
      if (!seats.has(line.seat)) ctx.addIssue({ code: 'custom', path: ['scoreLines', i, 'seat'], message: `"${line.seat}" is not a seat of this round` });
    });
    round.evidence.forEach((e, i) => {
      if (!seats.has(e.seat)) ctx.addIssue({ code: 'custom', path: ['evidence', i, 'seat'], message: `"${e.seat}" is not a seat of this round` });
    });
    if (Date.parse(round.endedAt) < Date.parse(round.startedAt)) {
      ctx.addIssue({ code: 'custom', path: ['endedAt'], message: 'the round ends before it starts' });
    }
  });
export type RoundRecord = z.infer<typeof roundRecordSchema>;
