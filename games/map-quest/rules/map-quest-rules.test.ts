import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Bot, ContentPack, SeatAction } from '../../../src/sdk';
import { RoundEngine } from '../../../src/sdk';
import { checkPack, type PackGame } from '../../../src/shared/pack/check-pack';
import type { Evidence } from '../../../src/shared/round/round-record';
import { checkRounds, playRound } from '../../../src/sdk/testing';
import type { MapQuestContent } from '../content-schema';
import mapQuest from '../index';
import { boardOf, lonLatAt, startPoint } from './board';
import type { MapItem } from './items';
import type { MapQuestState } from './map-quest-rules';
import { MOTION } from './marker-motion';
import { fullMarks, markerOutcome } from './scoring';
import { stepsTo, type SeatAnswer } from './seat-answer';
import type { XY } from '../geo';

function load(id: string): ContentPack<MapQuestContent> {
  const file = `content/${id}/pack.json`;
  const check = checkPack(file, readFileSync(new URL(`../../../${file}`, import.meta.url), 'utf8'), new Map([[mapQuest.id, mapQuest as unknown as PackGame]]));
  if (!check.ok) throw new Error(`${id}: ${check.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
  return check.pack as ContentPack<MapQuestContent>;
}

const monuments = load('paris-monuments');
const arrondissements = load('paris-arrondissements');

/** A seat that acts once per question, as soon as it opens, by a script. */
function scripted(script: (item: MapItem, answer: SeatAnswer) => SeatAction[]): Bot<MapQuestState> {
  const acted = new Set<number>();
  return ({ seat, state }) => {
    if (state.phase !== 'open' || acted.has(state.index)) return;
    acted.add(state.index);
    return script(state.items[state.index]!, state.drafts[seat]!.answer);
  };
}

const aimOf = (item: MapItem): XY => {
  if (!('aim' in item.best)) throw new Error(`${item.id} is not a marker question`);
  return item.best.aim;
};
const rightButton = (item: MapItem) => ('button' in item.best ? item.best.button : null);
const isMarker = (item: MapItem) => item.target !== null;

/** What a marker left at `p` is worth, from the pure scoring functions (tested on their own). */
function markerMark(pack: ContentPack<MapQuestContent>, item: MapItem, p: XY) {
  const board = boardOf(pack.data);
  const at = lonLatAt(p, board);
  const outcome = markerOutcome(item.question as Extract<MapItem['question'], { kind: 'locate' | 'arrondissement' }>, at, pack.data, board.map);
  return { outcome: outcome.correct ? 'correct' : 'wrong', points: outcome.points, at };
}

/** One seat's evidence and points, question by question, from a round's record. */
function perItem(record: ReturnType<typeof playRound>['record'], seat: string, items: readonly MapItem[]) {
  return items.map((item) => {
    const evidence = record.evidence.filter((e) => e.seat === seat && e.item === item.id);
    expect(evidence, `${seat} on ${item.id}: one piece of evidence`).toHaveLength(1);
    const points = record.scoreLines.filter((l) => l.seat === seat && l.reason === item.id).reduce((sum, l) => sum + l.points, 0);
    return { item, evidence: evidence[0]! as Evidence, points };
  });
}

describe('map-quest rounds, headless', () => {
  it('paris-monuments, four seats: best play, a seat that never touches anything, a marker moved but never locked, a marker locked where it started', () => {
    const answerMs = monuments.data.round.answerSeconds * 1000;
    const nearOffset = 6 * MOTION.stepPx;
    const bots = [
      mapQuest.bots!.best!,
      undefined,
      // Near the place without locking; a wrong button.
      scripted((item, answer) => {
        if (isMarker(item)) return stepsTo(answer, { x: aimOf(item).x + nearOffset, y: aimOf(item).y });
        const wrong = item.choices.find((c) => c.button !== rightButton(item))!;
        return [{ type: 'choice', choice: wrong.button }];
      }),
      // Locks the marker where it starts; presses a button the question does not offer.
      scripted((item) => {
        if (isMarker(item)) return [{ type: 'confirm' }];
        const unoffered = ([0, 1, 2, 3] as const).find((b) => !item.choices.some((c) => c.button === b));
        return unoffered === undefined ? [] : [{ type: 'choice', choice: unoffered }];
      }),
    ];
    const played = playRound(mapQuest, monuments, { seats: 4, seed: 7, bots });
    expect(played.endReason).toBe('complete');
    const items = (played.engine.state as MapQuestState).items;
    expect(items).toHaveLength(monuments.data.round.questions);
    expect(new Set(items.map((i) => i.question.kind))).toEqual(new Set(['locate', 'direction', 'closer']));
    expect(played.record.evidence).toHaveLength(4 * items.length);
    const full = fullMarks(monuments.data.scoring);

    expect(played.engine.totals('pad-0')).toEqual({ points: monuments.maxPointsPerSeat, correct: 10, answered: 10, items: 10, accuracy: 1 });
    for (const { evidence, points } of perItem(played.record, 'pad-0', items)) {
      expect(evidence.outcome).toBe('correct');
      expect(points).toBe(full);
    }

    expect(played.engine.totals('pad-1')).toEqual({ points: 0, correct: 0, answered: 0, items: 10, accuracy: null });
    for (const { evidence } of perItem(played.record, 'pad-1', items)) {
      expect(evidence.outcome).toBe('unanswered');
      expect(evidence).not.toHaveProperty('response');
      expect(evidence).not.toHaveProperty('responseMs');
    }

    let nearPoints = 0;
    let nearCorrect = 0;
    for (const { item, evidence, points } of perItem(played.record, 'pad-2', items)) {
      if (isMarker(item)) {
        // Left unlocked: judged where it stands, answered at the end of the time.
        const expected = markerMark(monuments, item, { x: aimOf(item).x + nearOffset, y: aimOf(item).y });
        expect(evidence, item.id).toMatchObject({ outcome: expected.outcome, responseMs: answerMs, response: `${expected.at[0].toFixed(5)},${expected.at[1].toFixed(5)}` });
        expect(points, item.id).toBe(expected.points);
        // 24 px is about 290 m: inside the pack's 600 m, with most of the distance points.
        expect(evidence.outcome).toBe('correct');
        expect(points).toBeGreaterThan(full / 2);
        nearPoints += points;
        nearCorrect += 1;
      } else {
        expect(evidence, item.id).toMatchObject({ outcome: 'wrong' });
        expect(evidence.responseMs).toBeLessThan(200);
        expect(points).toBe(0);
      }
    }
    expect(played.engine.totals('pad-2')).toEqual({ points: nearPoints, correct: nearCorrect, answered: 10, items: 10, accuracy: nearCorrect / 10 });

    let lockedPoints = 0;
    let answered = 0;
    for (const { item, evidence, points } of perItem(played.record, 'pad-3', items)) {
      if (isMarker(item)) {
        // Locked without moving: an answer, at the starting corner outside Paris.
        const expected = markerMark(monuments, item, startPoint(3));
        expect(evidence, item.id).toMatchObject({ outcome: 'wrong' });
        expect(points, item.id).toBe(expected.points);
        lockedPoints += points;
        answered += 1;
      } else {
        expect(evidence.outcome, `${item.id}: a button the question does not offer is no answer`).toBe('unanswered');
      }
    }
    expect(played.engine.totals('pad-3')).toEqual({ points: lockedPoints, correct: 0, answered, items: 10, accuracy: answered ? 0 : null });
  });

  it.each([
    ['paris-monuments', monuments],
    ['paris-arrondissements', arrondissements],
  ])('%s, one seat playing its best: every question right, each closed as soon as it is answered', (_id, pack) => {
    const played = playRound(mapQuest, pack, { seats: 1, seed: 11, bots: mapQuest.bots!.best! });
    const items = (played.engine.state as MapQuestState).items;
    expect(played.engine.totals('pad-0')).toEqual({ points: pack.maxPointsPerSeat, correct: 10, answered: 10, items: 10, accuracy: 1 });
    for (const { evidence, points } of perItem(played.record, 'pad-0', items)) {
      expect(evidence.outcome).toBe('correct');
      expect(evidence.responseMs).toBeLessThan(200);
      expect(points).toBe(fullMarks(pack.data.scoring));
    }
    // Ten reveals, and a bot's first look (every 100 ms) at each question.
    expect(played.durationMs).toBeLessThanOrEqual(10 * (pack.data.round.revealSeconds * 1000 + 100));
  });

  it('paris-arrondissements, two seats: one locks in, takes it back, moves off and is judged where its marker stands', () => {
    const answerMs = arrondissements.data.round.answerSeconds * 1000;
    const west = 12 * MOTION.stepPx;
    const seat = scripted((item, answer) => {
      if (!isMarker(item)) return [{ type: 'choice', choice: rightButton(item)! }];
      const aim = aimOf(item);
      return [...stepsTo(answer, aim), { type: 'confirm' }, { type: 'back' }, ...stepsTo(aim, { x: aim.x - west, y: aim.y })];
    });
    // The second seat never answers, so the first has time to think again.
    const played = playRound(mapQuest, arrondissements, { seats: 2, seed: 3, bots: [seat, undefined] });
    const items = (played.engine.state as MapQuestState).items;
    const full = fullMarks(arrondissements.data.scoring);
    let points = 0;
    let correct = 0;
    for (const row of perItem(played.record, 'pad-0', items)) {
      if (isMarker(row.item)) {
        const expected = markerMark(arrondissements, row.item, { x: aimOf(row.item).x - west, y: aimOf(row.item).y });
        expect(row.evidence, row.item.id).toMatchObject({ outcome: expected.outcome, responseMs: answerMs });
        expect(row.points, row.item.id).toBe(expected.points);
        // Outside the arrondissement, half the distance points to its edge; inside, full marks.
        expect(row.points === full || row.points <= full / 2).toBe(true);
      } else {
        expect(row.evidence.outcome).toBe('correct');
        expect(row.points).toBe(full);
      }
      points += row.points;
      if (row.evidence.outcome === 'correct') correct += 1;
    }
    expect(played.engine.totals('pad-0')).toEqual({ points, correct, answered: 10, items: 10, accuracy: correct / 10 });
    const happened = played.engine.drainHappened();
    const markers = items.filter(isMarker).length;
    expect(happened.filter((e) => e.type === 'locked')).toHaveLength(10);
    expect(happened.filter((e) => e.type === 'unlocked')).toHaveLength(markers);
  });

  it('moves a marker with the held stick, eases in, stops on release, and shows every marker in the view', () => {
    const engine = new RoundEngine(mapQuest.rules, { pack: monuments, seats: [{ id: 'pad-0', input: 'pad' }, { id: 'kb-left', input: 'keyboard' }], seed: 1 });
    const state = engine.state as MapQuestState;
    // Play to the first marker question, answering button questions.
    while (!state.items[state.index]!.target) {
      engine.input({ seat: 'pad-0', type: 'choice', choice: rightButton(state.items[state.index]!)! });
      engine.input({ seat: 'kb-left', type: 'choice', choice: rightButton(state.items[state.index]!)! });
      engine.advanceTo(state.phaseEndsMs);
      engine.advanceTo(state.phaseEndsMs);
    }
    expect(state.phase).toBe('open');
    const start = { ...state.drafts['pad-0']!.answer };
    expect(start).toMatchObject({ ...startPoint(0), moved: false });
    const t0 = engine.now;
    engine.input({ seat: 'pad-0', type: 'hold', move: { x: 1, y: 0 }, confirm: false, back: false, choices: [false, false, false, false] });
    engine.advanceTo(t0 + 1000);
    engine.input({ seat: 'pad-0', type: 'hold', move: { x: 0, y: 0 }, confirm: false, back: false, choices: [false, false, false, false] });
    const after = state.drafts['pad-0']!.answer;
    // One second from rest: between the slowest and the fastest speed.
    expect(after.x - start.x).toBeGreaterThan(MOTION.minSpeed);
    expect(after.x - start.x).toBeLessThan(MOTION.maxSpeed);
    expect(after).toMatchObject({ y: start.y, moved: true });
    engine.advanceTo(t0 + 1500);
    expect(state.drafts['pad-0']!.answer.x).toBe(after.x);
    engine.input({ seat: 'pad-0', type: 'step', x: 0, y: -1 });
    expect(state.drafts['pad-0']!.answer.y).toBe(start.y - MOTION.stepPx);

    const view = engine.view() as { phase: string; kind: string; seats: Record<string, { locked: boolean; answer: { x: number; y: number; moved: boolean } }> };
    expect(view.seats['pad-0']!.answer).toEqual({ x: Math.round(after.x * 10) / 10, y: start.y - MOTION.stepPx, moved: true });
    expect(view.seats['kb-left']!.answer).toEqual({ ...startPoint(1), moved: false });
    expect(view).not.toHaveProperty('truth');

    engine.input({ seat: 'pad-0', type: 'confirm' });
    engine.input({ seat: 'pad-0', type: 'step', x: 1, y: 0 });
    expect(state.drafts['pad-0']).toMatchObject({ locked: true, answer: { y: start.y - MOTION.stepPx, x: after.x } });
    engine.input({ seat: 'kb-left', type: 'confirm' });
    // Every seat locked: the reveal shows the truth and each seat's mark.
    expect(state.phase).toBe('reveal');
    const reveal = engine.view() as { truth: { at: [number, number]; point: XY }; seats: Record<string, { mark: { outcome: string; detail: { distanceM: number } } }> };
    expect(reveal.truth.at).toEqual(state.items[state.index]!.target!.at);
    expect(reveal.seats['kb-left']!.mark.outcome).toBe('wrong');
    expect(reveal.seats['kb-left']!.mark.detail.distanceM).toBeGreaterThan(0);
  });

  it.each([
    ['paris-monuments', monuments],
    ['paris-arrondissements', arrondissements],
  ])('%s passes the round checks of the kit', (_id, pack) => {
    expect(checkRounds(mapQuest, pack, { randomRounds: 60 })).toEqual([]);
  }, 60_000);
});
