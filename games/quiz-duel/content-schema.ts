import { LANGUAGES, localizedText, z, type ChoiceIndex } from '../../src/sdk';

/**
 * Longest texts, in characters, in every language. They keep a question readable from across the
 * hall at 1920×1080: the prompt fits in three lines at 56 px, an answer in two lines of its box,
 * the explanation in three lines of the reveal. French runs longest: check it first.
 */
export const TEXT_LIMITS = { prompt: 150, choice: 40, explanation: 220 } as const;

/** Bounds of the pack settings; together they keep a round under the mini-game's `maxDurationS`. */
export const ROUND_LIMITS = {
  questionsPerRound: { min: 1, max: 15 },
  answerTimeS: { min: 8, max: 40, default: 20 },
} as const;

const itemSlug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case letters, digits and single hyphens, like "sommeil-ados"');

/** A pack text no longer than `max` characters in any language. */
function shortText(max: number, what: string) {
  return localizedText.superRefine((text, ctx) => {
    for (const language of LANGUAGES) {
      const length = text[language].trim().length;
      if (length > max) {
        ctx.addIssue({ code: 'custom', path: [language], message: `${what} is ${length} characters long; keep it to ${max} or fewer` });
      }
    }
  });
}

export const questionSchema = z
  .object({
    /** Unique in the pack; recorded as the evidence's `item`, so keep it stable across versions. */
    id: itemSlug,
    /** The objective this question assesses: its slug (`sommeil`) or full id (`sante-sport/sommeil`). */
    objective: z
      .string()
      .regex(/^(?:[a-z0-9-]+\/)?[a-z0-9]+(?:-[a-z0-9]+)*$/, 'name an objective of the pack, like "sommeil" or "sante-sport/sommeil"'),
    prompt: shortText(TEXT_LIMITS.prompt, 'the question'),
    /** Exactly four, shown in this order on the buttons A, B, X, Y (never shuffled). */
    choices: z.array(shortText(TEXT_LIMITS.choice, 'an answer')).length(4, 'a question has exactly four answers, for A, B, X and Y'),
    /** Index of the right answer: 0 = A, 1 = B, 2 = X, 3 = Y. */
    answer: z
      .number()
      .int()
      .min(0, 'answer is 0 (A), 1 (B), 2 (X) or 3 (Y)')
      .max(3, 'answer is 0 (A), 1 (B), 2 (X) or 3 (Y)')
      // The checks above make it a face button; the type says so for the rules.
      .transform((answer) => answer as ChoiceIndex),
    /** One sentence shown at the reveal: the fact, as the source says it. */
    explanation: shortText(TEXT_LIMITS.explanation, 'the explanation'),
    /** The `id` of one of the pack's `sources`. */
    source: itemSlug,
  })
  .strict()
  .superRefine((question, ctx) => {
    for (const language of LANGUAGES) {
      const seen = new Map<string, number>();
      question.choices.forEach((choice, i) => {
        const key = choice[language].trim().toLowerCase();
        const first = seen.get(key);
        if (first !== undefined) {
          ctx.addIssue({ code: 'custom', path: ['choices', i, language], message: `the same answer as choice ${first}` });
        }
        seen.set(key, i);
      });
    }
  });

export const quizContentSchema = z
  .object({
    /** How many questions one round asks, drawn at random from `questions`. */
    questionsPerRound: z.number().int().min(ROUND_LIMITS.questionsPerRound.min).max(ROUND_LIMITS.questionsPerRound.max),
    /** Seconds every seat has to answer one question. */
    answerTimeS: z.number().int().min(ROUND_LIMITS.answerTimeS.min).max(ROUND_LIMITS.answerTimeS.max).default(ROUND_LIMITS.answerTimeS.default),
    questions: z.array(questionSchema).min(1, 'a quiz needs at least one question'),
  })
  .strict()
  .superRefine((content, ctx) => {
    if (content.questionsPerRound > content.questions.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['questionsPerRound'],
        message: `a round asks ${content.questionsPerRound} questions but the pack has only ${content.questions.length}`,
      });
    }
    const seen = new Map<string, number>();
    content.questions.forEach((question, i) => {
      const first = seen.get(question.id);
      if (first !== undefined) {
        ctx.addIssue({ code: 'custom', path: ['questions', i, 'id'], message: `"${question.id}" is already the id of questions[${first}]` });
      }
      seen.set(question.id, i);
    });
  });

export type Question = z.output<typeof questionSchema>;
export type QuizContent = z.output<typeof quizContentSchema>;
