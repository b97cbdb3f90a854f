import { describe, expect, it } from 'vitest';
import { createRandom } from '../../../src/sdk';
import type { Place, Scoring } from '../content-schema';
import type { LonLat } from '../geo';
import { PARIS_MAP } from '../paris-map';
import {
  arrondissementAt,
  arrondissementOutcome,
  choiceOutcome,
  closerAnswer,
  directionBetween,
  distancePoints,
  fullMarks,
  locateOutcome,
  resolveMap,
  roundMaxPoints,
  sideOfSeine,
  pickQuestions,
} from './scoring';

const scoring: Scoring = { maxPoints: 100, arrondissementBonus: 20, fullWithinM: 100, zeroBeyondM: 3000 };
const map = resolveMap({});
const place = (id: string, lat: number, lon: number, arrondissement: number, alsoIn?: number[]): Place => ({
  id,
  name: { fr: id, en: id },
  at: [lon, lat],
  arrondissement,
  ...(alsoIn ? { alsoIn } : {}),
  fact: { fr: 'f', en: 'f' },
  source: 's',
});
const eiffel = place('tour-eiffel', 48.8584, 2.2945, 7);
const pantheon = place('pantheon', 48.8462, 2.3464, 5);
const sacreCoeur = place('sacre-coeur', 48.8867, 2.3431, 18);
const notreDame = place('notre-dame', 48.853, 2.3499, 4);
/** A point `m` metres north of a place. */
const north = (p: Place, m: number): LonLat => [p.at[0], p.at[1] + m / 111_195];

describe('distance points', () => {
  it('gives all points within the full radius and none beyond the zero radius', () => {
    expect(distancePoints(0, scoring)).toBe(100);
    expect(distancePoints(100, scoring)).toBe(100);
    expect(distancePoints(3000, scoring)).toBe(0);
    expect(distancePoints(12_000, scoring)).toBe(0);
  });

  it('falls in a straight line in between, in whole points', () => {
    expect(distancePoints(1550, scoring)).toBe(50);
    expect(distancePoints(2710, scoring)).toBe(10);
    expect(Number.isInteger(distancePoints(1234.5, scoring))).toBe(true);
  });

  it('never rises with distance', () => {
    let last = Infinity;
    for (let d = 0; d <= 4000; d += 37) {
      const points = distancePoints(d, scoring);
      expect(points).toBeLessThanOrEqual(last);
      last = points;
    }
  });
});

describe('locate answers', () => {
  const byDistance = { scoring, correctWhen: { kind: 'distance' as const, withinM: 500 } };
  const byArrondissement = { scoring, correctWhen: { kind: 'arrondissement' as const } };

  it('gives full marks with the bonus on the place itself', () => {
    const outcome = locateOutcome(eiffel.at, eiffel, byDistance, map);
    expect(outcome).toMatchObject({ points: 120, correct: true, inArrondissement: true });
    expect(outcome.distanceM).toBe(0);
  });

  it('falls with distance and is right within the pack threshold', () => {
    const near = locateOutcome(north(pantheon, 400), pantheon, byDistance, map);
    expect(near.distanceM).toBeCloseTo(400, 0);
    expect(near.correct).toBe(true);
    expect(near.points).toBe(distancePoints(near.distanceM!, scoring) + 20);
    const far = locateOutcome(north(pantheon, 600), pantheon, byDistance, map);
    expect(far.correct).toBe(false);
  });

  it('adds the bonus only in the right arrondissement', () => {
    // 400 m north of the Panthéon is still the 5e; 1 km north is across the Seine in the 4e.
    expect(locateOutcome(north(pantheon, 400), pantheon, byDistance, map).inArrondissement).toBe(true);
    const across = locateOutcome(north(pantheon, 1000), pantheon, byDistance, map);
    expect(arrondissementAt(north(pantheon, 1000), map)).toBe(4);
    expect(across.inArrondissement).toBe(false);
    expect(across.points).toBe(distancePoints(across.distanceM!, scoring));
  });

  it('can be right by arrondissement instead of by distance', () => {
    expect(locateOutcome(north(pantheon, 600), pantheon, byArrondissement, map).correct).toBe(true);
    expect(locateOutcome(north(pantheon, 1000), pantheon, byArrondissement, map).correct).toBe(false);
  });

  it('counts a place on a boundary in any of its arrondissements', () => {
    const arc = place('arc', 48.8738, 2.295, 8, [16, 17]);
    const in17 = north(arc, 300);
    expect(arrondissementAt(in17, map)).toBe(17);
    expect(locateOutcome(in17, arc, byArrondissement, map).correct).toBe(true);
  });

  it('gives nothing to a seat that did not answer', () => {
    expect(locateOutcome(null, eiffel, byDistance, map)).toEqual({ points: 0, correct: false });
  });
});

describe('arrondissement answers', () => {
  it('gives full marks inside and half the distance points outside', () => {
    expect(arrondissementOutcome(pantheon.at, 5, scoring, map)).toMatchObject({ points: fullMarks(scoring), correct: true, distanceM: 0 });
    const outside = arrondissementOutcome(sacreCoeur.at, 5, scoring, map);
    expect(outside.correct).toBe(false);
    expect(outside.distanceM).toBeGreaterThan(3000);
    expect(outside.points).toBe(0);
    const close = arrondissementOutcome(north(pantheon, 1000), 5, scoring, map);
    expect(close.correct).toBe(false);
    expect(close.points).toBe(Math.round(distancePoints(close.distanceM!, scoring) / 2));
    expect(close.points).toBeGreaterThan(0);
  });
});

describe('choice answers', () => {
  it('gives full marks for the right choice, nothing otherwise', () => {
    expect(choiceOutcome('south', 'south', scoring)).toEqual({ points: 120, correct: true });
    expect(choiceOutcome('north', 'south', scoring)).toEqual({ points: 0, correct: false });
    expect(choiceOutcome(null, 'south', scoring)).toEqual({ points: 0, correct: false });
  });

  it('adds up to the round maximum the pack must declare', () => {
    expect(roundMaxPoints({ round: { questions: 8, answerSeconds: 20, revealSeconds: 5 }, scoring })).toBe(960);
  });
});

describe('true answers', () => {
  it('puts the Panthéon on the south bank and the Sacré-Cœur on the north bank', () => {
    expect(sideOfSeine(pantheon.at, map).side).toBe('south');
    expect(sideOfSeine(sacreCoeur.at, map).side).toBe('north');
    expect(sideOfSeine(eiffel.at, map).side).toBe('south');
    expect(sideOfSeine(place('trocadero', 48.862, 2.2877, 16).at, map).side).toBe('north');
  });

  it('finds the direction between two places, and whether it is clear', () => {
    expect(directionBetween(sacreCoeur.at, pantheon.at, ['north', 'south'])).toEqual({ answer: 'north', clear: true });
    expect(directionBetween(eiffel.at, notreDame.at, ['east', 'west'])).toEqual({ answer: 'west', clear: true });
    // Notre-Dame is 4 km east and only 0.6 km south of the Eiffel Tower: a fair east–west question, not a north–south one.
    expect(directionBetween(notreDame.at, eiffel.at, ['north', 'south']).clear).toBe(false);
    expect(directionBetween(notreDame.at, eiffel.at, ['north', 'east', 'south', 'west'])).toEqual({ answer: 'east', clear: true });
  });

  it('finds the closer place, and refuses near ties', () => {
    const porteMontreuil = place('porte-de-montreuil', 48.8535, 2.4105, 20);
    const question = { kind: 'closer' as const, id: 'q', objective: 'o', prompt: { fr: 'p', en: 'p' }, reference: porteMontreuil.id, options: [notreDame.id, eiffel.id, sacreCoeur.id], answer: notreDame.id };
    const truth = closerAnswer(question, [porteMontreuil, notreDame, eiffel, sacreCoeur]);
    expect(truth.answer).toBe('notre-dame');
    expect(truth.clear).toBe(true);
    const tie = closerAnswer({ ...question, options: [pantheon.id, notreDame.id] }, [porteMontreuil, notreDame, pantheon]);
    expect(tie.clear).toBe(false);
  });

  it('keeps the schematic labels inside their arrondissements', () => {
    for (const shape of map.arrondissements) expect(arrondissementAt(shape.label!, map)).toBe(shape.number);
    expect(map.arrondissements.map((a) => a.number)).toEqual(PARIS_MAP.arrondissements.map((a) => a.number).sort((a, b) => a - b));
  });
});

describe('drawing the questions of a round', () => {
  const question = (id: string, kind: 'locate' | 'arrondissement') =>
    kind === 'locate' ? { id, kind, place: 'p', objective: 'o' } : { id, kind, number: 1, objective: 'o' };
  const pool = [...Array.from({ length: 8 }, (_, i) => question(`l${i}`, 'locate')), question('a0', 'arrondissement'), question('a1', 'arrondissement')];

  it('mixes the kinds, never repeats, and is the same for the same seed', () => {
    const picked = pickQuestions(pool, 4, createRandom(7));
    expect(picked.filter((q) => q.kind === 'arrondissement')).toHaveLength(2);
    expect(new Set(picked.map((q) => q.id)).size).toBe(4);
    expect(pickQuestions(pool, 4, createRandom(7)).map((q) => q.id)).toEqual(picked.map((q) => q.id));
    expect(pickQuestions(pool, 50, createRandom(1))).toHaveLength(pool.length);
  });
});
