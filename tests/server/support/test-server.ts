import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { DATABASE_FILE } from '../../../src/server/store/database';
import { pairedScreenSchema, type PairedScreen } from '../../../src/shared/api/screens';
import { seatTokenSchema } from '../../../src/shared/api/seat-tokens';
import { buildServer } from '../../../src/server/app';
import type { ServerConfig } from '../../../src/server/config';
import type { ForwardConfig } from '../../../src/server/xapi/forward/forward-config';
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
  /** A screen paired when the server started (loopback pairing is on in tests). */
  screen: PairedScreen;
  /** Pairs one more screen. */
  pairScreen(name?: string): Promise<PairedScreen>;
  /**
   * Posts a round as `screen` would: each signed-in seat without a seat token is signed in first
   * with its card's code (POST /api/seat-tokens), as the screen's sign-in panel does.
   */
  postRound(record: unknown, screen?: PairedScreen): Promise<LightMyRequestResponse>;
  /** Moves the server's clock (ms since the epoch). */
  setNow(instant: number): void;
  /** Closes the server and removes its folder. */
  dispose(): Promise<void>;
}

/** Noon in Paris on Wednesday 12 March 2025: a fixed "now" so periods are predictable. */
export const TEST_NOW = Date.parse('2025-03-12T11:00:00Z');

/** Starts the real server in-process on a real SQLite file in a fresh temporary folder. */
export async function startTestServer(
  options: { packs?: ContentPackInput[]; folder?: string; pairLoopback?: boolean; xapiForward?: ForwardConfig } = {},
): Promise<TestServer> {
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
    pairLoopbackScreens: options.pairLoopback ?? true,
    xapiForward: options.xapiForward,
  };
  let now = TEST_NOW;
  const app = await buildServer(config, { now: () => now });
  const pairScreen = async (name = 'test screen') => {
    const response = await app.inject({ method: 'POST', url: '/api/screens/pair-loopback', payload: { name } });
    if (response.statusCode !== 201) throw new Error(`loopback pairing answered ${response.statusCode}: ${response.body}`);
    return pairedScreenSchema.parse(response.json());
  };
  const screen = config.pairLoopbackScreens ? await pairScreen() : { id: 'none', name: 'none', credential: 'x'.repeat(43) };
  const tokens = new Map<string, string>();
  const codeOf = (cardId: string) => {
    const db = new Database(join(config.dataDir, DATABASE_FILE), { readonly: true });
    try {
      return (db.prepare('SELECT code FROM player_cards WHERE id = ?').get(cardId) as { code: string } | undefined)?.code;
    } finally {
      db.close();
    }
  };
  const seatToken = async (by: PairedScreen, seat: string, cardId: string) => {
    const key = `${by.id}|${seat}|${cardId}`;
    const known = tokens.get(key);
    if (known) return known;
    const code = codeOf(cardId);
    if (!code) return undefined;
    const response = await app.inject({ method: 'POST', url: '/api/seat-tokens', headers: { authorization: `Bearer ${by.credential}` }, payload: { code, seat } });
    if (response.statusCode !== 201) throw new Error(`signing ${cardId} in on ${seat} answered ${response.statusCode}: ${response.body}`);
    const { token } = seatTokenSchema.parse(response.json());
    tokens.set(key, token);
    return token;
  };
  const postRound = async (record: unknown, by: PairedScreen = screen) => {
    const body = structuredClone(record) as { seats?: { seat?: unknown; playerCard?: unknown; seatToken?: string }[] };
    for (const seat of Array.isArray(body?.seats) ? body.seats : []) {
      if (typeof seat?.playerCard !== 'string' || typeof seat.seat !== 'string' || seat.seatToken) continue;
      const token = await seatToken(by, seat.seat, seat.playerCard);
      if (token) seat.seatToken = token;
    }
    return app.inject({ method: 'POST', url: '/api/rounds', headers: { authorization: `Bearer ${by.credential}` }, payload: body as object });
  };
  return {
    app,
    config,
    folder,
    screen,
    pairScreen,
    postRound,
    setNow: (instant) => {
      now = instant;
      tokens.clear(); // a token signed in at another time may not cover rounds at this one
    },
    dispose: async () => {
      await app.close();
      if (!options.folder) rmSync(folder, { recursive: true, force: true });
    },
  };
}
