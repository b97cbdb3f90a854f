import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPERATOR, xapiExport } from '../../src/cli/commands/xapi-export';
import { openSqliteStore } from '../../src/server/store/sqlite-store';
import type { XapiStatement, XapiStatementResult } from '../../src/server/xapi/statements';
import { accessLogSchema } from '../../src/shared/api/educator-privacy';
import { groupSummarySchema, newCardsSchema } from '../../src/shared/api/educator-groups';
import type { ContentPackInput } from '../../src/shared/pack/content-pack';
import { apiErrorSchema } from '../../src/shared/api/api-error';
import { addEducator, signIn, type Browser } from './support/educator-session';
import { playedRound, shippedPacks, storeRound } from './support/stored-rounds';
import { startTestServer, type TestServer } from './support/test-server';
import { xapiProblems } from './support/xapi-validator';

let server: TestServer;
let educ: Browser;
let other: Browser;
let admin: Browser;
const cards: Record<'a' | 'b' | 'c', string> = { a: '', b: '', c: '' };
const groups: Record<'educ' | 'other', string> = { educ: '', other: '' };
const rounds: string[] = [];
const DAY = 86_400_000;
/** Rounds end at 10:00 UTC on 2 March 2026 (11:00 in Paris) and the two days after. */
const FIRST_END = Date.parse('2026-03-02T10:00:00Z');

async function groupWithCard(browser: Browser, name: string): Promise<{ group: string; card: string }> {
  const made = await browser.send({ method: 'POST', url: '/api/educator/groups', payload: { name } });
  const group = groupSummarySchema.parse(made.json()).id;
  const added = await browser.send({ method: 'POST', url: `/api/educator/groups/${group}/cards`, payload: { count: 1 } });
  expect(added.statusCode, added.body).toBe(201);
  return { group, card: newCardsSchema.parse(added.json()).cards[0]!.id };
}

beforeAll(async () => {
  const packs = (await shippedPacks()).filter((p) => ['sante-sport', 'panneaux'].includes(p.pack.id));
  const envelopes = packs.map((p) => JSON.parse(readFileSync(join('content', p.pack.id, 'pack.json'), 'utf8')) as ContentPackInput);
  server = await startTestServer({ packs: envelopes });
  await addEducator(server.config.dataDir, 'educ', 'educator');
  await addEducator(server.config.dataDir, 'autre', 'educator');
  await addEducator(server.config.dataDir, 'chef', 'admin');
  [educ, other, admin] = await Promise.all([signIn(server.app, 'educ'), signIn(server.app, 'autre'), signIn(server.app, 'chef')]);
  ({ group: groups.educ, card: cards.a } = await groupWithCard(educ, 'Les Lynx'));
  ({ group: groups.other, card: cards.b } = await groupWithCard(other, 'Les Renards'));
  ({ card: cards.c } = await groupWithCard(admin, 'Les Aigles'));

  const store = openSqliteStore(server.config.dataDir);
  const [sante, panneaux] = [packs.find((p) => p.pack.id === 'sante-sport')!, packs.find((p) => p.pack.id === 'panneaux')!];
  const plays = [
    { entry: sante, cards: [cards.a, cards.b] }, // and a guest at pad-2
    { entry: panneaux, cards: [cards.a, cards.c] },
    { entry: sante, cards: [cards.b] },
  ];
  for (const [i, play] of plays.entries()) {
    const record = playedRound(play.entry, { seed: 20 + i, endedAt: FIRST_END + i * DAY, cards: play.cards });
    await storeRound(store, record, play.entry.rules, server.screen.id);
    rounds.push(record.id);
  }
  await store.close();
}, 120_000);

afterAll(async () => server?.dispose());

const get = async (browser: Browser, query = '') => browser.send({ method: 'GET', url: `/api/xapi/statements${query}` });
const page = async (browser: Browser, query = ''): Promise<XapiStatementResult> => {
  const response = await get(browser, query);
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as XapiStatementResult;
};
const actors = (statements: XapiStatement[]) => new Set(statements.map((s) => (s.actor.account.name.startsWith('guest-') ? 'guest' : s.actor.account.name)));
const registrations = (statements: XapiStatement[]) => new Set(statements.map((s) => s.context.registration));

describe('GET /api/xapi/statements', () => {
  it('gives an educator the statements of their groups’ cards only, valid xAPI, with the xAPI version header', async () => {
    const response = await get(educ);
    expect(response.headers['x-experience-api-version']).toBe('1.0.3');
    const result = response.json() as XapiStatementResult;
    expect(actors(result.statements)).toEqual(new Set([cards.a]));
    expect(registrations(result.statements)).toEqual(new Set([rounds[0], rounds[1]]));
    expect(result.more).toBe('');
    expect(result.statements.flatMap((s) => xapiProblems(s))).toEqual([]);
    expect(actors((await page(other)).statements)).toEqual(new Set([cards.b]));
  });

  it('gives an admin every seat, guests included; and with group, only that group’s cards', async () => {
    const all = await page(admin);
    expect(actors(all.statements)).toEqual(new Set([cards.a, cards.b, cards.c, 'guest']));
    expect(registrations(all.statements)).toEqual(new Set(rounds));
    expect(actors((await page(admin, `?group=${groups.other}`)).statements)).toEqual(new Set([cards.b]));
  });

  it('answers 404 for a group the educator may not see, as for one that does not exist', async () => {
    const response = await get(educ, `?group=${groups.other}`);
    expect(response.statusCode).toBe(404);
    expect((await get(educ, '?group=grp-0000000000000000')).statusCode).toBe(404);
  });

  it('filters on the days the rounds were played (until includes its day) and on the pack', async () => {
    expect(registrations((await page(admin, '?since=2026-03-03')).statements)).toEqual(new Set([rounds[1], rounds[2]]));
    expect(registrations((await page(admin, '?since=2026-03-02&until=2026-03-03')).statements)).toEqual(new Set([rounds[0], rounds[1]]));
    expect(registrations((await page(admin, '?since=2026-03-03T10:00:00Z&until=2026-03-03T10:00:02Z')).statements)).toEqual(new Set([rounds[1]]));
    expect(registrations((await page(admin, '?pack=sante-sport')).statements)).toEqual(new Set([rounds[0], rounds[2]]));
    expect((await page(admin, '?since=2026-04-01')).statements).toEqual([]);
  });

  it('pages with limit and a "more" address that keeps the filters, giving the same statements as one page', async () => {
    const whole = (await page(admin, '?pack=sante-sport&limit=2000')).statements.map((s) => s.id);
    const paged: string[] = [];
    let result = await page(admin, '?pack=sante-sport&limit=7');
    let pages = 1;
    paged.push(...result.statements.map((s) => s.id));
    while (result.more) {
      expect(result.more).toMatch(/^\/api\/xapi\/statements\?pack=sante-sport&limit=7&cursor=/);
      result = await page(admin, result.more.slice('/api/xapi/statements'.length));
      paged.push(...result.statements.map((s) => s.id));
      pages += 1;
    }
    expect(pages).toBe(Math.ceil(whole.length / 7));
    expect(paged).toEqual(whole);
  });

  it('answers 400 naming what is wrong in each bad filter', async () => {
    const cases: [string, RegExp][] = [
      ['?since=yesterday', /since/],
      ['?since=2026-02-30', /since: 2026-02-30 is not a day of the calendar/],
      ['?since=2026-03-04&until=2026-03-02', /until: the period ends/],
      ['?pack=Santé', /pack/],
      ['?pack=no-such-pack', /pack "no-such-pack" is neither served/],
      ['?group=lynx', /group/],
      ['?limit=0', /limit/],
      ['?limit=100000', /limit/],
      ['?cursor=not-a-cursor', /cursor/],
      ['?verb=answered', /verb/],
    ];
    for (const [query, message] of cases) {
      const response = await get(admin, query);
      expect(response.statusCode, query).toBe(400);
      expect(apiErrorSchema.parse(response.json()).message, query).toMatch(message);
    }
  });

  it('writes each export in the access log, under the groups it covers', async () => {
    await page(educ, '?pack=panneaux');
    const log = accessLogSchema.parse((await educ.send({ method: 'GET', url: '/api/educator/access-log' })).json());
    const line = log.lines.find((l) => l.action === 'export-xapi')!;
    expect(line).toMatchObject({ educator: 'educ', groupId: groups.educ });
    expect(line.detail).toMatch(/pack=panneaux: \d+/);
  });
});

describe('ludocite xapi export', () => {
  const environment = () => ({ DATA_DIR: server.config.dataDir, CONTENT_DIR: server.config.contentDir, TIME_ZONE: 'Europe/Paris', PUBLIC_URL: 'https://ludocite.example.org' });

  it('writes every statement of the period as JSON lines to --out, the same as the admin’s export, and logs it', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'ludocite-xapi-export-'));
    try {
      const out = join(folder, 'statements.jsonl');
      const errors: string[] = [];
      expect(xapiExport(['--since', '2026-03-01', '--out', out], { environment: environment(), printError: (l) => errors.push(l) })).toBe(0);
      const lines = readFileSync(out, 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l) as XapiStatement);
      const viaHttp = (await page(admin, '?since=2026-03-01&limit=2000')).statements;
      expect(lines.map((s) => s.id)).toEqual(viaHttp.map((s) => s.id));
      expect(lines.every((s) => s.actor.account.homePage === 'https://ludocite.example.org')).toBe(true);
      expect(lines.flatMap((s) => xapiProblems(s))).toEqual([]);
      expect(errors.join('\n')).toMatch(new RegExp(`${lines.length} statement\\(s\\) written to`));
      const log = accessLogSchema.parse((await admin.send({ method: 'GET', url: '/api/educator/access-log' })).json());
      expect(log.lines.some((l) => l.educator === OPERATOR && l.action === 'export-xapi')).toBe(true);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('filters by group and pack, and refuses bad options with exit 2 and what is wrong', () => {
    const written: string[] = [];
    expect(xapiExport(['--since', '2026-03-01', '--group', groups.other, '--pack', 'sante-sport'], { environment: environment(), write: (t) => written.push(t), printError: () => undefined })).toBe(0);
    const statements = written.join('').trimEnd().split('\n').map((l) => JSON.parse(l) as XapiStatement);
    expect(actors(statements)).toEqual(new Set([cards.b]));

    const refusals: [string[], RegExp][] = [
      [[], /give --since/],
      [['--since', 'hier'], /--since "hier": give a day \(2026-03-01\)/],
      [['--since', '2026-13-01'], /--since: 2026-13-01 is not a day of the calendar/],
      [['--since', '2026-03-04', '--until', '2026-03-01'], /--until: the period ends/],
      [['--since', '2026-03-01', '--colour', 'red'], /Unknown option '--colour'/],
    ];
    for (const [args, message] of refusals) {
      const errors: string[] = [];
      expect(xapiExport(args, { environment: environment(), write: () => undefined, printError: (l) => errors.push(l) }), args.join(' ')).toBe(2);
      expect(errors.join('\n'), args.join(' ')).toMatch(message);
    }
  });
});
