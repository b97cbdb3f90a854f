import type Phaser from 'phaser';
import type { ChoiceIndex, RoundContext } from '../../../src/sdk';
import { AnswerPanel, SeatStrip, THEME, fitLine, fitText, textStyle } from '../../../src/sdk/scene';
import type { QuizContent } from '../content-schema';
import type { QuizState } from '../rules';
import { REVEAL_BANDS } from './layout';

const { safe } = THEME;

/**
 * The reveal: each answer with the markers of the seats that chose it, the right one framed and
 * ticked and wrong picks crossed (never colour alone), the points each seat just won (— for no
 * answer), and the fact with its source.
 */
export class RevealView {
  private readonly objects: { destroy(): void }[] = [];

  constructor(scene: Phaser.Scene, round: RoundContext<QuizContent, QuizState>) {
    const { state } = round;
    const question = state.items[state.index]!;
    const heading = round.t('reveal.heading', { index: state.index + 1, total: state.items.length });
    const { top, height } = REVEAL_BANDS.prompt;
    const prompt = scene.add.text(THEME.width / 2, top + height / 2, round.text(question.prompt), textStyle(THEME.size.body + 4, THEME.palette.text, { fontStyle: 'bold', align: 'center' }));

    const choices = Object.fromEntries(question.choices.map((choice, i) => [i, round.text(choice)])) as Record<ChoiceIndex, string>;
    const panel = new AnswerPanel(scene, { area: REVEAL_BANDS.answers, layout: 'list', choices, seats: round.seats, keys: false });
    const picks = Object.fromEntries(round.seats.map((seat) => [seat.id, state.drafts[seat.id]?.answer ?? null]));
    panel.update({ reveal: { right: question.answer, picks } });

    const strip = new SeatStrip(scene, { seats: round.seats, y: REVEAL_BANDS.seatStrip, locale: round.locale });
    for (const seat of round.seats) {
      const mark = state.marks[seat.id];
      strip.update(seat.id, { points: state.tally[seat.id]?.points ?? 0, status: !mark || mark.outcome === 'unanswered' ? 'silent' : { won: mark.points } });
    }
    const publisher = round.pack.sources.find((source) => source.id === question.source)?.publisher ?? question.source;
    this.objects.push(
      scene.add.text(safe.x, REVEAL_BANDS.header, heading, textStyle(THEME.size.body, THEME.palette.textDim)).setOrigin(0, 0.5),
      fitText(prompt, { width: safe.width, height }).setOrigin(0.5),
      panel,
      strip,
      explanationPanel(scene, round.text(question.explanation), round.t('reveal.source', { publisher })),
    );
  }

  /** Nothing moves during the reveal: the state it shows is settled. */
  update(): void {}

  destroy(): void {
    this.objects.forEach((object) => object.destroy());
  }
}

function explanationPanel(scene: Phaser.Scene, explanation: string, source: string): Phaser.GameObjects.Container {
  const { top, height } = REVEAL_BANDS.explanation;
  const panel = scene.add.rectangle(safe.x, 0, safe.width, height, THEME.palette.panel).setOrigin(0, 0);
  const fact = scene.add.text(safe.x + 32, 18, explanation, textStyle(THEME.size.body + 4));
  const credit = scene.add.text(safe.x + 32, height - 16, source, textStyle(THEME.size.small, THEME.palette.textDim)).setOrigin(0, 1);
  return scene.add.container(0, top, [panel, fitText(fact, { width: safe.width - 64, height: height - 74 }), fitLine(credit, safe.width - 64)]);
}
