import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContentPack, checkMiniGame, checkRounds } from '../../src/sdk/testing';
import { checkPack } from '../../src/shared/pack/check-pack';
import type { MiniGame } from '../../src/sdk';

/** The conformance kit over every mini-game in games/ and every content pack in content/. */
const gameIds = readdirSync('games').filter((id) => existsSync(join('games', id, 'index.ts')));
const games = new Map<string, MiniGame>();
for (const id of gameIds) games.set(id, ((await import(`../../games/${id}/index.ts`)) as { default: MiniGame }).default);
const packIds = readdirSync('content').filter((id) => existsSync(join('content', id, 'pack.json')));

describe.each(gameIds)('mini-game %s', (id) => {
  const game = games.get(id)!;
  it('conforms to the SDK', () => expect(checkMiniGame(game)).toEqual([]));
  it('sits in the folder named after its id', () => expect(game.id).toBe(id));
  it('has a README for studios and educators', () => expect(existsSync(join('games', id, 'README.md'))).toBe(true));
  it('plays at least one content pack', () => {
    const packs = packIds.filter((p) => JSON.parse(readFileSync(join('content', p, 'pack.json'), 'utf8')).game === id);
    expect(packs.length).toBeGreaterThan(0);
  });
});

describe.each(packIds)('content pack %s', (id) => {
  const file = join('content', id, 'pack.json');
  const text = readFileSync(file, 'utf8');
  const gameId = (JSON.parse(text) as { game: string }).game;
  it('names an installed mini-game', () => expect([...games.keys()]).toContain(gameId));
  it('passes the conformance kit', () => expect(checkContentPack(games.get(gameId)!, file, text)).toEqual([]));
  // Up to 1,000 random rounds within 15 s a pack here (a road-rules round of random drivers runs
  // every stage to its limit); `npm run ludocite -- check` plays the full 1,000.
  it('plays in Node: best play reaches maxPointsPerSeat, rounds end in time, replays agree, random rounds throw nothing', () => {
    const game = games.get(gameId)!;
    const checked = checkPack(file, text, new Map([[gameId, game as never]]));
    if (!checked.ok) throw new Error(`${file} is not a valid pack: ${checked.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
    let played = 0;
    expect(checkRounds(game, checked.pack, { budgetMs: 15_000, onRandomRounds: (n) => (played = n) })).toEqual([]);
    expect(played).toBeGreaterThanOrEqual(20);
  }, 120_000);
});
