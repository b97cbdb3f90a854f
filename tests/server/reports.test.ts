import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_BKT } from '../../src/shared/mastery/bkt-parameters';
import { traceKnown } from '../../src/shared/mastery/knowledge-trace';
import { groupSummarySchema, newCardsSchema } from '../../src/shared/api/educator-groups';
import { cardProgressSchema, heatmapSchema, helpSchema, overviewSchema, questionsSchema } from '../../src/shared/api/educator-reports';
import type { RoundRecord } from '../../src/shared/round/round-record';
import { addEducator, signIn, type Browser } from './support/educator-session';
import { startTestServer, TEST_NOW, type TestServer } from './support/test-server';

/**
 * Six cards answer six items of one objective. Strong cards (0–2) get q3, q4, q5 right and q2
 * wrong; weak ones (3–5) the other way round. Everybody gets q0 right; nobody q1 (most answer B).
 */
const ITEMS = ['q0', 'q1', 'q2', 'q3', 'q4', 'q5'];
const rightFor = (strong: boolean, item: string) => (item === 'q0' ? true : item === 'q1' ? false : item === 'q2' ? !strong : strong);

let server: TestServer;
let prof: Browser;
let groupId: string;
let cards: { id: string; pseudonym: string }[];

function roundOf(cardId: string, strong: boolean, index: number): RoundRecord {
  const endedAt = TEST_NOW - 86_400_000 + index * 60_000;
  return {
    id: randomUUID(),
    pack: { id: 'sante-sport', version: '1.0.0' },
    game: { id: 'quiz', version: '1.0.0' },
    sdk: 2,
    seed: 1,
    screen: 'screen-a',
    startedAt: new Date(endedAt - 60_000).toISOString(),
    endedAt: new Date(endedAt).toISOString(),
    endReason: 'complete',
    seats: [{ seat: 'pad-0', input: 'pad', playerCard: cardId }],
    scoreLines: [{ seat: 'pad-0', points: 10, reason: 'answers', atMs: 100 }],
    evidence: [
      ...ITEMS.map((item, i) => {
        const right = rightFor(strong, item);
        return {
          seat: 'pad-0',
          objective: 'sante-sport/hydratation',
          item,
          outcome: right ? ('correct' as const) : ('wrong' as const),
          response: right ? 'A' : item === 'q1' && index % 3 !== 0 ? 'B' : 'C',
          responseMs: 1000,
          attempt: 1,
          atMs: 1000 * (i + 1),
        };
      }),
      { seat: 'pad-0', objective: 'sante-sport/echauffement', item: 'q9', outcome: 'unanswered' as const, attempt: 1, atMs: 9000 },
    ],
  };
}

beforeAll(async () => {
  server = await startTestServer();
  await addEducator(server.config.dataDir, 'prof', 'educator');
  prof = await signIn(server.app, 'prof');
  groupId = groupSummarySchema.parse((await prof.send({ method: 'POST', url: '/api/educator/groups', payload: { name: '5e B' } })).json()).id;
  cards = newCardsSchema.parse((await prof.send({ method: 'POST', url: `/api/educator/groups/${groupId}/cards`, payload: { count: 6 } })).json()).cards;
  for (const [i, card] of cards.entries()) expect((await server.postRound(roundOf(card.id, i < 3, i))).statusCode).toBe(201);
});
afterAll(async () => server.dispose());

const report = async (path: string) => {
  const response = await prof.send({ method: 'GET', url: `/api/educator/groups/${groupId}/reports/${path}` });
  expect(response.statusCode, response.body).toBe(200);
  return response;
};

describe('group reports', () => {
  it('overview: participation, rounds and accuracy = correct ÷ answered beside answered n / m', async () => {
    const overview = overviewSchema.parse((await report('overview')).json());
    expect(overview).toMatchObject({ cards: 6, activeCards: 6, rounds: 6, seats: 6 });
    // Strong: 4 right of 6, weak: 2 of 6; the unanswered item counts in items, never as wrong.
    expect(overview.answers).toEqual({ correct: 18, answered: 36, items: 42, accuracy: 0.5 });
    expect(overview.bands).toEqual([{ id: 'below-50', cards: 3 }, { id: '50-70', cards: 3 }, { id: '70-85', cards: 0 }, { id: '85-plus', cards: 0 }]);
    expect(overview.masteryByObjective).toEqual([expect.objectContaining({ objectiveId: 'sante-sport/hydratation', packId: 'sante-sport', cards: 6 })]);
    // A period with no play.
    const empty = overviewSchema.parse((await report('overview?from=2024-01-01&to=2024-01-31')).json());
    expect(empty).toMatchObject({ activeCards: 0, rounds: 0, answers: { correct: 0, answered: 0, items: 0, accuracy: null } });
  });

  it('questions: share right, discrimination, the most chosen wrong answer, and the flags to check', async () => {
    const { items } = questionsSchema.parse((await report('questions')).json());
    const byItem = new Map(items.map((q) => [q.item, q]));
    expect(byItem.get('q1')).toMatchObject({ shareCorrect: 0, topWrongResponse: { response: 'B', count: 4 }, flags: ['almost-nobody-right'], toCheck: true });
    expect(byItem.get('q0')).toMatchObject({ shareCorrect: 1, flags: ['everybody-right'], toCheck: true, discrimination: null });
    expect(byItem.get('q2')!.flags).toEqual(['negative-discrimination']);
    expect(byItem.get('q2')!.discrimination).toBeLessThan(0);
    expect(byItem.get('q3')).toMatchObject({ shareCorrect: 0.5, flags: [], toCheck: false, packId: 'sante-sport', objectiveId: 'sante-sport/hydratation' });
    // Strong rest 3/5, weak 2/5: the point-biserial is exactly 1 (rest score splits the groups).
    expect(byItem.get('q3')!.discrimination).toBeCloseTo(1, 10);
    expect(byItem.get('q9')).toMatchObject({ answered: 0, unanswered: 6, shareCorrect: null, flags: [] });
    expect(items[0]!.item).toBe('q1'); // hardest first
  });

  it('heatmap and who needs help come from mastery, with the answers behind each cell', async () => {
    const heatmap = heatmapSchema.parse((await report('heatmap')).json());
    expect(heatmap.objectives).toEqual(['sante-sport/hydratation']);
    expect(heatmap.cards).toHaveLength(6);
    const answersOf = (strong: boolean) => ITEMS.map((item) => rightFor(strong, item));
    heatmap.cards.forEach((card, c) => {
      const strong = cards.findIndex((x) => x.id === card.cardId) < 3;
      expect(heatmap.answers[c]).toEqual([6]);
      expect(heatmap.pKnown[c]![0]).toBeCloseTo(traceKnown(answersOf(strong), DEFAULT_BKT), 3);
    });
    const help = helpSchema.parse((await report('help')).json());
    const expected = cards.filter((_, i) => traceKnown(answersOf(i < 3), DEFAULT_BKT) < 0.4).map((c) => c.id).sort();
    expect(expected).toEqual(cards.slice(3).map((c) => c.id).sort());
    expect(help.cards.map((c) => c.cardId).sort()).toEqual(expected);
    expect(help.cards[0]!.objectives).toEqual([expect.objectContaining({ objectiveId: 'sante-sport/hydratation', answers: 6 })]);
  });

  it("a card's progress: its rounds, answers per day and mastery after each round", async () => {
    const progress = cardProgressSchema.parse((await report(`cards/${cards[0]!.id}`)).json());
    expect(progress.lastRounds).toHaveLength(1);
    expect(progress.lastRounds[0]).toMatchObject({ packId: 'sante-sport', points: 10, correct: 4, answered: 6, items: 7 });
    expect(progress.days).toEqual([{ day: '2025-03-11', correct: 4, answered: 6, items: 7, accuracy: 4 / 6 }]);
    expect(progress.masteryAfterRounds).toEqual([{ objectiveId: 'sante-sport/hydratation', points: [expect.objectContaining({ pKnown: progress.mastery[0]!.pKnown })] }]);
    const other = await prof.send({ method: 'GET', url: `/api/educator/groups/${groupId}/reports/cards/not-in-group` });
    expect(other.statusCode).toBe(404);
  });

  it('names every objective it reports by its title in both languages, from the pack', async () => {
    const titles = { 'sante-sport/hydratation': { fr: 'Boire', en: 'Drink' }, 'sante-sport/echauffement': { fr: 'Échauffement', en: 'Warm-up' } };
    expect(overviewSchema.parse((await report('overview')).json()).objectiveTitles).toEqual({ 'sante-sport/hydratation': titles['sante-sport/hydratation'] });
    expect(heatmapSchema.parse((await report('heatmap')).json()).objectiveTitles).toEqual({ 'sante-sport/hydratation': titles['sante-sport/hydratation'] });
    // The questions name the unanswered item's objective too.
    expect(questionsSchema.parse((await report('questions')).json()).objectiveTitles).toEqual(titles);
    expect(cardProgressSchema.parse((await report(`cards/${cards[0]!.id}`)).json()).objectiveTitles).toEqual({ 'sante-sport/hydratation': titles['sante-sport/hydratation'] });
    const overviewCsv = (await report('overview?format=csv&lang=en')).body.split('\r\n');
    expect(overviewCsv[0]).toBe('\uFEFFobjective_id,objective_title,pack_id,cards,mastered,mean_p_known');
    expect(overviewCsv[1]).toMatch(/^sante-sport\/hydratation,Drink,sante-sport,6,/);
    expect((await report('heatmap?format=csv')).body.split('\r\n')[0]).toBe('\uFEFFcard_id,pseudonym,objective_id,objective_title,p_known,answers');
  });

  it('gives every table as CSV: UTF-8 with BOM, one header row, quoted where needed', async () => {
    const csv = await report('questions?format=csv');
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    const lines = csv.body.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(csv.body.startsWith('\uFEFF')).toBe(true);
    expect(lines[0]).toBe('pack_id,item,objective_id,objective_title,answered,correct,unanswered,share_correct,discrimination,top_wrong_response,top_wrong_count,to_check,flags');
    expect(lines).toHaveLength(1 + 7);
    expect(lines[1]).toBe('sante-sport,q1,sante-sport/hydratation,Boire,6,0,0,0,,B,4,true,almost-nobody-right');
    const english = (await report('questions?format=csv&lang=en')).body.replace(/^\uFEFF/, '').split('\r\n');
    expect(english[1]).toBe('sante-sport,q1,sante-sport/hydratation,Drink,6,0,0,0,,B,4,true,almost-nobody-right');
    expect((await prof.send({ method: 'GET', url: `/api/educator/groups/${groupId}/reports/help?format=csv&lang=de` })).statusCode).toBe(400);
    for (const name of ['overview', 'heatmap', 'help', `cards/${cards[0]!.id}`]) {
      const body = (await report(`${name}?format=csv`)).body;
      expect(body.split('\r\n').length, name).toBeGreaterThan(2);
    }
    const members = await prof.send({ method: 'GET', url: `/api/educator/groups/${groupId}/members?format=csv` });
    expect(members.body.split('\r\n')[0]).toBe('\uFEFFcard_id,pseudonym,avatar,code,added_at,rounds,last_played_at');
  });

  it('refuses a bad period with the field named, and logs every view in the access log', async () => {
    const bad = await prof.send({ method: 'GET', url: `/api/educator/groups/${groupId}/reports/overview?from=2025-02-30` });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ issues: [{ path: 'from' }] });
    const log = (await prof.send({ method: 'GET', url: `/api/educator/access-log?group=${groupId}&limit=500` })).json() as { lines: { action: string; detail: string | null }[] };
    expect(log.lines.filter((l) => l.action === 'view-report').map((l) => l.detail)).toEqual(expect.arrayContaining(['overview', 'questions', 'heatmap', 'help', 'card']));
    expect(log.lines.filter((l) => l.action === 'export-csv').length).toBeGreaterThanOrEqual(6);
  });
});
