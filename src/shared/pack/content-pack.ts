import { z } from 'zod';
import { localizedText } from '../languages';
import { objectiveId, semver, slug } from '../ids';

/**
 * Bayesian Knowledge Tracing parameters of one objective (Corbett & Anderson 1995). Each is a
 * probability; what a pack leaves out takes the centre's defaults when mastery is derived.
 */
export const bktParameters = z
  .object({
    pInit: z.number().min(0).max(1),
    pLearn: z.number().min(0).max(1),
    pGuess: z.number().min(0).max(0.5),
    pSlip: z.number().min(0).max(0.5),
  })
  .partial()
  .strict();

/** What a content pack assesses. */
export const objectiveSchema = z
  .object({
    id: objectiveId,
    title: localizedText,
    /** A curriculum reference, e.g. "ASSR 1 — signalisation" or "cycle 3 — géographie". */
    curriculum: z.string().min(1).optional(),
    bkt: bktParameters.optional(),
  })
  .strict();

/** A public reference that a pack's facts come from; items cite it by `id`. */
export const sourceSchema = z
  .object({
    id: slug,
    publisher: z.string().min(1),
    title: z.string().min(1),
    url: z.url(),
  })
  .strict();

/** Who made a media file of the pack, and under which licence it ships. */
export const creditSchema = z
  .object({
    what: z.string().min(1),
    author: z.string().min(1),
    licence: z.string().min(1),
    url: z.url().optional(),
  })
  .strict();

const range = (min: number, max: number) =>
  z
    .object({ min: z.number().int().min(min).max(max), max: z.number().int().min(min).max(max) })
    .strict()
    .refine((r) => r.min <= r.max, { message: 'min is above max' });

/** The most seats a round can have: a whole class on phones (issue 12). */
export const MAX_GROUP_SEATS = 30;

/**
 * How many play a pack: `min`–`max` with pads and keyboards; `maxWithPhones`, when the pack's
 * mini-game allows it, is the limit once phones are in the lobby (a whole group on one quiz).
 */
const playersRange = z
  .object({
    min: z.number().int().min(1).max(8),
    max: z.number().int().min(1).max(8),
    maxWithPhones: z.number().int().min(1).max(MAX_GROUP_SEATS).optional(),
  })
  .strict()
  .refine((r) => r.min <= r.max, { message: 'min is above max' })
  .refine((r) => r.maxWithPhones === undefined || r.maxWithPhones >= r.max, { message: 'maxWithPhones is below max', path: ['maxWithPhones'] });

/**
 * `content/<pack-id>/pack.json`: the playable unit of the catalogue. `data` is checked separately
 * against the schema its mini-game declares.
 */
/** Evidence one seat may give in one round when its pack does not say (`evidencePerSeat`). */
export const DEFAULT_EVIDENCE_PER_SEAT = 100;

export const contentPackSchema = z
  .object({
    $schema: z.string().optional(),
    id: slug,
    version: semver,
    game: slug,
    title: localizedText,
    description: localizedText,
    ages: range(6, 99),
    players: playersRange,
    /** About how long one round lasts, for the catalogue. */
    durationS: z.number().int().min(10).max(3600),
    objectives: z.array(objectiveSchema).min(1, 'a pack assesses at least one objective'),
    /** The most game points one seat can make in one round; the server refuses rounds above it. */
    maxPointsPerSeat: z.number().int().positive(),
    /**
     * The most evidence one seat can give in one round (items asked × attempts). The server refuses
     * rounds above it; without it, a round may carry 100 per seat. Score lines: twice as many.
     */
    evidencePerSeat: z.number().int().positive().max(1000).optional(),
    sources: z.array(sourceSchema).default([]),
    credits: z.array(creditSchema).default([]),
    licence: z.string().min(1),
    data: z.unknown(),
  })
  .strict()
  .superRefine((pack, ctx) => {
    const seen = new Set<string>();
    pack.objectives.forEach((objective, i) => {
      if (!objective.id.startsWith(`${pack.id}/`)) {
        ctx.addIssue({
          code: 'custom',
          path: ['objectives', i, 'id'],
          message: `an objective of pack "${pack.id}" must start with "${pack.id}/"`,
        });
      }
      if (seen.has(objective.id)) {
        ctx.addIssue({ code: 'custom', path: ['objectives', i, 'id'], message: `"${objective.id}" is declared twice` });
      }
      seen.add(objective.id);
    });
    const sources = new Set<string>();
    pack.sources.forEach((source, i) => {
      if (sources.has(source.id)) {
        ctx.addIssue({ code: 'custom', path: ['sources', i, 'id'], message: `"${source.id}" is declared twice` });
      }
      sources.add(source.id);
    });
  });

export type ContentPackInput = z.input<typeof contentPackSchema>;
/** A pack whose envelope is valid; `data` is typed by its mini-game once checked. */
export type ContentPack<Data = unknown> = Omit<z.infer<typeof contentPackSchema>, 'data'> & { data: Data };
export type Objective = z.infer<typeof objectiveSchema>;
