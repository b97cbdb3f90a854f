import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { checkPack, formatPath, type PackGame } from './check-pack';

const game: PackGame = {
  id: 'demo-game',
  players: { min: 1, max: 4 },
  contentSchema: z.object({ questions: z.array(z.object({ id: z.string(), prompt: z.object({ fr: z.string(), en: z.string() }) })).min(1) }),
  checkContent: (pack) =>
    (pack.data as { questions: { id: string }[] }).questions.some((q) => q.id === 'dup') ? [{ path: 'data.questions', message: 'duplicate' }] : [],
};
const games = new Map([[game.id, game]]);

function pack(overrides: Record<string, unknown> = {}) {
  return {
    id: 'demo',
    version: '1.0.0',
    game: 'demo-game',
    title: { fr: 'Démo', en: 'Demo' },
    description: { fr: 'Un pack.', en: 'A pack.' },
    ages: { min: 10, max: 18 },
    players: { min: 1, max: 4 },
    durationS: 120,
    objectives: [{ id: 'demo/first', title: { fr: 'Premier', en: 'First' } }],
    maxPointsPerSeat: 100,
    licence: 'CC-BY-4.0',
    data: { questions: [{ id: 'q1', prompt: { fr: 'Oui ?', en: 'Yes?' } }] },
    ...overrides,
  };
}
const check = (value: unknown, file = 'content/demo/pack.json') => checkPack(file, JSON.stringify(value), games);
const paths = (result: ReturnType<typeof checkPack>) => (result.ok ? [] : result.problems.map((p) => p.path));

describe('checkPack', () => {
  it('accepts a good pack and returns its parsed data', () => {
    const result = check(pack());
    expect(result.ok).toBe(true);
  });

  it('reports a JSON syntax error without throwing', () => {
    const result = checkPack('content/demo/pack.json', '{ "id": ', games);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems[0]!.message).toMatch(/not valid JSON/);
  });

  it('names every wrong field by its path, envelope and data together', () => {
    const result = check(pack({ version: '1.0', title: { fr: 'Démo' }, data: { questions: [{ id: 'q1', prompt: { fr: 'Oui ?' } }] } }));
    expect(paths(result)).toEqual(expect.arrayContaining(['version', 'title.en', 'data.questions[0].prompt.en']));
  });

  it('refuses an objective of another pack, and a duplicate', () => {
    const objectives = [
      { id: 'other/first', title: { fr: 'a', en: 'a' } },
      { id: 'demo/x', title: { fr: 'a', en: 'a' } },
      { id: 'demo/x', title: { fr: 'a', en: 'a' } },
    ];
    expect(paths(check(pack({ objectives })))).toEqual(['objectives[0].id', 'objectives[2].id']);
  });

  it('refuses an unknown mini-game, naming the installed ones', () => {
    const result = check(pack({ game: 'nope' }));
    expect(!result.ok && result.problems[0]!.message).toMatch(/no mini-game "nope".*demo-game/);
  });

  it('refuses more players than the mini-game supports', () => {
    expect(paths(check(pack({ players: { min: 1, max: 6 } })))).toEqual(['players']);
  });

  it('refuses a maxWithPhones the mini-game does not declare or below max', () => {
    expect(check(pack({ players: { min: 1, max: 4, maxWithPhones: 30 } }))).toMatchObject({ ok: false, problems: [{ path: 'players.maxWithPhones', message: expect.stringMatching(/more than "demo-game" supports \(4: it declares no players.maxWithPhones\)/) }] });
    expect(paths(check(pack({ players: { min: 1, max: 4, maxWithPhones: 3 } })))).toEqual(['players.maxWithPhones']);
  });

  it("runs the mini-game's own cross-checks", () => {
    expect(paths(check(pack({ data: { questions: [{ id: 'dup', prompt: { fr: 'a', en: 'b' } }] } })))).toEqual(['data.questions']);
  });

  it('wants the folder named after the pack id', () => {
    expect(paths(check(pack(), 'content/other/pack.json'))).toEqual(['id']);
  });

  it('formats paths the way a reader writes them', () => {
    expect(formatPath(['data', 'questions', 3, 'prompt', 'en'])).toBe('data.questions[3].prompt.en');
    expect(formatPath([])).toBe('(the whole file)');
  });
});
