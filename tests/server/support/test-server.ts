import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildServer } from '../../../src/server/app';
import type { ServerConfig } from '../../../src/server/config';
import type { ContentPackInput } from '../../../src/shared/pack/content-pack';

/** A pack envelope the tests play: two objectives, at most 100 points a seat, 1–4 players. */
export function quizPack(overrides: Partial<ContentPackInput> = {}): ContentPackInput {
  const id = overrides.id ?? 'sante-sport';
  return {
    id,
    version: '1.0.0',
    game: 'quiz',
    title: { fr: 'Santé & sport', en: 'Health & sport' },
    description: { fr: 'Des questions', en: 'Questions' },
    ages: { min: 10, max: 18 },
    players: { min: 1, max: 4 },
    durationS: 120,
    objectives: [
      { id: `${id}/hydratation`, title: { fr: 'Boire', en: 'Drink' } },
      { id: `${id}/echauffement`, title: { fr: 'Échauffement', en: 'Warm-up' } },
    ],
    maxPointsPerSeat: 100,
    licence: 'CC-BY-4.0',
    data: { questions: [] },
    ...overrides,
  };
}

export interface TestServer {
  app: FastifyInstance;
  config: ServerConfig;
  folder: string;
  /** Moves the server's clock (ms since the epoch). */
  setNow(instant: number): void;
  /** Closes the server and removes its folder. */
  dispose(): Promise<void>;
}

/** Noon in Paris on Wednesday 12 March 2025: a fixed "now" so periods are predictable. */
export const TEST_NOW = Date.parse('2025-03-12T11:00:00Z');

/** Starts the real server in-process on a real SQLite file in a fresh temporary folder. */
export async function startTestServer(options: { packs?: ContentPackInput[]; folder?: string } = {}): Promise<TestServer> {
  const folder = options.folder ?? mkdtempSync(join(tmpdir(), 'ludocite-server-'));
  const contentDir = join(folder, 'content');
  for (const pack of options.packs ?? [quizPack()]) {
    mkdirSync(join(contentDir, pack.id), { recursive: true });
    writeFileSync(join(contentDir, pack.id, 'pack.json'), JSON.stringify(pack));
  }
  const config: ServerConfig = {
    port: 0,
    host: '127.0.0.1',
    dataDir: join(folder, 'data'),
    appsDir: join(folder, 'apps'),
    contentDir,
    logLevel: 'silent',
    timeZone: 'Europe/Paris',
  };
  let now = TEST_NOW;
  const app = await buildServer(config, { now: () => now });
  return {
    app,
    config,
    folder,
    setNow: (instant) => {
      now = instant;
    },
    dispose: async () => {
      await app.close();
      if (!options.folder) rmSync(folder, { recursive: true, force: true });
    },
  };
}
