import type { ChoiceIndex, InputEvents, SeatId } from '../../../src/sdk';
import { RoundScene, THEME } from '../../../src/sdk/scene';
import type { MapQuestContent, Question } from '../content-schema';
import type { MapGeometry } from '../map-schema';
import { moveMarker, stepMarker, type MarkerState } from '../marker-motion';
import {
  arrondissementOutcome, choiceOutcome, frameFitting, fromScreen, locateOutcome, mapFrameRings, pickQuestions, resolveMap, spotPoint, toScreen,
  type LonLat, type MapFrame, type Outcome,
} from '../rules';
import { answerText, capitalise, formatDistance, placeOf } from '../wording';
import { ChoicePanel, type ChoiceLabel } from './choice-panel';
import { HeaderBand } from './header-band';
import { DIRECTION_BUTTON, LAYOUT } from './layout';
import { MapView } from './map-view';
import { RevealLayer } from './reveal-layer';
import { drawReveal } from './reveal-drawing';
import { SeatMarkers } from './seat-markers';
import { SeatPanel } from './seat-panel';

/** What one seat has done on the current question. */
interface SeatAnswer {
  marker: MarkerState;
  moved: boolean;
  lockedAtMs: number | null;
  choice: ChoiceIndex | null;
}

type Phase = 'question' | 'reveal' | 'done';
const round6 = (n: number) => Math.round(n * 1e6) / 1e6;
const round1 = (n: number) => Math.round(n * 10) / 10;

/**
 * One round of map-quest. For each drawn question: the question phase (markers move, or face
 * buttons answer; it ends when every seat has locked in or the timer runs out), then the reveal
 * (the truth, each seat's distance and points, a fact). Then `round.end()`. Every phase change is
 * published, and while markers move their screen and map positions are published four times a
 * second, so tests can steer. All timing is round time.
 */
export class MapQuestScene extends RoundScene<MapQuestContent> {
  static readonly KEY = 'map-quest:play';

  private map!: MapGeometry;
  private frame!: MapFrame;
  private mapView!: MapView;
  private header!: HeaderBand;
  private panel!: SeatPanel;
  private markers!: SeatMarkers;
  private questions: Question[] = [];
  private index = 0;
  private phase: Phase = 'question';
  private answers = new Map<SeatId, SeatAnswer>();
  private openedAt = 0;
  private lastNow = 0;
  private cancelTimer: (() => void) | null = null;
  private choicePanel: ChoicePanel | null = null;
  private reveal: RevealLayer | null = null;
  private choices: { button: ChoiceIndex; value: string }[] = [];
  private outcomes = new Map<SeatId, Outcome>();

  constructor() {
    super(MapQuestScene.KEY);
  }

  create(): void {
    const { content, input, clock, random } = this.round;
    this.cameras.main.setBackgroundColor(THEME.colour.background);
    this.map = resolveMap(content);
    this.frame = frameFitting(mapFrameRings(this.map), LAYOUT.map, 8);
    this.mapView = new MapView(this, this.round, this.map, this.frame);
    // Top left: the corner north of the Bois de Boulogne is empty; the right side holds the answer panel.
    MapView.compass(this, this.round, LAYOUT.map.x + 90, LAYOUT.map.y + 100);
    MapView.scaleBar(this, this.round, this.frame, LAYOUT.map.x + 30, LAYOUT.map.y + LAYOUT.map.height - 30);
    this.header = new HeaderBand(this, this.round);
    this.panel = new SeatPanel(this, this.round.seats);
    this.markers = new SeatMarkers(this, this.round.seats);
    this.questions = pickQuestions(content.questions, content.round.questions, random);
    input.on('confirm', ({ seat }) => this.lock(seat));
    input.on('back', ({ seat }) => this.unlock(seat));
    input.on('step', (event) => this.step(event));
    input.on('choice', (event) => this.choose(event));
    clock.every(250, () => {
      if (this.phase === 'question' && this.isSpatial) this.publish();
    });
    this.ask(0);
  }

  override update(): void {
    const now = this.round.clock.now();
    const dt = now - this.lastNow;
    this.lastNow = now;
    if (this.phase !== 'question') return;
    this.header.showTime(this.answerMs - (now - this.openedAt), this.answerMs);
    if (!this.isSpatial) return;
    for (const seat of this.round.seats) {
      const answer = this.answers.get(seat.id);
      if (!answer || answer.lockedAtMs !== null) continue;
      const next = moveMarker(answer.marker, this.round.input.state(seat.id).move, dt, LAYOUT.map);
      if (next.x !== answer.marker.x || next.y !== answer.marker.y) answer.moved = true;
      answer.marker = next;
      this.markers.draw(seat.id, next, false);
    }
  }

  private get question(): Question {
    const question = this.questions[this.index];
    if (!question) throw new Error(`map-quest has no question ${this.index} in this round`);
    return question;
  }

  private get isSpatial(): boolean {
    return this.question.kind === 'locate' || this.question.kind === 'arrondissement';
  }

  private get answerMs(): number {
    return this.round.content.round.answerSeconds * 1000;
  }

  private ask(index: number): void {
    const { clock, seats } = this.round;
    this.index = index;
    this.phase = 'question';
    this.reveal?.destroy();
    this.reveal = null;
    this.mapView.highlight(null);
    this.mapView.showAnswers(false);
    this.outcomes.clear();
    const centre = { x: LAYOUT.map.x + LAYOUT.map.width / 2, y: LAYOUT.map.y + LAYOUT.map.height / 2 };
    seats.forEach((seat, i) => {
      // Markers start side by side at the middle of the map, so none hides another.
      const marker = { x: centre.x + (i - (seats.length - 1) / 2) * 60, y: centre.y, heldMs: 0 };
      this.answers.set(seat.id, { marker, moved: false, lockedAtMs: null, choice: null });
      this.markers.draw(seat.id, marker, false);
      this.panel.set(seat.id, '…');
    });
    this.markers.setVisible(this.isSpatial);
    this.choices = this.choicesOf(this.question);
    this.choicePanel = this.choices.length
      ? new ChoicePanel(this, this.choices.map((c): ChoiceLabel => ({ button: c.button, label: this.choiceLabel(c.value) })), this.question.kind === 'direction' ? 'diamond' : 'list')
      : null;
    this.header.showQuestion(this.question, { index, total: this.questions.length }, this.isSpatial);
    this.openedAt = clock.now();
    this.lastNow = this.openedAt;
    this.cancelTimer = clock.after(this.answerMs, () => this.close());
    this.publish();
  }

  private choicesOf(question: Question): { button: ChoiceIndex; value: string }[] {
    if (question.kind === 'direction') return question.choices.map((d) => ({ button: DIRECTION_BUTTON[d], value: d }));
    if (question.kind === 'closer') return question.options.map((id, i) => ({ button: i as ChoiceIndex, value: id }));
    return [];
  }

  private choiceLabel(value: string): string {
    if (this.question.kind === 'direction') return this.round.t(`direction.${value}`);
    return capitalise(this.round.text(placeOf(this.round.content, value).name));
  }

  private lock(seat: SeatId): void {
    const answer = this.answers.get(seat);
    if (this.phase !== 'question' || !this.isSpatial || !answer || answer.lockedAtMs !== null) return;
    answer.lockedAtMs = this.round.clock.now() - this.openedAt;
    this.markers.draw(seat, answer.marker, true);
    this.panel.set(seat, this.round.t('seat.ready'), THEME.colour.good);
    this.round.audio.play('confirm');
    this.publish();
    if ([...this.answers.values()].every((a) => a.lockedAtMs !== null)) this.close();
  }

  private unlock(seat: SeatId): void {
    const answer = this.answers.get(seat);
    if (this.phase !== 'question' || !this.isSpatial || !answer || answer.lockedAtMs === null) return;
    answer.lockedAtMs = null;
    this.markers.draw(seat, answer.marker, false);
    this.panel.set(seat, '…');
    this.publish();
  }

  private step({ seat, x, y }: InputEvents['step']): void {
    const answer = this.answers.get(seat);
    if (this.phase !== 'question' || !this.isSpatial || !answer || answer.lockedAtMs !== null) return;
    answer.marker = stepMarker(answer.marker, { x, y }, LAYOUT.map);
    answer.moved = true;
    this.markers.draw(seat, answer.marker, false);
  }

  private choose({ seat, choice }: InputEvents['choice']): void {
    const answer = this.answers.get(seat);
    if (this.phase !== 'question' || this.isSpatial || !answer || answer.choice !== null) return;
    if (!this.choices.some((c) => c.button === choice)) return;
    answer.choice = choice;
    answer.lockedAtMs = this.round.clock.now() - this.openedAt;
    this.panel.set(seat, this.round.t('seat.ready'), THEME.colour.good);
    this.round.audio.play('confirm');
    this.publish();
    if ([...this.answers.values()].every((a) => a.lockedAtMs !== null)) this.close();
  }

  /** Where a seat's answer points on the map: where it locked in, or where it left its marker; nothing if it never moved. */
  private answerAt(answer: SeatAnswer): LonLat | null {
    return answer.lockedAtMs !== null || answer.moved ? fromScreen(answer.marker, this.frame) : null;
  }

  private close(): void {
    if (this.phase !== 'question') return;
    this.cancelTimer?.();
    this.phase = 'reveal';
    this.choicePanel?.destroy();
    this.choicePanel = null;
    const { content, score, learning, seats, audio } = this.round;
    const question = this.question;
    for (const seat of seats) {
      const answer = this.answers.get(seat.id)!;
      const outcome = this.outcomeOf(question, answer);
      this.outcomes.set(seat.id, outcome);
      if (outcome.points > 0) score.award(seat.id, outcome.points, `${question.id}`);
      learning.evidence({ seat: seat.id, objective: question.objective, item: question.id, correct: outcome.correct, responseMs: Math.round(answer.lockedAtMs ?? this.answerMs) });
      this.panel.set(seat.id, answer.lockedAtMs === null && !answer.moved ? this.round.t('reveal.noAnswer') : this.round.t('reveal.points', { points: outcome.points }), outcome.correct ? THEME.colour.good : THEME.colour.text);
    }
    audio.play([...this.outcomes.values()].some((o) => o.correct) ? 'correct' : 'reveal');
    this.showReveal(question);
    this.publish();
    this.round.clock.after(content.round.revealSeconds * 1000, () => this.next());
  }

  private outcomeOf(question: Question, answer: SeatAnswer): Outcome {
    const { content } = this.round;
    const chosen = this.choices.find((c) => c.button === answer.choice)?.value ?? null;
    switch (question.kind) {
      case 'locate':
        return locateOutcome(this.answerAt(answer), placeOf(content, question.place), content, this.map);
      case 'arrondissement':
        return arrondissementOutcome(this.answerAt(answer), question.number, content.scoring, this.map);
      case 'direction':
        return choiceOutcome(chosen, question.answer, content.scoring);
      case 'closer':
        return choiceOutcome(chosen, question.answer, content.scoring);
    }
  }

  private showReveal(question: Question): void {
    this.reveal = new RevealLayer(this);
    this.mapView.showAnswers(true);
    this.header.showReveal(question, answerText(question, this.round.content, this.round));
    const lines = this.round.seats.flatMap((seat) => {
      const outcome = this.outcomes.get(seat.id);
      const answer = this.answers.get(seat.id)!;
      return outcome?.distanceM === undefined ? [] : [{ from: answer.marker, colour: seat.colour, label: formatDistance(outcome.distanceM, this.round) }];
    });
    drawReveal({ round: this.round, map: this.map, frame: this.frame, mapView: this.mapView, layer: this.reveal }, question, lines);
  }

  private next(): void {
    if (this.index + 1 < this.questions.length) {
      this.ask(this.index + 1);
      return;
    }
    this.phase = 'done';
    this.publish();
    this.round.end();
  }

  /** The view tests and monitoring read: phase, question, the target and every marker on screen and on the map. */
  private publish(): void {
    const question = this.question;
    const target = this.targetOf(question);
    const seats: Record<string, unknown> = {};
    for (const [seat, answer] of this.answers) {
      const lonLat = fromScreen(answer.marker, this.frame);
      const outcome = this.outcomes.get(seat);
      seats[seat] = {
        screen: { x: round1(answer.marker.x), y: round1(answer.marker.y) },
        lonLat: [round6(lonLat[0]), round6(lonLat[1])],
        locked: answer.lockedAtMs !== null,
        choice: answer.choice,
        ...(outcome ? { points: outcome.points, correct: outcome.correct, ...(outcome.distanceM !== undefined ? { distanceM: Math.round(outcome.distanceM) } : {}) } : {}),
      };
    }
    this.round.publish({
      phase: this.phase,
      item: question.id,
      kind: question.kind,
      index: this.index,
      total: this.questions.length,
      answerMs: this.answerMs,
      ...(target ? { target: { lonLat: target, screen: (({ x, y }) => ({ x: round1(x), y: round1(y) }))(toScreen(target, this.frame)) } } : {}),
      ...(this.choices.length ? { choices: this.choices } : {}),
      ...(this.phase !== 'question' && 'answer' in question ? { answer: question.answer } : {}),
      seats,
    });
  }

  private targetOf(question: Question): LonLat | null {
    if (question.kind === 'locate') return placeOf(this.round.content, question.place).at;
    if (question.kind === 'arrondissement') return spotPoint({ arrondissement: question.number }, [], this.map);
    return null;
  }
}

