import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MiniGame } from '../../../src/sdk';
import { playRound, randomBot } from '../../../src/sdk/testing';
import { readPackFolder, type PackRules } from '../../../src/server/packs/pack-folder';
import { admitRound } from '../../../src/server/rounds/admit-round';
import type { Store } from '../../../src/server/store/store';
import { checkPack } from '../../../src/shared/pack/check-pack';
import type { ContentPack } from '../../../src/shared/pack/content-pack';
import type { RoundRecord } from '../../../src/shared/round/round-record';

/** Every mini-game of games/ and every pack of content/, as the centre ships them. */
export async function shippedPacks(): Promise<{ pack: ContentPack; game: MiniGame; rules: PackRules }[]> {
  const packIds = readdirSync('content').filter((id) => existsSync(join('content', id, 'pack.json'))).sort();
  const games = new Map<string, MiniGame>();
  const packs = [];
  for (const id of packIds) {
    const text = readFileSync(join('content', id, 'pack.json'), 'utf8');
    const gameId = (JSON.parse(text) as { game: string }).game;
    if (!games.has(gameId)) games.set(gameId, ((await import(`../../../games/${gameId}/index.ts`)) as { default: MiniGame }).default);
    const game = games.get(gameId)!;
    const checked = checkPack(`content/${id}/pack.json`, text, new Map([[gameId, game as never]]));
    if (!checked.ok) throw new Error(`content/${id}/pack.json is not a valid pack: ${JSON.stringify(checked.problems)}`);
    const folder = readPackFolder('content', id);
    if (folder.kind !== 'served') throw new Error(`content/${id} would not be served`);
    packs.push({ pack: checked.pack, game, rules: folder.rules });
  }
  return packs;
}

/**
 * A real round of `pack` played in Node by the kit: pad-0 with the game's best bot, pad-1 pressing
 * at random, pad-2 idle — so its evidence holds right, wrong and unanswered items. `cards` sign the
 * seats in, in order (undefined: a guest). The record is moved to end at `endedAt`.
 */
export function playedRound(
  entry: { pack: ContentPack; game: MiniGame },
  options: { seed: number; endedAt: number; cards?: readonly (string | undefined)[] },
): RoundRecord {
  const seats = Math.min(3, entry.pack.players.max, entry.game.players.max);
  const bots = [entry.game.bots?.best, entry.game.bots?.random ?? randomBot, undefined].slice(0, seats);
  const { record } = playRound(entry.game, entry.pack, { seats, seed: options.seed, bots: bots as never });
  const length = Date.parse(record.endedAt) - Date.parse(record.startedAt);
  return {
    ...record,
    startedAt: new Date(options.endedAt - length).toISOString(),
    endedAt: new Date(options.endedAt).toISOString(),
    seats: record.seats.map((seat, i) => (options.cards?.[i] ? { ...seat, playerCard: options.cards[i] } : seat)),
  };
}

/** Stores a record as the server does after `POST /api/rounds` (admitted against its pack, one transaction). */
export async function storeRound(store: Store, record: RoundRecord, rules: PackRules, screenId: string): Promise<void> {
  const admitted = admitRound(record, rules, { receivedAt: Date.parse(record.endedAt) + 1_000, screenId });
  if (!admitted.ok) throw new Error(`round of ${record.pack.id} refused: ${JSON.stringify(admitted.issues)}`);
  const saved = await store.saveRound(admitted.round);
  if (saved.outcome !== 'stored') throw new Error(`round of ${record.pack.id} not stored: ${saved.outcome}`);
}
