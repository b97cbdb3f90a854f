import type Phaser from 'phaser';
import type { ChoiceIndex, SeatId } from '../rules/rules';
import type { Seat } from '../round-context';
import { answerBoxes, type AnswerLayout, type Box } from './answer-panel-layout';
import { choiceKeyLabels } from './choice-keys';
import { faceButton } from './face-button';
import { drawCross, drawTick } from './marks';
import { drawSeatShape } from './seat-badge';
import { fitText } from './text-fit';
import { THEME, textStyle } from './theme';

/** How an answer panel is built; it keeps these for the whole item. */
export interface AnswerPanelOptions {
  area: Box;
  layout: AnswerLayout;
  /** Each offered answer's text by face button; a button left out is not offered and not drawn. */
  choices: Partial<Record<ChoiceIndex, string>>;
  /** The round's seats: keyboard seats' keys are printed by the buttons, markers show locks and picks. */
  seats: readonly Seat[];
  /** The type size answers start from before they are fitted; THEME.size.body + 4 unless said. */
  textSize?: number;
  /** Print the keyboard seats' keys by the buttons; true unless said (a reveal needs no keys). */
  keys?: boolean;
  /** A row of the seats along the bottom of the area, each ticked once locked; leave off when a seat strip shows locks. */
  lockRow?: boolean;
}

/** What the panel shows now, taken from the rules' state every frame (it redraws only on a change). */
export interface AnswerPanelLook {
  /** Seats that locked an answer; which answer stays hidden until the reveal. */
  locked?: readonly SeatId[];
  /** From the reveal on: the right answer and each seat's choice (null or absent when it chose nothing). */
  reveal?: { right: ChoiceIndex; picks: Readonly<Record<SeatId, ChoiceIndex | null | undefined>> };
}

const LOCK_ROW_HEIGHT = 64;
const PAD = 16;
/** Boxes narrower than this put the button above its answer rather than beside it. */
const NARROW = 360;

/**
 * The four-choice answers: each with its face-button glyph (letter, colour and place on the pad)
 * and the keyboard seats' keys; per-seat locks; at the reveal the right answer framed and ticked,
 * wrong picks crossed, and each seat's marker on the answer it chose — never colour alone.
 * @example
 * const panel = new AnswerPanel(this, { area, layout: 'diamond', choices, seats: this.round.seats });
 * panel.update({ locked: lockedSeats(state), reveal: state.phase === 'reveal' ? { right, picks } : undefined });
 */
export class AnswerPanel {
  readonly container: Phaser.GameObjects.Container;
  private readonly keys: [string, string, string, string];
  private shown = '';

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly options: AnswerPanelOptions,
  ) {
    const offered = Object.keys(options.choices).map(Number) as ChoiceIndex[];
    if (offered.length === 0) throw new Error('AnswerPanel: no answer is offered (choices is empty)');
    this.keys = options.keys === false ? ['', '', '', ''] : choiceKeyLabels(options.seats);
    this.container = scene.add.container(0, 0);
    this.update({});
  }

  /** Shows `look`; cheap when nothing changed, so call it every frame with what the state says. */
  update(look: AnswerPanelLook): void {
    const key = JSON.stringify([look.locked ?? [], look.reveal ?? null]);
    if (key === this.shown) return;
    this.shown = key;
    this.container.removeAll(true);
    const { area, layout, choices, lockRow } = this.options;
    const answersArea = lockRow ? { ...area, height: area.height - LOCK_ROW_HEIGHT - PAD } : area;
    const boxes = answerBoxes(layout, answersArea, Object.keys(choices).map(Number) as ChoiceIndex[]);
    for (const [choice, box] of Object.entries(boxes) as [string, Box][]) {
      this.drawAnswer(Number(choice) as ChoiceIndex, box, look);
    }
    if (lockRow) this.drawLockRow(look, area.y + area.height - LOCK_ROW_HEIGHT / 2);
  }

  destroy(): void {
    this.container.destroy();
  }

  private drawAnswer(choice: ChoiceIndex, box: Box, look: AnswerPanelLook): void {
    const { scene } = this;
    const reveal = look.reveal;
    const right = reveal?.right === choice;
    const pickers = reveal ? this.options.seats.filter((seat) => reveal.picks[seat.id] === choice) : [];
    const wrongPick = !right && pickers.length > 0;
    const frame = scene.add.rectangle(box.x, box.y, box.width, box.height, right ? THEME.palette.panelLight : THEME.palette.panel).setOrigin(0);
    frame.setStrokeStyle(reveal && (right || wrongPick) ? 8 : 4, right ? THEME.palette.good : wrongPick ? THEME.palette.bad : THEME.faceButtons[choice].colour);
    if (reveal && !right && !wrongPick) frame.setAlpha(0.6);
    this.container.add(frame);

    // At the reveal the right end holds the tick or cross, then the pickers' markers.
    const markSize = Math.min(56, box.height * 0.5);
    const markerSize = Math.min(50, box.height * 0.4);
    const marksWidth = reveal ? markSize + PAD + pickers.length * (markerSize + 8) : 0;
    const centreY = box.y + box.height / 2;
    // A narrow box keeps its marks on its top line, beside the button, so they never cover the answer.
    const narrow = box.width < NARROW;
    const marksY = narrow ? box.y + PAD + markSize / 2 : centreY;
    const marks = scene.add.graphics();
    this.container.add(marks);
    if (right) drawTick(marks, box.x + box.width - PAD - markSize / 2, marksY, markSize, THEME.palette.good);
    if (wrongPick) drawCross(marks, box.x + box.width - PAD - markSize / 2, marksY, markSize, THEME.palette.bad);
    pickers.forEach((seat, i) => {
      const x = box.x + box.width - PAD - markSize - PAD - markerSize / 2 - i * (markerSize + 8);
      drawSeatShape(marks, seat.shape, x, marksY, markerSize, seat.colour);
    });

    const label = this.options.choices[choice]!;
    const keys = this.keys[choice];
    const textSize = this.options.textSize ?? THEME.size.body + 4;
    const colour = reveal && !right ? THEME.palette.textDim : THEME.palette.text;
    if (!narrow) {
      const glyph = Math.max(40, Math.min(80, box.height - (keys ? 56 : 24)));
      const glyphX = box.x + PAD + Math.max(glyph, keys ? 80 : 0) / 2;
      const glyphY = keys ? box.y + PAD + glyph / 2 : centreY;
      this.container.add(faceButton(scene, choice, glyphX, glyphY, glyph));
      if (keys) this.container.add(scene.add.text(glyphX, box.y + box.height - 8, keys, textStyle(THEME.size.small, THEME.palette.textDim)).setOrigin(0.5, 1));
      const textX = glyphX + Math.max(glyph, keys ? 80 : 0) / 2 + PAD;
      const text = scene.add.text(textX, centreY, label, textStyle(textSize, colour, { fontStyle: right ? 'bold' : 'normal' })).setOrigin(0, 0.5);
      this.container.add(fitText(text, { width: box.x + box.width - PAD - marksWidth - textX, height: box.height - 12 }));
      return;
    }
    // A narrow box: the button top left with the keys beside it, the answer under them.
    const glyph = Math.max(40, Math.min(72, box.height * 0.45));
    const glyphX = box.x + PAD + glyph / 2;
    const centreX = box.x + box.width / 2;
    this.container.add(faceButton(scene, choice, glyphX, box.y + PAD + glyph / 2, glyph));
    if (keys) this.container.add(scene.add.text(glyphX + glyph / 2 + 8, box.y + PAD + glyph / 2, keys, textStyle(THEME.size.small, THEME.palette.textDim)).setOrigin(0, 0.5));
    const textTop = box.y + PAD + glyph + 4;
    const text = scene.add.text(centreX, textTop, label, textStyle(textSize, colour, { fontStyle: 'bold', align: 'center' })).setOrigin(0.5, 0);
    this.container.add(fitText(text, { width: box.width - 2 * PAD, height: box.y + box.height - 6 - textTop }));
  }

  /**
   * Each seat's shape with what it did: while the item is open a tick once locked (which answer
   * stays hidden); at the reveal a tick for a right pick, a cross for a wrong one, a dash for none.
   */
  private drawLockRow(look: AnswerPanelLook, y: number): void {
    const { scene } = this;
    const { area, seats } = this.options;
    const locked = look.locked ?? [];
    const slot = area.width / seats.length;
    const g = scene.add.graphics();
    this.container.add(g);
    seats.forEach((seat, i) => {
      const x = area.x + i * slot + slot / 2;
      drawSeatShape(g, seat.shape, x - 24, y, 48, seat.colour);
      const pick = look.reveal?.picks[seat.id];
      if (look.reveal && pick !== null && pick !== undefined) {
        if (pick === look.reveal.right) drawTick(g, x + 28, y, 40, THEME.palette.good);
        else drawCross(g, x + 28, y, 40, THEME.palette.bad);
      } else if (!look.reveal && locked.includes(seat.id)) {
        drawTick(g, x + 28, y, 40, THEME.palette.good);
      } else {
        this.container.add(scene.add.text(x + 28, y, look.reveal ? '–' : '…', textStyle(THEME.size.body, THEME.palette.textDim)).setOrigin(0.5));
      }
    });
  }
}
