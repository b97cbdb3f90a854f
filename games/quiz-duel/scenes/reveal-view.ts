import type Phaser from 'phaser';
import type { ChoiceIndex, RoundContext, Seat } from '../../../src/sdk';
import { THEME, faceButton, seatMarker, textStyle } from '../../../src/sdk/scene';
import type { Question, QuizContent } from '../content-schema';
import type { AnswerSheet, MarkedAnswer } from '../rules';
import { REVEAL_BANDS, colourNumber, drawTick, fitText } from './layout';
import { SeatStrip } from './seat-strip';

const CHOICES: readonly ChoiceIndex[] = [0, 1, 2, 3];
const { safe } = THEME;

export interface RevealInput {
  question: Question;
  position: { index: number; total: number };
  sheet: AnswerSheet;
  marked: readonly MarkedAnswer[];
  /** The publisher of the question's source, as the pack names it. */
  publisher: string;
}

/**
 * The reveal: each answer with the markers of the seats that chose it, the right one framed and
 * ticked (never colour alone), the points each seat just won, and the fact with its source.
 */
export class RevealView {
  readonly container: Phaser.GameObjects.Container;

  constructor(scene: Phaser.Scene, round: RoundContext<QuizContent>, reveal: RevealInput) {
    const { question, position, sheet, marked } = reveal;
    this.container = scene.add.container(0, 0);
    const heading = round.t('reveal.heading', { index: position.index + 1, total: position.total });
    this.container.add(scene.add.text(safe.x, REVEAL_BANDS.header, heading, textStyle(THEME.size.body, THEME.colour.textDim)).setOrigin(0, 0.5));

    const { top, height } = REVEAL_BANDS.prompt;
    const prompt = scene.add.text(THEME.width / 2, top + height / 2, round.text(question.prompt), textStyle(THEME.size.body + 4, THEME.colour.text, {
      fontStyle: 'bold',
      align: 'center',
      wordWrap: { width: safe.width, useAdvancedWrap: true },
    }));
    this.container.add(fitText(prompt, height).setOrigin(0.5));

    const seatsById = new Map(round.seats.map((seat) => [seat.id, seat]));
    for (const choice of CHOICES) {
      const pickers = sheet.seatsWhoChose(choice).flatMap((id) => seatsById.get(id) ?? []);
      this.container.add(answerRow(scene, choice, round.text(question.choices[choice]!), pickers, question.answer === choice));
    }

    const strip = new SeatStrip(scene, round.seats, REVEAL_BANDS.seatStrip);
    const pointsBySeat = new Map(marked.map((answer) => [answer.seat, answer.points]));
    round.seats.forEach((seat) => {
      const points = pointsBySeat.get(seat.id);
      strip.setStatus(seat.id, points === undefined ? { kind: 'silent' } : { kind: 'points', points });
    });
    this.container.add(strip.container);
    this.container.add(explanationPanel(scene, round.text(question.explanation), round.t('reveal.source', { publisher: reveal.publisher })));
  }

  destroy(): void {
    this.container.destroy();
  }
}

function answerRow(scene: Phaser.Scene, choice: ChoiceIndex, answer: string, pickers: readonly Seat[], right: boolean): Phaser.GameObjects.Container {
  const { top, height, gap } = REVEAL_BANDS.rows;
  const y = top + choice * (height + gap) + height / 2;
  const box = scene.add.rectangle(safe.x, 0, safe.width, height, right ? THEME.colour.panelLight : THEME.colour.panel).setOrigin(0, 0.5);
  if (right) box.setStrokeStyle(6, colourNumber(THEME.colour.good));
  const text = scene.add.text(safe.x + 110, 0, answer, textStyle(THEME.size.body, right ? THEME.colour.text : THEME.colour.textDim, {
    fontStyle: right ? 'bold' : 'normal',
    wordWrap: { width: 1000, useAdvancedWrap: true },
  }));
  const parts: Phaser.GameObjects.GameObject[] = [box, faceButton(scene, choice, safe.x + 52, 0, 64), fitText(text, height - 8, THEME.size.small).setOrigin(0, 0.5)];
  pickers.forEach((seat, i) => parts.push(seatMarker(scene, seat, safe.x + 1180 + i * 64, 0, 50)));
  if (right) {
    const tick = scene.add.graphics();
    drawTick(tick, safe.x + safe.width - 60, 0, 60, colourNumber(THEME.colour.good));
    parts.push(tick);
  }
  return scene.add.container(0, y, parts);
}

function explanationPanel(scene: Phaser.Scene, explanation: string, source: string): Phaser.GameObjects.Container {
  const { top, height } = REVEAL_BANDS.explanation;
  const panel = scene.add.rectangle(safe.x, 0, safe.width, height, THEME.colour.panel).setOrigin(0, 0);
  const fact = scene.add.text(safe.x + 32, 18, explanation, textStyle(THEME.size.body + 4, THEME.colour.text, {
    wordWrap: { width: safe.width - 64, useAdvancedWrap: true },
  }));
  const credit = scene.add.text(safe.x + 32, height - 16, source, textStyle(THEME.size.small, THEME.colour.textDim)).setOrigin(0, 1);
  return scene.add.container(0, top, [panel, fitText(fact, height - 74), credit]);
}
