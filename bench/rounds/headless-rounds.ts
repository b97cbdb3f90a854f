import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { ContentPack } from '../../src/shared/pack/content-pack';
import { median } from '../stats';
import { bundledGame, type BundledGame } from './bundled-game';

/**
 * Headless rounds: one full 4-seat round of every shipped pack, played in Node by `playRound`
 * with the game's best bot on every seat. Goal: under 50 ms a round (median), so the kit's
 * thousand-round checks and simulated classes stay cheap. Each round is timed twice: wall time,
 * and the process's CPU time, which on a shared machine leaves out the time other work held the
 * core; the goal is judged on CPU time, the round's own cost. Rounds per second: rounds played
 * one after the other over the wall time they took.
 */
const SEATS = 4;
const GOAL_MS = 50;
/** Rounds timed per pack, after untimed warm-up ones (JIT): enough for a steady median. */
const ROUNDS = 30;
const WARM_UP = 3;

const firstLine = (error: unknown) => (error instanceof Error ? error.message : String(error)).split('\n')[0]!;

/** Every game of games/ with the kit, or why it cannot be played (one being migrated, say). */
async function loadGames(): Promise<Map<string, BundledGame | { why: string }>> {
  const games = new Map<string, BundledGame | { why: string }>();
  for (const id of readdirSync('games').filter((g) => existsSync(join('games', g, 'index.ts')))) {
    try {
      games.set(id, await bundledGame(id));
    } catch (error) {
      games.set(id, { why: `its definition does not load: ${firstLine(error)}` });
    }
  }
  return games;
}

type Ready = { kit: BundledGame; pack: ContentPack };

/** The pack, checked against its game, with a best bot to play it; or why it cannot be timed. */
function prepare(file: string, games: Map<string, BundledGame | { why: string }>): Ready | { why: string } {
  const text = readFileSync(file, 'utf8');
  const gameId = (JSON.parse(text) as { game?: unknown }).game;
  const kit = typeof gameId === 'string' ? games.get(gameId) : undefined;
  if (!kit) return { why: `no mini-game ${JSON.stringify(gameId)} in games/` };
  if ('why' in kit) return kit;
  if (!kit.game.bots?.best) return { why: `${kit.game.id} declares no best bot` };
  const checked = kit.checkPack(file, text, new Map([[kit.game.id, kit.game as never]]));
  if (!checked.ok) return { why: `the pack does not check: ${checked.problems.slice(0, 2).map((p) => `${p.path}: ${p.message}`).join('; ')}` };
  return { kit, pack: checked.pack };
}

/** Times ROUNDS rounds (seeds 1…) after WARM_UP untimed ones; each must end by its rules. */
function timeRounds({ kit, pack }: Ready): { wall: number[]; cpu: number[]; totalMs: number } {
  const play = (seed: number) => {
    const played = kit.playRound(kit.game, pack, { seats: SEATS, seed, bots: kit.game.bots!.best! });
    if (played.endReason !== 'complete') throw new Error(`the round of seed ${seed} ended by ${played.endReason}, not by its rules`);
  };
  for (let seed = 1001; seed <= 1000 + WARM_UP; seed++) play(seed);
  const wall: number[] = [];
  const cpu: number[] = [];
  const start = performance.now();
  for (let seed = 1; seed <= ROUNDS; seed++) {
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    play(seed);
    wall.push(performance.now() - t0);
    const used = process.cpuUsage(cpu0);
    cpu.push((used.user + used.system) / 1000);
  }
  return { wall, cpu, totalMs: performance.now() - start };
}

export async function headlessRounds(): Promise<{ met: boolean }> {
  const games = await loadGames();
  const packs = readdirSync('content').filter((id) => existsSync(join('content', id, 'pack.json')));
  let met = true;
  console.log(`one full ${SEATS}-seat round per pack, best bot on every seat, median of ${ROUNDS} after ${WARM_UP} warm-up rounds:`);
  for (const id of packs) {
    const ready = prepare(join('content', id, 'pack.json'), games);
    const name = id.padEnd(22);
    if ('why' in ready) {
      met = false;
      console.log(`  ${name} not measured (${ready.why})`);
      continue;
    }
    try {
      const { wall, cpu, totalMs } = timeRounds(ready);
      const cpuMs = median(cpu);
      met &&= cpuMs < GOAL_MS;
      const perSecond = (wall.length * 1000) / totalMs;
      console.log(
        `  ${name} ${ready.kit.game.id.padEnd(11)} ${cpuMs.toFixed(2)} ms CPU (wall ${median(wall).toFixed(2)} ms, slowest ${Math.max(...wall).toFixed(1)}), ` +
          `${perSecond.toFixed(0)} rounds/s — goal < ${GOAL_MS} ms: ${cpuMs < GOAL_MS ? 'met' : 'NOT met'}`,
      );
    } catch (error) {
      met = false;
      console.log(`  ${name} not measured (a round threw: ${firstLine(error)})`);
    }
  }
  return { met };
}
