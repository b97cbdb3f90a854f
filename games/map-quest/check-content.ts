import type { ContentPack, PackProblem } from '../../src/sdk';
import type { MapQuestContent } from './content-schema';
import { pointInRings } from './geo';
import { arrondissementAt, arrondissementShape, closerAnswer, directionAnswer, insideParis, resolveMap, roundMaxPoints } from './rules/scoring';

/**
 * Cross-checks of a map-quest pack that a schema cannot express: references between items, that
 * every place lies in Paris and in its arrondissement on the map the pack plays on, and that
 * every question has one clear right answer.
 */
export function checkContent(pack: ContentPack<MapQuestContent>): PackProblem[] {
  const problems: PackProblem[] = [];
  const problem = (path: string, message: string) => problems.push({ path, message });
  const data = pack.data;
  const map = resolveMap(data);
  const sources = new Set(pack.sources.map((s) => s.id));
  const places = new Map(data.places.map((p) => [p.id, p]));

  const expected = roundMaxPoints(data);
  if (pack.maxPointsPerSeat !== expected) {
    problem('maxPointsPerSeat', `is ${pack.maxPointsPerSeat}, but ${data.round.questions} questions × ${expected / data.round.questions} points make ${expected}`);
  }
  if (data.questions.length < data.round.questions) {
    problem('data.round.questions', `asks ${data.round.questions} questions a round but the pack has only ${data.questions.length}`);
  }

  const seenPlaces = new Set<string>();
  data.places.forEach((place, i) => {
    const at = `data.places[${i}]`;
    if (seenPlaces.has(place.id)) problem(`${at}.id`, `"${place.id}" is used by two places`);
    seenPlaces.add(place.id);
    if (!sources.has(place.source)) problem(`${at}.source`, `"${place.source}" is not one of the pack's sources`);
    if (!insideParis(place.at, map)) {
      problem(`${at}.at`, `${place.at.join(', ')} is outside Paris on the map`);
      return;
    }
    const declared = [place.arrondissement, ...(place.alsoIn ?? [])];
    if (!declared.some((n) => pointInRings(place.at, arrondissementShape(map, n).rings))) {
      problem(`${at}.at`, `lies in the ${arrondissementAt(place.at, map) ?? '?'}e on the map, not in the ${declared.join('e or ')}e`);
    }
  });

  const known = (path: string, id: string) => {
    if (!places.has(id)) problem(path, `no place "${id}" in data.places`);
    return places.has(id);
  };
  data.questions.forEach((question, i) => {
    const at = `data.questions[${i}]`;
    switch (question.kind) {
      case 'locate':
        known(`${at}.place`, question.place);
        break;
      case 'arrondissement':
        break;
      case 'direction': {
        const spots = [question.subject, ...(question.reference === 'seine' ? [] : [question.reference])];
        if (!spots.every((s, k) => !('place' in s) || known(`${at}.${k === 0 ? 'subject' : 'reference'}.place`, s.place))) break;
        if (!question.choices.includes(question.answer)) problem(`${at}.answer`, `"${question.answer}" is not among the choices`);
        if (new Set(question.choices).size !== question.choices.length) problem(`${at}.choices`, 'a direction is offered twice');
        const truth = directionAnswer(question, data.places, map);
        if (truth.answer !== question.answer) problem(`${at}.answer`, `is "${question.answer}", but on the map it is "${truth.answer}"`);
        else if (!truth.clear) problem(`${at}`, 'the two points are too close to that line to make a fair question');
        break;
      }
      case 'closer': {
        const ids = [question.reference, ...question.options];
        if (!ids.every((id, k) => known(k === 0 ? `${at}.reference` : `${at}.options[${k - 1}]`, id))) break;
        if (!question.options.includes(question.answer)) problem(`${at}.answer`, `"${question.answer}" is not among the options`);
        if (question.options.includes(question.reference)) problem(`${at}.options`, 'the reference is among the options');
        const truth = closerAnswer(question, data.places);
        if (truth.answer !== question.answer) problem(`${at}.answer`, `is "${question.answer}", but "${truth.answer}" is closer`);
        else if (!truth.clear) problem(`${at}`, 'the closest two options are too near in distance to make a fair question');
        break;
      }
    }
  });
  return problems;
}
