import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Bot, ContentPack, SeatAction } from '../../../src/sdk';
import { checkRounds, playRound } from '../../../src/sdk/testing';
import { checkPack, type PackGame } from '../../../src/shared/pack/check-pack';
import roadRules from '../index';
import type { RoadRulesContent } from '../content-schema';
import type { RoadRulesState } from './round';
import { maxPointsPerSeat, stagesPerRound } from './scoring';

// Whole rounds of the shipped packs, played headless by scripted seats: the points, accuracy and
// evidence each seat gets, and the rules the browser tests used to check (a STOP kept or missed,
// a brake test won, lost or left alone, answers pressed too early).

const PACKS = ['panneaux', 'priorites', 'distances-arret'] as const;
type PackId = (typeof PACKS)[number];

function shipped(id: PackId): ContentPack<RoadRulesContent> {
  const file = fileURLToPath(new URL(`../../../content/${id}/pack.json`, import.meta.url));
  const result = checkPack(file, readFileSync(file, 'utf8'), new Map([[roadRules.id, roadRules as unknown as PackGame]]));
  if (!result.ok) throw new Error(`${id}: ${JSON.stringify(result.problems)}`);
  return result.pack as ContentPack<RoadRulesContent>;
}

const best = roadRules.bots!.best! as Bot<RoadRulesState>;
const stick = (y: number): SeatAction => ({ type: 'hold', move: { x: 0, y }, confirm: false, back: false, choices: [false, false, false, false] });

/** Gets every stage wrong, having tried: the wrong button, full throttle, the brake held from the start (never pressed afresh). */
const wrong: Bot<RoadRulesState> = ({ state }) => {
  const stage = state.items[state.index];
  if (state.phase !== 'open' || !stage) return [];
  if (stage.kind === 'quiz' && state.setup.kind === 'quiz') return [{ type: 'choice', choice: state.setup.order.indexOf((stage.answer + 1) % 4) as 0 | 1 | 2 | 3 }];
  return [stick(stage.kind === 'brake' ? 1 : -1)];
};

/** Plays the best on even stages (0, 2, …) and wrong on odd ones. */
const alternate: Bot<RoadRulesState> = (turn) => (turn.state.index % 2 === 0 ? best(turn) : wrong(turn));

function totals(played: ReturnType<typeof playRound>, seat: string) {
  const { points, correct, answered, items, accuracy } = played.engine.totals(seat);
  return { points, correct, answered, items, accuracy };
}

describe.each(PACKS)('a whole round of %s', (id) => {
  const pack = shipped(id);
  const stages = stagesPerRound(pack.data);

  it('one seat playing its best keeps every rule: full points, every stage correct', () => {
    const played = playRound(roadRules, pack, { seats: 1, seed: 5, bots: best });
    expect(played.endReason).toBe('complete');
    expect(totals(played, 'pad-0')).toEqual({ points: maxPointsPerSeat(pack.data), correct: stages, answered: stages, items: stages, accuracy: 1 });
    expect(played.record.evidence.map((e) => e.outcome)).toEqual(Array(stages).fill('correct'));
    expect(played.record.evidence.every((e) => e.responseMs !== undefined && e.response !== undefined)).toBe(true);
  });

  it('four seats — best, idle, always wrong, right on every other stage — each get exactly their due', () => {
    const played = playRound(roadRules, pack, { seats: 4, seed: 8, bots: [best, undefined, wrong, alternate] });
    expect(played.endReason).toBe('complete');
    const even = Math.ceil(stages / 2);
    expect(totals(played, 'pad-0')).toEqual({ points: stages * 100, correct: stages, answered: stages, items: stages, accuracy: 1 });
    expect(totals(played, 'pad-1')).toEqual({ points: 0, correct: 0, answered: 0, items: stages, accuracy: null });
    expect(totals(played, 'pad-2')).toEqual({ points: 0, correct: 0, answered: stages, items: stages, accuracy: 0 });
    expect(totals(played, 'pad-3')).toEqual({ points: even * 100, correct: even, answered: stages, items: stages, accuracy: even / stages });
    const outcomes = (seat: string) => played.record.evidence.filter((e) => e.seat === seat).map((e) => e.outcome);
    expect(outcomes('pad-1')).toEqual(Array(stages).fill('unanswered'));
    expect(outcomes('pad-3')).toEqual(Array.from({ length: stages }, (_, i) => (i % 2 === 0 ? 'correct' : 'wrong')));
    // One piece of evidence per seat and stage, on the stage's objective; none for an idle seat carries a response.
    expect(played.record.evidence).toHaveLength(4 * stages);
    expect(played.record.evidence.filter((e) => e.seat === 'pad-1').some((e) => 'response' in e || 'responseMs' in e)).toBe(false);
  });

  it('passes the conformance kit: ends in time, best play reaches the maximum, replays byte for byte', () => {
    expect(checkRounds(roadRules, pack, { randomRounds: id === 'priorites' ? 8 : 20 })).toEqual([]);
  }, 120_000);
});

describe('rules the round checks', () => {
  it('a full stop at the STOP line keeps the rule; rolling through at 30 km/h is flashed, taught and scores nothing', () => {
    const pack = shipped('priorites');
    // Rolls on at about 30 km/h, whatever is ahead.
    const roller: Bot<RoadRulesState> = ({ state, seat }) => {
      const answer = state.drafts[seat]?.answer;
      if (state.phase !== 'open' || answer?.kind !== 'drive') return [];
      return [stick(answer.drive.car.v * 3.6 < 29 ? -0.5 : 0)];
    };
    const played = playRound(roadRules, pack, { seats: 2, seed: 42, bots: [best, roller] });
    // Seed 42 draws "stop-route-vide" first: a STOP with nobody coming.
    const first = played.record.evidence.filter((e) => e.item === 'stop-route-vide');
    expect(first).toEqual([
      expect.objectContaining({ seat: 'pad-0', outcome: 'correct', response: 'clean', objective: 'priorites/stop' }),
      expect.objectContaining({ seat: 'pad-1', outcome: 'wrong', response: 'stop' }),
    ]);
    const happened = played.engine.drainHappened();
    const stopFlashes = happened.filter((e) => e.type === 'infringement' && e.kind === 'stop');
    expect(stopFlashes.map((e) => e.seat)).toEqual(expect.arrayContaining(['pad-1']));
    expect(stopFlashes.some((e) => e.seat === 'pad-0')).toBe(false);
    expect(happened.filter((e) => e.type === 'finished' && e.seat === 'pad-0').every((e) => e.clean === true)).toBe(true);
  });

  it('a brake test: braking afresh when the obstacle shows wins; the brake held all along loses; never touching the brake gives no answer', () => {
    const pack = shipped('distances-arret');
    const played = playRound(roadRules, pack, { seats: 3, seed: 42, bots: [best, wrong, undefined] });
    const brakeIds = new Set(pack.data.stages.filter((s) => s.kind === 'brake').map((s) => s.id));
    const tests = played.record.evidence.filter((e) => brakeIds.has(e.item));
    expect(tests.length).toBeGreaterThanOrEqual(3 * 3);
    for (const e of tests) {
      const expected = { 'pad-0': ['correct', 'stopped'], 'pad-1': ['wrong', 'collided'], 'pad-2': ['unanswered', undefined] }[e.seat]!;
      expect([e.outcome, e.response], `${e.seat} in ${e.item}`).toEqual(expected);
    }
    // The best seat's response time is its time to a standstill, from the opening of the test.
    expect(tests.filter((e) => e.seat === 'pad-0').every((e) => e.responseMs! > 0)).toBe(true);
  });

  it('a button pressed in the first 0.4 s of a sign question does not answer it', () => {
    const pack = shipped('panneaux');
    const hasty: Bot<RoadRulesState> = ({ state, now }) => (state.phase === 'open' && now - state.openedAtMs < 400 ? [{ type: 'choice', choice: 0 }] : []);
    const played = playRound(roadRules, pack, { seats: 1, seed: 13, bots: hasty });
    expect(played.log.some((input) => input.type === 'choice')).toBe(true);
    expect(new Set(played.record.evidence.filter((e) => pack.data.stages.find((s) => s.id === e.item)?.kind === 'quiz').map((e) => e.outcome))).toEqual(new Set(['unanswered']));
  });
});
