import type { ChoiceIndex, HappenedEvent, SeatId } from '../../../src/sdk';
import { AnswerPanel, RoundScene, SeatStrip, THEME, type SeatSlotLook } from '../../../src/sdk/scene';
import type { MapQuestContent } from '../content-schema';
import { toScreen } from '../geo';
import { boardOf, type Board } from '../rules/board';
import type { MapItem } from '../rules/items';
import type { MapQuestState } from '../rules/map-quest-rules';
import { answerText, capitalise, formatDistance, placeOf } from '../wording';
import { freeTopRightCorner, type Rect } from './free-corner';
import { HeaderBand } from './header-band';
import { DEPTH, LAYOUT } from './layout';
import { MapView } from './map-view';
import { RevealLayer } from './reveal-layer';
import { drawReveal } from './reveal-drawing';
import { SeatMarkers } from './seat-markers';

/** Narrowest answer panel: the pad diamond with its four labels. */
const CHOICE_PANEL_MIN_WIDTH = 290;
/** Half a marker's box, for reveal labels to keep clear of. */
const MARKER_HALF = 34;

/**
 * One round of map-quest, drawn from the rules' state: the map, the question and its timer, each
 * seat's marker where the rules hold it (or the face-button answers), the seat strip, and at each
 * reveal the truth with every seat's distance and points. Sounds follow what the rules report.
 * It gives no points and records nothing: the rules do.
 */
export class MapQuestScene extends RoundScene<MapQuestContent, MapQuestState> {
  static readonly KEY = 'map-quest:play';

  private board!: Board;
  private mapView!: MapView;
  private header!: HeaderBand;
  private strip!: SeatStrip;
  private markers!: SeatMarkers;
  private choiceArea!: Rect;
  /** The compass and the scale bar: reveal labels keep clear of them. */
  private furniture: Rect[] = [];
  private answerPanel: AnswerPanel | null = null;
  private reveal: RevealLayer | null = null;
  /** The item and phase drawn now, to redraw only on a change. */
  private shown = '';

  constructor() {
    super(MapQuestScene.KEY);
  }

  create(): void {
    const { content, seats, locale } = this.round;
    this.cameras.main.setBackgroundColor(THEME.palette.background);
    this.board = boardOf(content);
    this.mapView = new MapView(this, this.round, this.board.map, this.board.frame);
    // The answer panel goes in the corner the city leaves empty (north-east of the 20e, above the
    // Bois de Vincennes for Paris), so it hides nothing of the map; a map with no such corner gets the right edge.
    const outline = this.board.map.boundary.map((p) => toScreen(p, this.board.frame));
    this.choiceArea = freeTopRightCorner(outline, LAYOUT.map, CHOICE_PANEL_MIN_WIDTH, 16)
      ?? { x: LAYOUT.map.x + LAYOUT.map.width - CHOICE_PANEL_MIN_WIDTH, y: LAYOUT.map.y + 110, width: CHOICE_PANEL_MIN_WIDTH, height: 450 };
    // Top left: the corner north of the Bois de Boulogne is empty.
    const compass = MapView.compass(this, this.round, LAYOUT.map.x + 90, LAYOUT.map.y + 100);
    const scale = MapView.scaleBar(this, this.round, this.board.frame, LAYOUT.map.x + 30, LAYOUT.map.y + LAYOUT.map.height - 30);
    this.furniture = [compass, scale].map((part) => {
      const { x, y, width, height } = part.getBounds();
      return { x, y, width, height };
    });
    this.header = new HeaderBand(this, this.round);
    this.strip = new SeatStrip(this, { seats, y: LAYOUT.stripY, locale });
    this.markers = new SeatMarkers(this, seats);
    this.round.on((event) => this.happened(event));
  }

  override update(): void {
    const state = this.round.state;
    const item = state.items[state.index];
    if (!item || state.phase === 'final' || state.phase === 'over') return;
    const revealed = state.phase === 'reveal';
    const key = `${state.index}:${revealed ? 'reveal' : 'ask'}`;
    if (key !== this.shown) {
      this.shown = key;
      if (revealed) this.showReveal(item, state);
      else this.showQuestion(item, state);
    }
    if (state.phase === 'open') this.header.showTime(state.phaseEndsMs - this.round.clock.now(), state.answerMs);
    if (item.target) for (const seat of this.round.seats) this.markers.draw(seat.id, state.drafts[seat.id]!.answer, state.drafts[seat.id]!.locked);
    const locked = this.round.seats.filter((s) => state.drafts[s.id]?.locked).map((s) => s.id);
    this.answerPanel?.update({ locked, ...(revealed ? { reveal: { right: rightButton(item), picks: picksOf(state) } } : {}) });
    for (const seat of this.round.seats) this.strip.update(seat.id, slotLook(state, seat.id, revealed));
  }

  private happened(event: HappenedEvent): void {
    const { audio } = this.round;
    if (event.type === 'locked') audio.play('confirm');
    if (event.type === 'revealed') {
      const marks = Object.values(this.round.state.marks);
      audio.play(marks.some((m) => m.outcome === 'correct') ? 'correct' : 'reveal');
    }
  }

  private showQuestion(item: MapItem, state: MapQuestState): void {
    this.reveal?.destroy();
    this.reveal = null;
    this.answerPanel?.destroy();
    this.answerPanel = null;
    this.mapView.highlight(null);
    this.mapView.showAnswers(false);
    this.markers.setVisible(item.target !== null);
    if (item.choices.length) {
      const labels: Partial<Record<ChoiceIndex, string>> = {};
      for (const c of item.choices) labels[c.button] = this.choiceLabel(item, c.value);
      this.answerPanel = new AnswerPanel(this, { area: this.choiceArea, layout: item.question.kind === 'direction' ? 'diamond' : 'list', choices: labels, seats: this.round.seats, textSize: THEME.size.small });
      this.answerPanel.container.setDepth(DEPTH.choicePanel);
    }
    this.header.showQuestion(item.question, { index: state.index, total: state.items.length }, item.target !== null);
  }

  private choiceLabel(item: MapItem, value: string): string {
    if (item.question.kind === 'direction') return this.round.t(`direction.${value}`);
    return capitalise(this.round.text(placeOf(this.round.content, value).name));
  }

  private showReveal(item: MapItem, state: MapQuestState): void {
    const { content, seats } = this.round;
    this.mapView.showAnswers(true);
    // Labels keep clear of the shown numbers and of the markers on the map.
    const markers = item.target ? seats.map((s) => state.drafts[s.id]!.answer).map((m) => ({ x: m.x - MARKER_HALF, y: m.y - MARKER_HALF, width: 2 * MARKER_HALF, height: 2 * MARKER_HALF })) : [];
    this.reveal = new RevealLayer(this, [...this.furniture, ...this.mapView.numberBounds(), ...markers]);
    this.header.showReveal(item.question, answerText(item.question, content, this.round));
    const lines = seats.flatMap((seat) => {
      const distanceM = state.marks[seat.id]?.detail?.['distanceM'];
      return typeof distanceM === 'number' ? [{ from: state.drafts[seat.id]!.answer, colour: seat.colour, label: formatDistance(distanceM, this.round) }] : [];
    });
    drawReveal({ round: this.round, map: this.board.map, frame: this.board.frame, mapView: this.mapView, layer: this.reveal }, item.question, lines);
  }
}

function rightButton(item: MapItem): ChoiceIndex {
  if (!('button' in item.best)) throw new Error(`map-quest: ${item.id} is answered on the map, not with the buttons`);
  return item.best.button;
}

function picksOf(state: MapQuestState): Record<SeatId, ChoiceIndex | null> {
  return Object.fromEntries(Object.entries(state.drafts).map(([seat, draft]) => [seat, draft.answer.choice]));
}

/** A seat's slot: thinking or locked while seats answer; at the reveal, the points won, or silent when it gave nothing. */
function slotLook(state: MapQuestState, seat: SeatId, revealed: boolean): SeatSlotLook {
  const points = state.tally[seat]?.points ?? 0;
  const mark = state.marks[seat];
  if (revealed && mark) return { points, status: mark.outcome === 'unanswered' ? 'silent' : { won: mark.points } };
  return { points, status: state.drafts[seat]?.locked ? 'locked' : 'thinking' };
}
