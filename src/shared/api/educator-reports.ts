import { z } from 'zod';
import { DEFAULT_LANGUAGE, LANGUAGES, localizedText } from '../languages';
import { avatarSchema } from './player-cards';
import { groupIdSchema } from './educator-groups';

/**
 * The reports of one group over a period: `GET /api/educator/groups/:groupId/reports/<report>`
 * with `?from=YYYY-MM-DD&to=YYYY-MM-DD` (days of the centre's time zone, both included; by default
 * the last 30 days) and `&format=csv` for the table as CSV (columns in docs/educator-guide.md).
 *
 * Accuracy is always correct ÷ answered, with `answered` and `items` (answered + unanswered)
 * beside it: an unanswered item never counts as wrong. Mastery is P(known) now, from every answer
 * the card ever gave (the period does not change it); `answers` is how many it rests on.
 */

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a day is written YYYY-MM-DD');

export const reportQuerySchema = z
  .object({
    from: day.optional(),
    to: day.optional(),
    format: z.enum(['json', 'csv']).default('json'),
    /** The language of the CSV's `objective_title` column (JSON carries every language). */
    lang: z.enum(LANGUAGES).default(DEFAULT_LANGUAGE),
  })
  .strict();
export type ReportQuery = z.input<typeof reportQuerySchema>;

export const reportParamsSchema = z.object({ groupId: groupIdSchema }).strict();
export const cardReportParamsSchema = z.object({ groupId: groupIdSchema, cardId: z.string().min(1).max(64) }).strict();

export const reportPeriodSchema = z
  .object({ from: day, to: day, fromAt: z.iso.datetime(), toAt: z.iso.datetime() })
  .strict();
export type ReportPeriod = z.infer<typeof reportPeriodSchema>;

/** correct, answered, items (answered + unanswered) and accuracy = correct ÷ answered (null when nothing was answered). */
export const answerCountsSchema = z
  .object({ correct: z.number().int(), answered: z.number().int(), items: z.number().int(), accuracy: z.number().nullable() })
  .strict();
export type AnswerCounts = z.infer<typeof answerCountsSchema>;

/**
 * The title of each objective a report names, in every language, by objective id: what the
 * dashboard shows where an educator would otherwise read an id. An objective whose pack has left
 * the catalogue has no title here (the id is all there is).
 */
export const objectiveTitlesSchema = z.record(z.string(), localizedText);
export type ObjectiveTitles = z.infer<typeof objectiveTitlesSchema>;

const cardRef = { cardId: z.string(), pseudonym: z.string(), avatar: avatarSchema };

/** Accuracy bands of the players who answered in the period: [min, max) in percent. */
export const ACCURACY_BANDS = [
  { id: 'below-50', min: 0, max: 50 },
  { id: '50-70', min: 50, max: 70 },
  { id: '70-85', min: 70, max: 85 },
  { id: '85-plus', min: 85, max: 101 },
] as const;

export const objectiveMasterySchema = z
  .object({
    objectiveId: z.string(),
    packId: z.string(),
    /** Cards of the group with a mastery of this objective, and how many have mastered it (P ≥ 0.95). */
    cards: z.number().int(),
    mastered: z.number().int(),
    meanPKnown: z.number(),
  })
  .strict();

/** `…/reports/overview`. `masteryByObjective` is null on a centre without the mastery tables. */
export const overviewSchema = z
  .object({
    groupId: groupIdSchema,
    period: reportPeriodSchema,
    cards: z.number().int(),
    /** Cards with at least one round in the period. */
    activeCards: z.number().int(),
    rounds: z.number().int(),
    seats: z.number().int(),
    answers: answerCountsSchema,
    bands: z.array(z.object({ id: z.string(), cards: z.number().int() }).strict()),
    masteryByObjective: z.array(objectiveMasterySchema).nullable(),
    objectiveTitles: objectiveTitlesSchema,
  })
  .strict();
export type Overview = z.infer<typeof overviewSchema>;

/**
 * `…/reports/heatmap`: cards × objectives as two matrices, a row per card (in `cards` order) and a
 * column per objective (in `objectives` order) — compact, so 1,000 × 50 cells stay a few hundred
 * kilobytes. `pKnown[c][o]` is P(known) to three decimals, null when the card has no mastery of the
 * objective; `answers[c][o]` is how many answers it rests on (0 for none).
 */
export const heatmapSchema = z
  .object({
    groupId: groupIdSchema,
    objectives: z.array(z.string()),
    cards: z.array(z.object(cardRef).strict()),
    pKnown: z.array(z.array(z.number().nullable())),
    answers: z.array(z.array(z.number().int())),
    objectiveTitles: objectiveTitlesSchema,
  })
  .strict();
export type Heatmap = z.infer<typeof heatmapSchema>;

export const QUESTION_FLAGS = ['almost-nobody-right', 'everybody-right', 'negative-discrimination'] as const;

/** One item's line: first attempts of the group's cards in the period. */
export const questionLineSchema = z
  .object({
    packId: z.string(),
    item: z.string(),
    objectiveId: z.string(),
    answered: z.number().int(),
    correct: z.number().int(),
    unanswered: z.number().int(),
    shareCorrect: z.number().nullable(),
    /** Point-biserial correlation of this item with the rest score; null below 5 players or without spread. */
    discrimination: z.number().nullable(),
    topWrongResponse: z.object({ response: z.string(), count: z.number().int() }).strict().nullable(),
    flags: z.array(z.enum(QUESTION_FLAGS)),
    toCheck: z.boolean(),
  })
  .strict();
export type QuestionLine = z.infer<typeof questionLineSchema>;

/** `…/reports/questions`: hardest first (lowest share correct). */
export const questionsSchema = z
  .object({ groupId: groupIdSchema, period: reportPeriodSchema, items: z.array(questionLineSchema), objectiveTitles: objectiveTitlesSchema })
  .strict();
export type Questions = z.infer<typeof questionsSchema>;

/** `…/reports/help`: cards with low mastery (P < 0.4) after enough answers (≥ 5), weakest first. */
export const helpSchema = z
  .object({
    groupId: groupIdSchema,
    threshold: z.object({ pKnownBelow: z.number(), minAnswers: z.number().int() }).strict(),
    cards: z.array(
      z
        .object({
          ...cardRef,
          objectives: z.array(z.object({ objectiveId: z.string(), pKnown: z.number(), answers: z.number().int() }).strict()),
        })
        .strict(),
    ),
    objectiveTitles: objectiveTitlesSchema,
  })
  .strict();
export type Help = z.infer<typeof helpSchema>;

/** `…/reports/cards/:cardId`: one card's rounds and mastery over the period. */
export const cardProgressSchema = z
  .object({
    groupId: groupIdSchema,
    period: reportPeriodSchema,
    card: z.object(cardRef).strict(),
    answers: answerCountsSchema,
    /** Per day with play: answers that day. */
    days: z.array(z.object({ day, ...answerCountsSchema.shape }).strict()),
    /** P(known) per objective after each round of the period that touched it (a line per objective). */
    masteryAfterRounds: z.array(
      z.object({ objectiveId: z.string(), points: z.array(z.object({ at: z.iso.datetime(), roundId: z.string(), pKnown: z.number() }).strict()) }).strict(),
    ),
    mastery: z.array(z.object({ objectiveId: z.string(), pKnown: z.number(), answers: z.number().int(), mastered: z.boolean() }).strict()),
    /** The last rounds of the period, newest first (at most 20). */
    lastRounds: z.array(
      z
        .object({
          roundId: z.string(),
          packId: z.string(),
          playedAt: z.iso.datetime(),
          points: z.number().int(),
          centreScore: z.number().int(),
          ...answerCountsSchema.shape,
        })
        .strict(),
    ),
    objectiveTitles: objectiveTitlesSchema,
  })
  .strict();
export type CardProgress = z.infer<typeof cardProgressSchema>;
