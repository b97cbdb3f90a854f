import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PackRules } from '../../src/server/packs/pack-catalogue';
import type { ContentPackInput } from '../../src/shared/pack/content-pack';
import type { RoundRecord } from '../../src/shared/round/round-record';

export const BENCH_PACK = 'bench-pack';
const OBJECTIVES = ['hydratation', 'echauffement', 'sommeil', 'nutrition'].map((slug) => `${BENCH_PACK}/${slug}`);

export const benchPackRules: PackRules = {
  id: BENCH_PACK,
  version: '1.0.0',
  game: 'quiz',
  maxPointsPerSeat: 1000,
  players: { min: 1, max: 4 },
  objectives: new Set(OBJECTIVES),
};

/** Writes the bench pack's envelope where the server reads packs. */
export function writeBenchPack(contentDir: string): void {
  const pack: ContentPackInput = {
    id: BENCH_PACK,
    version: '1.0.0',
    game: 'quiz',
    title: { fr: 'Banc', en: 'Bench' },
    description: { fr: 'Banc', en: 'Bench' },
    ages: { min: 10, max: 18 },
    players: { min: 1, max: 4 },
    durationS: 120,
    objectives: OBJECTIVES.map((id) => ({ id, title: { fr: id, en: id } })),
    maxPointsPerSeat: 1000,
    licence: 'CC0-1.0',
    data: {},
  };
  mkdirSync(join(contentDir, BENCH_PACK), { recursive: true });
  writeFileSync(join(contentDir, BENCH_PACK, 'pack.json'), JSON.stringify(pack));
}

/** Round `n` of the bench: 4 guest seats, 20 score lines, `evidencePerRound` observations. */
export function benchRound(n: number, evidencePerRound: number): RoundRecord {
  const seats = ['pad-0', 'pad-1', 'pad-2', 'pad-3'];
  const ended = Date.parse('2025-03-12T10:00:00Z') + n * 1000;
  const hex = n.toString(16).padStart(12, '0');
  return {
    id: `00000000-0000-4000-8000-${hex}`,
    pack: { id: BENCH_PACK, version: '1.0.0' },
    game: { id: 'quiz', version: '1.0.0' },
    sdk: 1,
    seed: n,
    screen: `screen-${n % 4}`,
    startedAt: new Date(ended - 120_000).toISOString(),
    endedAt: new Date(ended).toISOString(),
    endReason: 'complete',
    seats: seats.map((seat) => ({ seat, input: 'pad' })),
    scoreLines: Array.from({ length: 20 }, (_, i) => ({ seat: seats[i % 4]!, points: 10, reason: 'answer', atMs: i * 1000 })),
    evidence: Array.from({ length: evidencePerRound }, (_, i) => ({
      seat: seats[i % 4]!,
      objective: OBJECTIVES[i % OBJECTIVES.length]!,
      item: `q${i}`,
      outcome: (i + n) % 3 !== 0 ? ('correct' as const) : ('wrong' as const),
      response: String(i % 4),
      responseMs: 800 + ((i * 37) % 4000),
      attempt: 1,
      atMs: i * 900,
    })),
  };
}

/** Milliseconds of `run()`, on a monotonic clock. */
export async function timed(run: () => unknown): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

export const perSecond = (rows: number, ms: number) => Math.round((rows / ms) * 1000);
export const format = (n: number) => n.toLocaleString('en-US');
