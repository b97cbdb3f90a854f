import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkPack, type PackCheck, type PackGame } from '../../src/shared/pack/check-pack';
import { LANGUAGES } from '../../src/shared/languages';
import type { z } from '../../src/sdk';
import type { QuizContent } from './content-schema';
import { TEXT_LIMITS, type quizContentSchema } from './content-schema';
import quizDuel from './index';
import en from './locales/en.json';
import fr from './locales/fr.json';
import { maxPointsPerSeat } from './rules';

const PACK_FILE = fileURLToPath(new URL('../../content/sante-sport/pack.json', import.meta.url));
const PACK_TEXT = readFileSync(PACK_FILE, 'utf8');
const GAMES = new Map<string, PackGame>([[quizDuel.id, quizDuel]]);

// Edited as JSON, before the schema: answers are plain numbers there.
type PackJson = Record<string, unknown> & { data: z.input<typeof quizContentSchema>; maxPointsPerSeat: number; objectives: { id: string }[] };

function check(edit: (pack: PackJson) => void): PackCheck {
  const pack = JSON.parse(PACK_TEXT) as PackJson;
  edit(pack);
  return checkPack(PACK_FILE, JSON.stringify(pack), GAMES);
}

function problemsOf(result: PackCheck) {
  if (result.ok) throw new Error('expected the pack to be refused');
  return result.problems;
}

describe('the sante-sport pack', () => {
  const result = checkPack(PACK_FILE, PACK_TEXT, GAMES);
  /** The checked pack: a test that reads it fails, naming every problem, when the pack is refused. */
  const checked = () => {
    if (!result.ok) throw new Error(`the pack is refused: ${result.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
    return result.pack;
  };

  it('passes the pack checker with quiz-duel, with no problem', () => {
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it('has at least 24 questions over at least 3 objectives, each objective assessed', () => {
    const pack = checked();
    const content = pack.data as QuizContent;
    expect(content.questions.length).toBeGreaterThanOrEqual(24);
    expect(pack.objectives.length).toBeGreaterThanOrEqual(3);
  });

  it('puts the right answer on every button about as often, so guessing one button does not pay', () => {
    const { questions } = checked().data as QuizContent;
    const counts = [0, 0, 0, 0];
    questions.forEach((q) => counts[q.answer]!++);
    const fair = questions.length / 4;
    counts.forEach((count) => expect(Math.abs(count - fair)).toBeLessThanOrEqual(2));
  });

  it('declares the true maximum and suits players 10 to 18, 1 to 6 seats (30 with phones)', () => {
    const pack = checked();
    expect(pack.maxPointsPerSeat).toBe(maxPointsPerSeat((pack.data as QuizContent).questionsPerRound));
    expect(pack.ages).toEqual({ min: 10, max: 18 });
    expect(pack.players).toEqual({ min: 1, max: 6, maxWithPhones: 30 });
    expect(pack.licence).toBe('CC-BY-4.0');
  });
});

describe('broken variants of the pack', () => {
  it('names the path of a wrong maxPointsPerSeat and says the right figure', () => {
    const problems = problemsOf(check((pack) => (pack.maxPointsPerSeat = 1000)));
    expect(problems).toEqual([{ path: 'maxPointsPerSeat', message: expect.stringContaining('must be 1200') }]);
  });

  it('finds an undeclared objective and an undeclared source', () => {
    const problems = problemsOf(
      check((pack) => {
        pack.data.questions[3]!.objective = 'natation';
        pack.data.questions[5]!.source = 'wikipedia';
      }),
    );
    expect(problems.map((p) => p.path)).toEqual(['data.questions[3].objective', 'data.questions[5].source']);
  });

  it('finds a missing English text and an answer too long for its box', () => {
    const problems = problemsOf(
      check((pack) => {
        (pack.data.questions[0]!.prompt as Record<string, string>).en = ' ';
        pack.data.questions[2]!.choices[1]!.fr = 'x'.repeat(TEXT_LIMITS.choice + 1);
      }),
    );
    expect(problems.map((p) => p.path)).toEqual(['data.questions[0].prompt.en', 'data.questions[2].choices[1].fr']);
  });

  it('finds a question with three answers and a right answer that is not a button', () => {
    const problems = problemsOf(
      check((pack) => {
        pack.data.questions[1]!.choices.pop();
        pack.data.questions[4]!.answer = 4;
      }),
    );
    expect(problems.map((p) => p.path)).toEqual(['data.questions[1].choices', 'data.questions[4].answer']);
  });

  it('finds a duplicate question id and two identical answers', () => {
    const problems = problemsOf(
      check((pack) => {
        pack.data.questions[7]!.id = pack.data.questions[2]!.id;
        pack.data.questions[6]!.choices[3] = { ...pack.data.questions[6]!.choices[0]! };
      }),
    );
    expect(problems.map((p) => p.path).sort()).toEqual(['data.questions[6].choices[3].en', 'data.questions[6].choices[3].fr', 'data.questions[7].id']);
  });

  it('finds a round asking more questions than the pack has', () => {
    const problems = problemsOf(check((pack) => (pack.data.questions = pack.data.questions.slice(0, 5))));
    expect(problems.map((p) => p.path)).toContain('data.questionsPerRound');
  });

  it('finds an objective no question assesses', () => {
    const problems = problemsOf(
      check((pack) => pack.objectives.push({ id: 'sante-sport/natation', title: { fr: 'Nager', en: 'Swim' } } as { id: string })),
    );
    expect(problems).toEqual([{ path: 'objectives[5]', message: 'no item assesses "sante-sport/natation"' }]);
  });
});

describe('the quiz-duel texts', () => {
  it('have every key the scenes ask for', () => {
    const scenesDir = fileURLToPath(new URL('./scenes/', import.meta.url));
    const used = readdirSync(scenesDir)
      .filter((file) => file.endsWith('.ts'))
      .flatMap((file) => [...readFileSync(scenesDir + file, 'utf8').matchAll(/\bt\('([\w.]+)'/g)].map((m) => m[1]!));
    expect(used.length).toBeGreaterThan(0);
    for (const key of used) expect(Object.keys(fr), key).toContain(key);
  });

  it('have the same keys and placeholders in every language', () => {
    const locales: Record<string, Record<string, string>> = { fr, en };
    const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const language of LANGUAGES) {
      expect(Object.keys(locales[language]!).sort()).toEqual(Object.keys(fr).sort());
      for (const [key, text] of Object.entries(fr)) {
        expect(placeholders(locales[language]![key]!), `${language}: ${key}`).toEqual(placeholders(text));
      }
    }
  });
});
