import { localizedText, z } from '../../src/sdk';
import { lonLatSchema, mapSchema } from './map-schema';

const itemId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case letters, digits and single hyphens, like "tour-eiffel"');
const arrondissementNumber = z.number().int().min(1, 'arrondissements are numbered 1 to 20').max(20, 'arrondissements are numbered 1 to 20');

/** A place players learn to find. */
export const placeSchema = z
  .object({
    id: itemId,
    /** With its article, as it reads inside a sentence: "la tour Eiffel" / "the Eiffel Tower". */
    name: localizedText,
    /** `[lon, lat]` from the cited source, right to about 50 m. */
    at: lonLatSchema,
    arrondissement: arrondissementNumber,
    /** Other arrondissements it straddles (a place on a boundary, like the Arc de triomphe). */
    alsoIn: z.array(arrondissementNumber).optional(),
    /** One short true fact, shown when the place is revealed. */
    fact: localizedText,
    /** The id of the pack source its coordinates and fact come from. */
    source: itemId,
  })
  .strict();

/** Something on the map a question can point at: a place of the pack, or an arrondissement. */
export const spotSchema = z.union([
  z.object({ place: itemId }).strict(),
  z.object({ arrondissement: arrondissementNumber }).strict(),
]);

export const DIRECTIONS = ['north', 'east', 'south', 'west'] as const;
export const directionSchema = z.enum(DIRECTIONS);

const common = {
  id: itemId,
  /** The objective slug (or full id) the answer is evidence for. */
  objective: z.string().min(1),
  /** Replaces the game's default question text. */
  prompt: localizedText.optional(),
  /** Shown at the reveal; a locate question shows its place's fact when this is absent. */
  fact: localizedText.optional(),
};

export const questionSchema = z.discriminatedUnion('kind', [
  /** Move your marker onto a place. */
  z.object({ kind: z.literal('locate'), place: itemId, ...common }).strict(),
  /** Move your marker into an arrondissement. */
  z.object({ kind: z.literal('arrondissement'), number: arrondissementNumber, ...common }).strict(),
  /** Which way is the subject from the reference (or which bank of the Seine is it on)? Answered with the face buttons. */
  z
    .object({
      kind: z.literal('direction'),
      subject: spotSchema,
      reference: z.union([spotSchema, z.literal('seine')]),
      choices: z.array(directionSchema).min(2).max(4),
      answer: directionSchema,
      ...common,
      prompt: localizedText,
    })
    .strict(),
  /** Which of these places is closest to the reference? Answered with the face buttons. */
  z
    .object({
      kind: z.literal('closer'),
      reference: itemId,
      options: z.array(itemId).min(2).max(4),
      answer: itemId,
      ...common,
      prompt: localizedText,
    })
    .strict(),
]);

/** `data` of a map-quest content pack. */
export const contentSchema = z
  .object({
    /** Parts of the map replacing the game's schematic (e.g. official arrondissement outlines). */
    map: mapSchema.partial().optional(),
    /** Optional map layers. */
    layers: z
      .object({
        axes: z.boolean().default(false),
        parks: z.boolean().default(false),
        /** The spiral of the arrondissement numbers, drawn at each reveal. */
        snail: z.boolean().default(false),
        /** Arrondissement numbers on the map all the time, or only at the reveal (when the pack asks players to find them). */
        numbers: z.enum(['always', 'reveal']).default('always'),
      })
      .strict()
      .default({ axes: false, parks: false, snail: false, numbers: 'always' }),
    round: z
      .object({
        /** Questions asked in one round, drawn from `questions`. */
        questions: z.number().int().min(1).max(20),
        /** How long seats have to answer. */
        answerSeconds: z.number().int().min(5).max(120),
        /** How long the true answer stays on screen. */
        revealSeconds: z.number().int().min(2).max(30),
      })
      .strict(),
    scoring: z
      .object({
        /** Points for a marker within `fullWithinM` of the place, or a right choice (before the bonus). */
        maxPoints: z.number().int().positive(),
        /** Added for a marker in the right arrondissement, and to every right choice, so all questions weigh the same. */
        arrondissementBonus: z.number().int().min(0),
        fullWithinM: z.number().min(0),
        /** No distance points beyond this; points fall in a straight line in between. */
        zeroBeyondM: z.number().positive(),
      })
      .strict()
      .refine((s) => s.zeroBeyondM > s.fullWithinM, { message: 'zeroBeyondM must be more than fullWithinM' }),
    /** When a locate answer counts as right for the learning record. */
    correctWhen: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('distance'), withinM: z.number().positive() }).strict(),
      z.object({ kind: z.literal('arrondissement') }).strict(),
    ]),
    places: z.array(placeSchema).default([]),
    questions: z.array(questionSchema).min(1, 'a pack asks at least one question'),
  })
  .strict();

export type MapQuestContent = z.output<typeof contentSchema>;
export type Place = z.output<typeof placeSchema>;
export type Question = z.output<typeof questionSchema>;
export type Spot = z.output<typeof spotSchema>;
export type Direction = z.output<typeof directionSchema>;
export type Scoring = MapQuestContent['scoring'];
export type CorrectWhen = MapQuestContent['correctWhen'];
