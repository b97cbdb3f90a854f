import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineMiniGame, type MiniGame } from '../mini-game';
import { checkContentPack, checkMiniGame, checkRounds } from './index';
import type { ContentPack } from '../../shared/pack/content-pack';
import type { Rules } from '../rules/rules';

const definition = {
  id: 'demo-game',
  version: '1.0.0',
  sdk: 2,
  title: 'title',
  description: 'description',
  players: { min: 1, max: 4 },
  modes: ['versus'] as const,
  controls: ['choice4'] as const,
  controllerLayout: 'choice4' as const,
  contentSchema: z.object({ items: z.array(z.string()).min(1) }),
  rules: { setup: () => ({}), view: () => ({}), seatView: () => ({}) },
  scenes: async () => ({ default: [] }),
  maxDurationS: 300,
  locales: { fr: { title: 'Démo', description: 'Un jeu.', score: '{{n}} points' }, en: { title: 'Demo', description: 'A game.', score: '{{n}} points' } },
};

describe('conformance kit', () => {
  it('passes a well-made mini-game', () => {
    expect(checkMiniGame(defineMiniGame(definition))).toEqual([]);
  });

  it('finds a text missing in one language, and placeholders that differ', () => {
    const game = defineMiniGame({ ...definition, locales: { fr: { ...definition.locales.fr, extra: 'Encore' }, en: { ...definition.locales.en, score: '{{count}} points' } } });
    expect(checkMiniGame(game)).toEqual([
      'locales.en: no text for "extra" (it exists in fr)',
      'locales.en.score: its {{placeholders}} differ from the fr text',
    ]);
  });

  it('refuses a definition with a wrong field at once, naming it', () => {
    expect(() => defineMiniGame({ ...definition, id: 'Demo Game' })).toThrow(/id must be lower-case/);
    expect(() => defineMiniGame({ ...definition, sdk: 1 })).toThrow(/targets SDK 1; this centre runs SDK 2/);
    expect(() => defineMiniGame({ ...definition, rules: {} as never })).toThrow(/rules must give setup, view and seatView/);
    expect(() => defineMiniGame({ ...definition, players: { min: 3, max: 2 } })).toThrow(/players/);
  });

  it('holds defineMiniGame and the kit to the same maxDurationS rule: more than 0 s, at most one hour', () => {
    expect(() => defineMiniGame({ ...definition, maxDurationS: 0 })).toThrow(/maxDurationS must be more than 0 s and at most 3600 s/);
    expect(() => defineMiniGame({ ...definition, maxDurationS: 7200 })).toThrow(/maxDurationS must be more than 0 s and at most 3600 s \(one hour\); it is 7200/);
    expect(defineMiniGame({ ...definition, maxDurationS: 3600 }).maxDurationS).toBe(3600);
    // A definition built by hand, past defineMiniGame, meets the same rule in the kit.
    const game: MiniGame = defineMiniGame(definition);
    expect(checkMiniGame({ ...game, maxDurationS: 7200 })).toEqual(['maxDurationS: must be more than 0 s and at most 3600 s (one hour); it is 7200']);
  });

  it('checks a pack file against its mini-game', () => {
    const pack = {
      id: 'demo', version: '1.0.0', game: 'demo-game', title: { fr: 'a', en: 'a' }, description: { fr: 'a', en: 'a' },
      ages: { min: 10, max: 18 }, players: { min: 1, max: 4 }, durationS: 60,
      objectives: [{ id: 'demo/x', title: { fr: 'a', en: 'a' } }], maxPointsPerSeat: 10, licence: 'CC0-1.0', data: { items: [] },
    };
    expect(checkContentPack(defineMiniGame(definition), 'content/demo/pack.json', JSON.stringify(pack))).toEqual([
      { path: 'data.items', message: expect.stringMatching(/>=1|at least/) },
    ]);
  });

  it('refuses a maxWithPhones below max or above 30, naming it', () => {
    expect(() => defineMiniGame({ ...definition, players: { min: 1, max: 4, maxWithPhones: 3 } })).toThrow(/players\.maxWithPhones must be a whole number from max \(4\) to 30; it is 3/);
    expect(() => defineMiniGame({ ...definition, players: { min: 1, max: 4, maxWithPhones: 31 } })).toThrow(/players\.maxWithPhones/);
    expect(defineMiniGame({ ...definition, players: { min: 1, max: 4, maxWithPhones: 30 } }).players.maxWithPhones).toBe(30);
  });

  it('plays a game that takes a whole group once with 30 phone seats, and says when it breaks there', () => {
    // Gives every seat its one point and ends; past eight seats it throws, as a scene-minded rule might.
    const rules: Rules<unknown, { done: boolean }> = {
      setup: () => ({ done: false }),
      tick(state, ctx) {
        if (ctx.seats.length > 8) throw new Error(`no room for ${ctx.seats.length} seats`);
        for (const seat of ctx.seats) {
          ctx.evidence({ seat: seat.id, objective: 'x', item: 'i', outcome: 'correct', response: '0', responseMs: 0 });
          ctx.award(seat.id, 1, 'i');
        }
        ctx.end();
      },
      view: () => ({}),
      seatView: () => ({}),
    };
    const game = defineMiniGame({ ...definition, players: { min: 1, max: 4, maxWithPhones: 30 }, rules, bots: { best: () => [] } });
    const pack = {
      id: 'demo', version: '1.0.0', game: 'demo-game', title: { fr: 'a', en: 'a' }, description: { fr: 'a', en: 'a' }, ages: { min: 10, max: 18 },
      players: { min: 1, max: 4, maxWithPhones: 30 }, durationS: 60, objectives: [{ id: 'demo/x', title: { fr: 'a', en: 'a' } }], maxPointsPerSeat: 1, licence: 'CC0-1.0', data: { items: ['a'] },
    } as unknown as ContentPack;
    expect(checkRounds(game, pack, { randomRounds: 4 })).toEqual([
      { path: 'rounds.best[30 phone seats, seed 1]', message: 'the rules threw: no room for 30 seats (and in 1 more rounds)' },
    ]);
    // Without maxWithPhones on the pack, the kit stays within the local seats.
    expect(checkRounds(game, { ...pack, players: { min: 1, max: 4 } }, { randomRounds: 4 })).toEqual([]);
  });
});
