import { LANGUAGES, localizedText, z } from '../../src/sdk';
import { APPROACHES, JUNCTION_KINDS, WAYS } from './rules/priority';
import { isSignCode, isSignSpeed, signTakesSpeed } from './rules/signs';

/**
 * Longest texts, in characters, in every language, so they fit at 1920×1080 in large type: a rule
 * is one plain sentence across the feedback card (two lines at 48 px), a title one line of the
 * stage banner, an answer one line of its button.
 */
export const TEXT_LIMITS = { title: 40, rule: 120, prompt: 80, choice: 34, explain: 170 } as const;

const itemSlug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case letters, digits and single hyphens, like "stop-carrefour"');

const objectiveRef = z
  .string()
  .regex(/^(?:[a-z0-9-]+\/)?[a-z0-9]+(?:-[a-z0-9]+)*$/, 'name an objective of the pack, like "stop" or "priorites/stop"');

/** A pack text no longer than `max` characters in any language. */
function shortText(max: number, what: string) {
  return localizedText.superRefine((text, ctx) => {
    for (const language of LANGUAGES) {
      const length = text[language].trim().length;
      if (length > max) ctx.addIssue({ code: 'custom', path: [language], message: `${what} is ${length} characters long; keep it to ${max} or fewer` });
    }
  });
}

/** A sign by its official code; B14 and B33 also carry their speed (30 to 130 km/h). */
export const signRefSchema = z
  .object({
    code: z.string().refine(isSignCode, { message: 'not a sign code this game draws (see games/road-rules/README.md for the list)' }),
    kmh: z.number().int().optional(),
  })
  .strict()
  .superRefine((sign, ctx) => {
    if (!isSignCode(sign.code)) return;
    if (signTakesSpeed(sign.code)) {
      if (sign.kmh === undefined || !isSignSpeed(sign.kmh)) ctx.addIssue({ code: 'custom', path: ['kmh'], message: `${sign.code} needs a speed: 30, 40 … 130 km/h` });
    } else if (sign.kmh !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['kmh'], message: `${sign.code} carries no speed` });
    }
  });

const roadState = z.enum(['dry', 'wet']);

/** A sign standing beside the route, `atM` metres from the start. */
const placedSignSchema = z
  .object({
    code: z.string(),
    kmh: z.number().int().optional(),
    atM: z.number().min(0).max(400),
    side: z.enum(['right', 'left']).default('right'),
  })
  .strict()
  .transform((placed, ctx) => {
    const sign = signRefSchema.safeParse({ code: placed.code, ...(placed.kmh === undefined ? {} : { kmh: placed.kmh }) });
    if (!sign.success) {
      for (const issue of sign.error.issues) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
      return z.NEVER;
    }
    return { ...sign.data, atM: placed.atM, side: placed.side };
  });

/** A car on the crossing road; it appears when the seat is `triggerM` metres before its line. */
const trafficSchema = z
  .object({
    from: z.enum(APPROACHES),
    kmh: z.number().min(10).max(70).default(30),
    triggerM: z.number().min(15).max(150).default(45),
    /**
     * Seconds from its appearance to the junction. Left out, the car arrives when the seat would at
     * its speed then; set it to make a car come just after the seat's stop, or from far away.
     */
    arriveS: z.number().min(1).max(12).optional(),
  })
  .strict();

/**
 * Traffic lights. Starting green, they turn amber when the seat is `changeAtM` metres before the
 * line (so the lesson happens whatever the seat's speed). Red turns green once the seat has waited
 * `redS` seconds stopped.
 */
const lightSchema = z
  .object({
    start: z.enum(['green', 'red']),
    changeAtM: z.number().min(2).max(120).optional(),
    amberS: z.number().min(2).max(5).default(3),
    redS: z.number().min(1).max(10).default(4),
  })
  .strict();

const junctionSchema = z
  .object({
    /** Centre of the junction, metres from the start. */
    atM: z.number().min(30).max(380),
    kind: z.enum(JUNCTION_KINDS),
    /** The roads that leave the junction; a T-junction has no `straight`. */
    exits: z.array(z.enum(WAYS)).min(1).default(['left', 'straight', 'right']),
    /** Exits the seat must not take, and the sign that says so. */
    forbidden: z.array(z.enum(WAYS)).default([]),
    wayRuleSign: signRefSchema.optional(),
    traffic: z.array(trafficSchema).max(3).default([]),
    light: lightSchema.optional(),
  })
  .strict();

const crossingSchema = z
  .object({
    /** Centre of the pedestrian crossing, metres from the start. */
    atM: z.number().min(20).max(380),
    pedestrians: z
      .array(
        z
          .object({
            side: z.enum(['left', 'right']),
            /** The pedestrian steps to the kerb when the seat is this far from the crossing. */
            triggerM: z.number().min(15).max(120),
            /** Seconds at the kerb, showing they mean to cross, before stepping on the road. */
            waitS: z.number().min(0).max(5).default(1),
          })
          .strict(),
      )
      .max(3)
      .default([]),
  })
  .strict();

const stageBase = {
  /** Unique in the pack; recorded as the evidence's `item`. */
  id: itemSlug,
  objective: objectiveRef,
  /** The `id` of one of the pack's `sources`, where the rule is written. */
  source: itemSlug,
};

export const driveStageSchema = z
  .object({
    kind: z.literal('drive'),
    ...stageBase,
    title: shortText(TEXT_LIMITS.title, 'the title'),
    /** The rule, in one plain sentence, shown before the stage and after a mistake. */
    rule: shortText(TEXT_LIMITS.rule, 'the rule'),
    /** The sign the lesson is about, shown big with the rule. */
    sign: signRefSchema.optional(),
    startKmh: z.number().min(0).max(130).default(30),
    /** The limit in force before any sign of the route, e.g. 50 in town. */
    limitKmh: z.number().int().min(20).max(130).default(50),
    road: roadState.default('dry'),
    /** Where the route ends, metres from the start. */
    lengthM: z.number().min(40).max(400),
    timeLimitS: z.number().int().min(10).max(90).default(40),
    signs: z.array(placedSignSchema).max(8).default([]),
    junction: junctionSchema.optional(),
    crossing: crossingSchema.optional(),
  })
  .strict();

export const quizStageSchema = z
  .object({
    kind: z.literal('quiz'),
    ...stageBase,
    /** The sign asked about; a distance question may have none. */
    sign: signRefSchema.optional(),
    /** The question; "What does this sign mean?" when left out. */
    prompt: shortText(TEXT_LIMITS.prompt, 'the question').optional(),
    /** Four answers for A, B, X, Y; the round shuffles them. */
    choices: z.array(shortText(TEXT_LIMITS.choice, 'an answer')).length(4, 'a question has exactly four answers, for A, B, X and Y'),
    /** Index in `choices` of the right answer. */
    answer: z.number().int().min(0).max(3),
    /** One sentence shown after the answer: what the sign means, or how the distance is found. */
    explain: shortText(TEXT_LIMITS.explain, 'the explanation'),
    /** For a stopping-distance question, what is asked: the checker verifies the right answer's number. */
    distance: z.object({ kmh: z.number().int().min(20).max(130), road: roadState, ask: z.enum(['reaction', 'stopping']) }).strict().optional(),
    timeLimitS: z.number().int().min(8).max(40).default(15),
  })
  .strict();

export const brakeStageSchema = z
  .object({
    kind: z.literal('brake'),
    ...stageBase,
    title: shortText(TEXT_LIMITS.title, 'the title'),
    rule: shortText(TEXT_LIMITS.rule, 'the rule'),
    speedKmh: z.number().int().min(20).max(130),
    road: roadState,
    /** How far ahead the obstacle appears, metres. */
    obstacleM: z.number().min(5).max(300),
    /** Metres driven before the obstacle appears, plus up to `jitterM` more drawn by the round. */
    appearAfterM: z.number().min(20).max(200).default(40),
    jitterM: z.number().min(0).max(60).default(20),
    obstacle: z.enum(['ball', 'deer', 'box']).default('ball'),
    timeLimitS: z.number().int().min(10).max(60).default(25),
  })
  .strict();

export const stageSchema = z.discriminatedUnion('kind', [driveStageSchema, quizStageSchema, brakeStageSchema]);

export const roadRulesContentSchema = z
  .object({
    /** How many stages one round plays; all of them when left out. */
    stagesPerRound: z.number().int().min(1).max(20).optional(),
    /** `fixed` plays the stages in the pack's order (a lesson that builds up); `shuffle` draws them at random. */
    order: z.enum(['fixed', 'shuffle']).default('fixed'),
    stages: z.array(stageSchema).min(1, 'a pack needs at least one stage'),
  })
  .strict()
  .superRefine((content, ctx) => {
    if (content.stagesPerRound !== undefined && content.stagesPerRound > content.stages.length) {
      ctx.addIssue({ code: 'custom', path: ['stagesPerRound'], message: `a round plays ${content.stagesPerRound} stages but the pack has only ${content.stages.length}` });
    }
  });

export type RoadRulesContent = z.output<typeof roadRulesContentSchema>;
export type Stage = z.output<typeof stageSchema>;
export type DriveStage = z.output<typeof driveStageSchema>;
export type QuizStage = z.output<typeof quizStageSchema>;
export type BrakeStage = z.output<typeof brakeStageSchema>;
export type Junction = NonNullable<DriveStage['junction']>;
export type Crossing = NonNullable<DriveStage['crossing']>;
export type PlacedSign = DriveStage['signs'][number];
