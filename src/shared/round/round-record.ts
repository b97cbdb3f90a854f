import { z } from 'zod';
import { objectiveId, semver, slug } from '../ids';

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

/** One observation: seat × objective × item → correct or not. */
export const evidenceSchema = z
  .object({
    seat: seatId,
    objective: objectiveId,
    item: z.string().min(1).max(120),
    correct: z.boolean(),
    responseMs: z.number().int().min(0),
    attempt: z.number().int().min(1),
    atMs: z.number().int().min(0),
  })
  .strict();
export type Evidence = z.infer<typeof evidenceSchema>;

export const roundSeatSchema = z
  .object({
    seat: seatId,
    input: inputKind,
    /** The player card's id when the seat signed in; absent for a guest. */
    playerCard: z.string().min(1).max(64).optional(),
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
    seats: z.array(roundSeatSchema).min(1).max(8),
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
