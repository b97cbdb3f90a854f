import type { RoundContext } from '../../../src/sdk';
import type { MapQuestContent, Question } from '../content-schema';
import type { MapGeometry } from '../map-schema';
import { toScreen, type LonLat, type MapFrame } from '../geo';
import { closerAnswer, spotPoint } from '../rules/scoring';
import { capitalise, formatDistance, placeOf } from '../wording';
import type { MapView } from './map-view';
import type { RevealLayer, RevealLine } from './reveal-layer';

/** What the reveal draws with. */
export interface RevealContext {
  round: RoundContext<MapQuestContent>;
  map: MapGeometry;
  frame: MapFrame;
  mapView: MapView;
  layer: RevealLayer;
}

/**
 * Draws the truth of a question over the map: the place with a line from every marker (locate),
 * the arrondissement lit up, the direction as an arrow from the reference, or the compared places
 * with their distances to the reference.
 */
export function drawReveal({ round, map, frame, mapView, layer }: RevealContext, question: Question, lines: readonly RevealLine[]): void {
  const { content } = round;
  const screen = (p: LonLat) => toScreen(p, frame);
  const nameOf = (id: string) => capitalise(round.text(placeOf(content, id).name));
  switch (question.kind) {
    case 'locate': {
      const place = placeOf(content, question.place);
      layer.lines(screen(place.at), lines);
      layer.target(screen(place.at), nameOf(place.id));
      break;
    }
    case 'arrondissement':
      mapView.highlight(question.number);
      break;
    case 'direction': {
      const subject = screen(spotPoint(question.subject, content.places, map));
      if (question.reference !== 'seine') layer.arrow(screen(spotPoint(question.reference, content.places, map)), subject);
      if ('arrondissement' in question.subject) mapView.highlight(question.subject.arrondissement);
      else layer.target(subject, nameOf(question.subject.place));
      break;
    }
    case 'closer': {
      const truth = closerAnswer(question, content.places);
      question.options.forEach((id, i) => layer.dot(screen(placeOf(content, id).at), `${nameOf(id)} · ${formatDistance(truth.distancesM[i]!, round)}`, id === question.answer));
      layer.reference(screen(placeOf(content, question.reference).at), nameOf(question.reference));
      break;
    }
  }
}
