import { describe, expect, it } from 'vitest';
import { xapiProblems } from '../../../../tests/server/support/xapi-validator';
import { describePack, type PackDescription } from './pack-descriptions';
import { roundStatements, seatStatements, statementContext } from './round-statements';
import type { StoredRound } from './stored-round';
import { VERBS } from './xapi-profile';
import { xapiAddresses } from './xapi-addresses';

const CARD = '3f2b8e0c-9a41-4c5e-8d17-6b0a2e9f4c21';
const pack = describePack({
  id: 'quiz-pack',
  version: '2.1.0',
  game: 'quiz-duel',
  title: { fr: 'Le quiz', en: 'The quiz' },
  description: { fr: 'Des questions', en: 'Questions' },
  ages: { min: 10, max: 18 },
  players: { min: 1, max: 4 },
  durationS: 120,
  objectives: [{ id: 'quiz-pack/boire', title: { fr: 'Boire', en: 'Drinking' } }],
  maxPointsPerSeat: 300,
  licence: 'CC-BY-4.0',
  data: {
    questions: [
      {
        id: 'q-eau',
        objective: 'boire',
        prompt: { fr: 'Que boire ?', en: 'What to drink?' },
        choices: [{ fr: 'Soda', en: 'Soda' }, { fr: 'Eau', en: 'Water' }, { fr: 'Café', en: 'Coffee' }, { fr: 'Rien', en: 'Nothing' }],
        answer: 1,
      },
    ],
  },
})!;

function storedRound(overrides: Partial<StoredRound> = {}): StoredRound {
  return {
    id: '1c80f71c-c8ed-4a30-974a-a8beb0269f97',
    packId: 'quiz-pack',
    packVersion: '2.1.0',
    gameId: 'quiz-duel',
    gameVersion: '2.0.0',
    startedAt: Date.parse('2026-03-02T09:58:00Z'),
    endedAt: Date.parse('2026-03-02T10:00:00Z'),
    endReason: 'complete',
    maxPointsPerSeat: 300,
    seats: [
      { seat: 'pad-0', input: 'pad', playerCardId: CARD, points: 150, correct: 1, answered: 2, centreScore: 500 },
      { seat: 'kb-left', input: 'keyboard', playerCardId: null, points: 0, correct: 0, answered: 0, centreScore: 0 },
    ],
    evidence: [
      { lineNo: 0, seat: 'pad-0', objectiveId: 'quiz-pack/boire', item: 'q-eau', outcome: 'correct', response: '1', responseMs: 2300, attempt: 1, atMs: 5000 },
      { lineNo: 1, seat: 'kb-left', objectiveId: 'quiz-pack/boire', item: 'q-eau', outcome: 'unanswered', response: null, responseMs: null, attempt: 1, atMs: 5000 },
      { lineNo: 2, seat: 'pad-0', objectiveId: 'quiz-pack/boire', item: 'q-gone', outcome: 'wrong', response: 'x', responseMs: 900, attempt: 2, atMs: 999_999 },
    ],
    ...overrides,
  };
}

const addresses = xapiAddresses({ publicUrl: 'https://centre.example/', activityBase: 'https://xapi.example/ludocite/' });
const contextWith = (packs: Record<string, PackDescription>) => statementContext(addresses, (id) => packs[id]);
const ext = (name: string) => `https://xapi.example/ludocite/extensions/${name}`;

describe('statements of a stored round', () => {
  const statements = roundStatements(storedRound(), contextWith({ 'quiz-pack': pack }));

  it('gives each seat its items, then its round, all valid xAPI', () => {
    expect(statements.map((s) => [s.actor.account.name.slice(0, 6), s.verb.id.split('/').pop()])).toEqual([
      ['3f2b8e', 'answered'],
      ['3f2b8e', 'answered'],
      ['3f2b8e', 'completed'],
      ['guest-', 'experienced'],
      ['guest-', 'completed'],
    ]);
    expect(statements.flatMap((s) => xapiProblems(s))).toEqual([]);
  });

  it('makes a four-choice item a choice interaction with its choices and right answer, in French and English', () => {
    const [right] = statements;
    expect(right!.object).toMatchObject({
      id: 'https://xapi.example/ludocite/packs/quiz-pack/items/q-eau',
      definition: { name: { fr: 'Que boire ?', en: 'What to drink?' }, interactionType: 'choice', correctResponsesPattern: ['1'] },
    });
    expect(right!.object.definition.choices!.map((c) => c.description.en)).toEqual(['Soda', 'Water', 'Coffee', 'Nothing']);
    expect(right!.result).toEqual({ success: true, response: '1', duration: 'PT2.3S', extensions: { [ext('outcome')]: 'correct', [ext('attempt')]: 1 } });
    expect(right!.context.contextActivities.grouping!.map((a) => a.id)).toEqual([
      'https://xapi.example/ludocite/games/quiz-duel',
      'https://xapi.example/ludocite/objectives/quiz-pack/boire',
    ]);
    expect(right!.timestamp).toBe('2026-03-02T09:58:05.000Z');
  });

  it('never gives an unanswered item a success nor a response', () => {
    const unanswered = statements.find((s) => s.verb.id === VERBS.experienced.id)!;
    expect(unanswered.result).toEqual({ completion: false, extensions: { [ext('outcome')]: 'unanswered', [ext('attempt')]: 1 } });
  });

  it('keeps an item the pack no longer has as a bare interaction, dated no later than the round’s end', () => {
    const gone = statements[1]!;
    expect(gone.object.definition).toEqual({ type: 'http://adlnet.gov/expapi/activities/cmi.interaction', interactionType: 'other' });
    expect(gone.result.success).toBe(false);
    expect(gone.timestamp).toBe('2026-03-02T10:00:00.000Z');
  });

  it('scores the round on the pack’s points, success at half the answers right, none without an answer', () => {
    const [card, guest] = statements.filter((s) => s.verb.id === VERBS.completed.id);
    expect(card!.result).toMatchObject({ score: { scaled: 0.5, raw: 150, min: 0, max: 300 }, success: true, completion: true, duration: 'PT2M' });
    expect(card!.result.extensions).toEqual({ [ext('centre-score')]: 500, [ext('correct')]: 1, [ext('answered')]: 2, [ext('unanswered')]: 0, [ext('end-reason')]: 'complete' });
    expect(guest!.result).not.toHaveProperty('success');
    expect(guest!.result.extensions![ext('unanswered')]).toBe(1);
    expect(card!.timestamp).toBe('2026-03-02T10:00:00.000Z');
    expect(card!.object.definition.name).toEqual({ fr: 'Le quiz', en: 'The quiz' });
  });

  it('says terminated for a round stopped early, and stays valid with negative points and no pack', () => {
    const round = storedRound({ endReason: 'timeout', seats: [{ seat: 'pad-0', input: 'pad', playerCardId: CARD, points: -40, correct: 0, answered: 1, centreScore: 0 }] });
    const made = seatStatements(round, round.seats[0]!, contextWith({}));
    const end = made.at(-1)!;
    expect(end.verb.id).toBe(VERBS.terminated.id);
    expect(end.result).toMatchObject({ score: { raw: -40, min: -40, max: 300, scaled: -0.1333 }, success: false, completion: false });
    expect(end.object.definition).toEqual({ type: 'http://adlnet.gov/expapi/activities/assessment' });
    expect(made.flatMap((s) => xapiProblems(s))).toEqual([]);
  });

  it('is the same, byte for byte, made again with a fresh context', () => {
    expect(JSON.stringify(roundStatements(storedRound(), contextWith({ 'quiz-pack': pack })))).toBe(JSON.stringify(statements));
  });
});
