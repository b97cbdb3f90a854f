import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HELP_THRESHOLD } from '../../src/server/reports/help-report';
import { groupSummarySchema, newCardsSchema } from '../../src/shared/api/educator-groups';
import { helpSchema, type Help } from '../../src/shared/api/educator-reports';
import { DEFAULT_BKT } from '../../src/shared/mastery/bkt-parameters';
import { traceKnown } from '../../src/shared/mastery/knowledge-trace';
import type { RoundRecord } from '../../src/shared/round/round-record';
import { addEducator, signIn, type Browser } from './support/educator-session';
import { startTestServer, TEST_NOW, type TestServer } from './support/test-server';

/**
 * "Who needs help" from evidence stored as rounds: the test pack's objectives keep the default
 * BKT values (no fit runs), so each card's P(known) is the trace of its answers from DEFAULT_BKT.
 */
const DRINK = 'sante-sport/hydratation';
const WARM_UP = 'sante-sport/echauffement';
const ENOUGH = HELP_THRESHOLD.minAnswers;

/** What each card answers, per objective (true: right), split into rounds of at most three answers. */
const PLAYS: Record<string, Record<string, boolean[]>> = {
  // Enough answers, mostly wrong, on one objective (over several rounds); strong on the other.
  struggling: { [DRINK]: [false, false, true, false, false, false], [WARM_UP]: [true, true, true, true, true, true] },
  // Exactly the threshold's number of answers, all wrong: listed (the threshold is "at least").
  justEnough: { [DRINK]: Array<boolean>(ENOUGH).fill(false) },
  // All wrong, but one answer short of the threshold: P(known) is low, yet it rests on too little.
  tooFew: { [DRINK]: Array<boolean>(ENOUGH - 1).fill(false) },
  // Enough answers, all right.
  strong: { [DRINK]: [true, true, true, true, true, true], [WARM_UP]: [true, true, true, true, true] },
};

let server: TestServer;
let prof: Browser;
let groupId: string;
const cardOf = new Map<string, string>();
let outsider: string;

function roundsOf(cardId: string, answers: Record<string, boolean[]>, firstMinute: number): RoundRecord[] {
  const lines = Object.entries(answers).flatMap(([objective, list]) => list.map((right, i) => ({ objective, right, item: `${objective.split('/')[1]}-${i}` })));
  const rounds: RoundRecord[] = [];
  for (let start = 0, n = 0; start < lines.length; start += 3, n++) {
    const endedAt = TEST_NOW - 86_400_000 + (firstMinute + n) * 60_000;
    rounds.push({
      id: randomUUID(),
      pack: { id: 'sante-sport', version: '1.0.0' },
      game: { id: 'quiz', version: '1.0.0' },
      sdk: 2,
      seed: 1,
      screen: 'screen-a',
      startedAt: new Date(endedAt - 50_000).toISOString(),
      endedAt: new Date(endedAt).toISOString(),
      endReason: 'complete',
      seats: [{ seat: 'pad-0', input: 'pad', playerCard: cardId }],
      scoreLines: [{ seat: 'pad-0', points: 10, reason: 'answers', atMs: 100 }],
      evidence: lines.slice(start, start + 3).map((line, i) => ({
        seat: 'pad-0',
        objective: line.objective,
        item: line.item,
        outcome: line.right ? ('correct' as const) : ('wrong' as const),
        response: line.right ? 'A' : 'B',
        responseMs: 1000,
        attempt: 1,
        atMs: 1000 * (i + 1),
      })),
    });
  }
  return rounds;
}

async function play(cardId: string, answers: Record<string, boolean[]>, firstMinute: number): Promise<void> {
  for (const round of roundsOf(cardId, answers, firstMinute)) {
    const response = await server.postRound(round);
    expect(response.statusCode, response.body).toBe(201);
  }
}

async function help(): Promise<Help> {
  const response = await prof.send({ method: 'GET', url: `/api/educator/groups/${groupId}/reports/help` });
  expect(response.statusCode, response.body).toBe(200);
  return helpSchema.parse(response.json());
}

beforeAll(async () => {
  server = await startTestServer();
  await addEducator(server.config.dataDir, 'prof', 'educator');
  prof = await signIn(server.app, 'prof');
  const makeGroup = async (name: string, count: number) => {
    const id = groupSummarySchema.parse((await prof.send({ method: 'POST', url: '/api/educator/groups', payload: { name } })).json()).id;
    const { cards } = newCardsSchema.parse((await prof.send({ method: 'POST', url: `/api/educator/groups/${id}/cards`, payload: { count } })).json());
    return { id, cards };
  };
  const group = await makeGroup('CM2 A', Object.keys(PLAYS).length);
  groupId = group.id;
  const other = await makeGroup('CM2 B', 1);
  outsider = other.cards[0]!.id;
  let minute = 0;
  for (const [i, name] of Object.keys(PLAYS).entries()) {
    cardOf.set(name, group.cards[i]!.id);
    await play(group.cards[i]!.id, PLAYS[name]!, minute);
    minute += 10;
  }
  // A card of another group that struggles just as much: not this group's concern.
  await play(outsider, PLAYS.struggling!, minute);
});
afterAll(async () => server.dispose());

describe('who needs help', () => {
  it('states its rule: P(known) below 0.4 after at least 5 answers', async () => {
    expect(HELP_THRESHOLD).toEqual({ pKnownBelow: 0.4, minAnswers: 5 });
    expect((await help()).threshold).toEqual(HELP_THRESHOLD);
  });

  it('lists a card with low mastery after enough answers, with that objective only, and the answers it rests on', async () => {
    const expected = traceKnown(PLAYS.struggling![DRINK]!, DEFAULT_BKT);
    expect(expected).toBeLessThan(HELP_THRESHOLD.pKnownBelow);
    const line = (await help()).cards.find((card) => card.cardId === cardOf.get('struggling'));
    expect(line?.objectives).toEqual([{ objectiveId: DRINK, pKnown: expect.closeTo(expected, 6), answers: 6 }]);
  });

  it('lists a card at exactly the number of answers needed, and not one answer fewer, however low its mastery', async () => {
    const report = await help();
    const listed = new Set(report.cards.map((card) => card.cardId));
    expect(listed.has(cardOf.get('justEnough')!)).toBe(true);
    // The card one answer short is even further below 0.4: only its answer count keeps it out.
    expect(traceKnown(PLAYS.tooFew![DRINK]!, DEFAULT_BKT)).toBeLessThan(HELP_THRESHOLD.pKnownBelow);
    expect(listed.has(cardOf.get('tooFew')!)).toBe(false);
  });

  it('leaves out a strong card and the cards of other groups, and puts the weakest first', async () => {
    const report = await help();
    expect(report.cards.map((card) => card.cardId).sort()).toEqual([cardOf.get('struggling')!, cardOf.get('justEnough')!].sort());
    expect(report.cards.some((card) => card.cardId === outsider)).toBe(false);
    const weakest = report.cards.map((card) => Math.min(...card.objectives.map((o) => o.pKnown)));
    expect(weakest).toEqual([...weakest].sort((a, b) => a - b));
    expect(report.objectiveTitles[DRINK]).toEqual({ fr: 'Boire', en: 'Drink' });
  });

  it('gives the same lines as CSV, the objective named by id and by title in the language asked', async () => {
    const csv = await prof.send({ method: 'GET', url: `/api/educator/groups/${groupId}/reports/help?format=csv&lang=en` });
    const lines = csv.body.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines[0]).toBe('card_id,pseudonym,objective_id,objective_title,p_known,answers');
    expect(lines.slice(1).map((line) => line.split(',').slice(2, 4).join(','))).toEqual([`${DRINK},Drink`, `${DRINK},Drink`]);
    const french = await prof.send({ method: 'GET', url: `/api/educator/groups/${groupId}/reports/help?format=csv` });
    expect(french.body).toContain(`,${DRINK},Boire,`);
  });
});
