import type { CorrectWhen, Direction, MapQuestContent, Place, Question, Scoring, Spot } from '../content-schema';
import type { Random } from '../../../src/sdk';
import { distanceM, distanceToRingsM, labelPoint, pointInRings, toLocalMetres, type LonLat, type Ring } from '../geo';
import type { ArrondissementShape, MapGeometry } from '../map-schema';
import { PARIS_MAP } from '../paris-map';

/**
 * The rules of map-quest as pure functions: which map a round plays on, how many points an
 * answer is worth, whether it is right, and what the true answer of a question is.
 */

/** The pack's map: its own parts where it gives them, the game's schematic elsewhere; every arrondissement gets a label inside it. */
export function resolveMap(content: Pick<MapQuestContent, 'map'>): MapGeometry {
  const map: MapGeometry = { ...PARIS_MAP, ...(content.map ?? {}) };
  const arrondissements = map.arrondissements.map((shape): ArrondissementShape => {
    if (shape.label && pointInRings(shape.label, shape.rings)) return shape;
    const fallback = PARIS_MAP.arrondissements.find((a) => a.number === shape.number)?.label;
    return { ...shape, label: fallback && pointInRings(fallback, shape.rings) ? fallback : labelPoint(shape.rings) };
  });
  return { ...map, arrondissements: [...arrondissements].sort((a, b) => a.number - b.number) };
}

export function arrondissementShape(map: MapGeometry, number: number): ArrondissementShape {
  const shape = map.arrondissements.find((a) => a.number === number);
  if (!shape) throw new Error(`the map has no arrondissement ${number}`);
  return shape;
}

/** The arrondissement a point lies in (the lower number when it sits exactly on a boundary), or null outside Paris. */
export function arrondissementAt(p: LonLat, map: MapGeometry): number | null {
  return map.arrondissements.find((a) => pointInRings(p, a.rings))?.number ?? null;
}

export function insideParis(p: LonLat, map: MapGeometry): boolean {
  return pointInRings(p, [map.boundary]) || arrondissementAt(p, map) !== null;
}

/** Points for a marker `d` metres from the place: all within `fullWithinM`, none beyond `zeroBeyondM`, a straight line between. */
export function distancePoints(d: number, scoring: Scoring): number {
  const share = (scoring.zeroBeyondM - d) / (scoring.zeroBeyondM - scoring.fullWithinM);
  return Math.round(scoring.maxPoints * Math.max(0, Math.min(1, share)));
}

/** The most one question can give a seat. Every kind of question weighs the same. */
export function fullMarks(scoring: Scoring): number {
  return scoring.maxPoints + scoring.arrondissementBonus;
}

/** The most a seat can make in one round: what the pack's `maxPointsPerSeat` must say. */
export function roundMaxPoints(content: Pick<MapQuestContent, 'round' | 'scoring'>): number {
  return content.round.questions * fullMarks(content.scoring);
}

/** What one seat's answer to one question is worth. */
export interface Outcome {
  points: number;
  correct: boolean;
  /** Locate questions: metres from the marker to the place; arrondissement questions: to the arrondissement. */
  distanceM?: number;
  /** Locate questions: whether the marker is in the place's arrondissement. */
  inArrondissement?: boolean;
}

const NO_ANSWER: Outcome = { points: 0, correct: false };

/** A locate answer: points fall with distance, plus the bonus in the right arrondissement; right per the pack's `correctWhen`. */
export function locateOutcome(marker: LonLat | null, place: Place, rules: { scoring: Scoring; correctWhen: CorrectWhen }, map: MapGeometry): Outcome {
  if (!marker) return NO_ANSWER;
  const d = distanceM(marker, place.at);
  const inArrondissement = [place.arrondissement, ...(place.alsoIn ?? [])].some((n) => pointInRings(marker, arrondissementShape(map, n).rings));
  const points = distancePoints(d, rules.scoring) + (inArrondissement ? rules.scoring.arrondissementBonus : 0);
  const correct = rules.correctWhen.kind === 'distance' ? d <= rules.correctWhen.withinM : inArrondissement;
  return { points, correct, distanceM: d, inArrondissement };
}

/** An arrondissement answer: full marks inside it; outside, half the distance points measured to its nearest edge. */
export function arrondissementOutcome(marker: LonLat | null, number: number, scoring: Scoring, map: MapGeometry): Outcome {
  if (!marker) return NO_ANSWER;
  const d = distanceToRingsM(marker, arrondissementShape(map, number).rings);
  if (d === 0) return { points: fullMarks(scoring), correct: true, distanceM: 0 };
  return { points: Math.round(distancePoints(d, scoring) / 2), correct: false, distanceM: d };
}

/** What a marker at `at` is worth on a locate or arrondissement question; `null` is no answer. */
export function markerOutcome(
  question: Extract<Question, { kind: 'locate' | 'arrondissement' }>,
  at: LonLat | null,
  content: Pick<MapQuestContent, 'places' | 'scoring' | 'correctWhen'>,
  map: MapGeometry,
): Outcome {
  if (question.kind === 'arrondissement') return arrondissementOutcome(at, question.number, content.scoring, map);
  const place = content.places.find((p) => p.id === question.place);
  if (!place) throw new Error(`map-quest: question "${question.id}" asks for a place "${question.place}" the pack does not have`);
  return locateOutcome(at, place, content, map);
}

/** A face-button answer: full marks when right. */
export function choiceOutcome<T>(chosen: T | null, answer: T, scoring: Scoring): Outcome {
  if (chosen === null) return NO_ANSWER;
  return chosen === answer ? { points: fullMarks(scoring), correct: true } : { points: 0, correct: false };
}

/** Where a spot is: a place's coordinates, or an arrondissement's label point. */
export function spotPoint(spot: Spot, places: readonly Place[], map: MapGeometry): LonLat {
  if ('place' in spot) {
    const place = places.find((p) => p.id === spot.place);
    if (!place) throw new Error(`no place "${spot.place}"`);
    return place.at;
  }
  const label = arrondissementShape(map, spot.arrondissement).label;
  return label ?? labelPoint(arrondissementShape(map, spot.arrondissement).rings);
}

/** Unit vectors of the four directions in local metres (x east, y north). */
const UNIT: Record<Direction, { x: number; y: number }> = { north: { x: 0, y: 1 }, east: { x: 1, y: 0 }, south: { x: 0, y: -1 }, west: { x: -1, y: 0 } };

/**
 * Which of `choices` best describes where `subject` lies from `reference`, and whether it is
 * clear enough to ask: at least `minM` along that direction, and no more than 30° off it when the
 * sideways choices are offered too (60° when only the two opposite ones are).
 */
export function directionBetween(subject: LonLat, reference: LonLat, choices: readonly Direction[], minM = 300): { answer: Direction; clear: boolean } {
  const v = toLocalMetres(subject, reference);
  const ranked = [...choices].sort((a, b) => UNIT[b].x * v.x + UNIT[b].y * v.y - (UNIT[a].x * v.x + UNIT[a].y * v.y));
  const answer = ranked[0]!;
  const along = UNIT[answer].x * v.x + UNIT[answer].y * v.y;
  const across = Math.abs(UNIT[answer].y * v.x - UNIT[answer].x * v.y);
  const sidewaysOffered = choices.some((c) => UNIT[c].x * UNIT[answer].x + UNIT[c].y * UNIT[answer].y === 0);
  const clear = along >= minM && across <= along * Math.tan(sidewaysOffered ? Math.PI / 6 : Math.PI / 3);
  return { answer, clear };
}

/**
 * The bank of the Seine a point is on, from the nearest piece of the river's centre line (drawn
 * in the direction of flow): left of the flow is the rive gauche, the south bank in Paris.
 */
export function sideOfSeine(p: LonLat, map: MapGeometry): { side: 'north' | 'south'; distanceM: number } {
  let best = { distance: Infinity, cross: 0 };
  for (const piece of map.river) {
    const local = piece.path.map((q) => toLocalMetres(q, p));
    for (let i = 0; i + 1 < local.length; i++) {
      const a = local[i]!;
      const b = local[i + 1]!;
      const dx = b.x - a.x;
      const dy = b.y - a.y;
      const t = Math.max(0, Math.min(1, (-a.x * dx - a.y * dy) / (dx * dx + dy * dy || 1)));
      const distance = Math.hypot(a.x + t * dx, a.y + t * dy);
      if (distance < best.distance) best = { distance, cross: dx * -a.y - dy * -a.x };
    }
  }
  return { side: best.cross > 0 ? 'south' : 'north', distanceM: best.distance };
}

/** The true answer of a direction question, and whether the geometry makes it clear. */
export function directionAnswer(question: Extract<Question, { kind: 'direction' }>, places: readonly Place[], map: MapGeometry): { answer: Direction; clear: boolean } {
  const subject = spotPoint(question.subject, places, map);
  if (question.reference === 'seine') {
    const { side, distanceM: d } = sideOfSeine(subject, map);
    return { answer: side, clear: d >= 200 && question.choices.every((c) => c === 'north' || c === 'south') };
  }
  return directionBetween(subject, spotPoint(question.reference, places, map), question.choices);
}

/** The true answer of a "which is closer" question: clear when the runner-up is 20 % and 300 m farther. */
export function closerAnswer(question: Extract<Question, { kind: 'closer' }>, places: readonly Place[]): { answer: string; clear: boolean; distancesM: number[] } {
  const at = (id: string) => {
    const place = places.find((p) => p.id === id);
    if (!place) throw new Error(`no place "${id}"`);
    return place.at;
  };
  const reference = at(question.reference);
  const distancesM = question.options.map((id) => distanceM(reference, at(id)));
  const order = distancesM.map((d, i) => ({ d, i })).sort((a, b) => a.d - b.d);
  const [first, second] = [order[0]!, order[1]!];
  return { answer: question.options[first.i]!, clear: second.d >= first.d * 1.2 && second.d - first.d >= 300, distancesM };
}

/** The outline rings of Paris used to frame the map on the screen. */
export function mapFrameRings(map: MapGeometry): Ring[] {
  return [map.boundary, ...map.arrondissements.flatMap((a) => a.rings)];
}

/**
 * The questions of one round: shuffled with the round's seeded random, then taken in turn from
 * each kind of question the pack has, so a round mixes locating, directions and distances.
 */
export function pickQuestions(questions: readonly Question[], count: number, random: Random): Question[] {
  const byKind = new Map<string, Question[]>();
  for (const question of random.shuffle(questions)) byKind.set(question.kind, [...(byKind.get(question.kind) ?? []), question]);
  const queues = [...byKind.values()];
  const picked: Question[] = [];
  while (picked.length < Math.min(count, questions.length)) {
    for (const queue of queues) {
      const next = queue.shift();
      if (next && picked.length < count) picked.push(next);
    }
  }
  return picked;
}
