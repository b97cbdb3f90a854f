import type Phaser from 'phaser';
import { THEME, cssColour, textStyle } from '../../sdk/scene/theme';
import { faceButton } from '../../sdk/scene/face-button';
import { drawSeatShape } from '../../sdk/scene/seat-badge';
import { CARD_CODE_ALPHABET, CARD_CODE_LENGTH, formatCardCode } from '../../shared/player-card/card-code';
import { CODE_GRID_COLUMNS } from '../player-card/code-entry';
import { MENU_ITEMS, type SignInFlow, type SignInStep } from '../player-card/sign-in-flow';
import type { LobbySeat } from '../lobby/lobby';
import type { ContentPack } from '../../shared/pack/content-pack';
import type { Language } from '../../shared/languages';
import { fitText } from './seat-card';
import { barModel } from './progress-layout';
import { drawLegend, drawProgressTable } from './progress-table';

type Translate = (key: string, vars?: Record<string, string | number>) => string;

/** The panel over the lobby, in design pixels. */
export const PANEL = { x: 210, y: 110, width: 1500, height: 850 } as const;
const CENTRE_X = PANEL.x + PANEL.width / 2;
const GRID = { cell: { width: 134, height: 118 }, gap: 12, top: 320, left: PANEL.x + PANEL.width - 70 - (5 * 134 + 4 * 12) } as const;
const HIGHLIGHT = 0xffd23f;

export interface ViewContext {
  scene: Phaser.Scene;
  layer: Phaser.GameObjects.Container;
  t: Translate;
  seat: LobbySeat;
  seatName: string;
  flow: SignInFlow;
  /** A pack of the screen's catalogue, for the card page's titles. */
  pack: (id: string) => ContentPack | undefined;
  language: Language;
}

const text = (c: ViewContext, x: number, y: number, value: string, size: number, colour: number = THEME.palette.text, extra: Record<string, unknown> = {}) => {
  const t = c.scene.add.text(x, y, value, textStyle(size, colour, extra));
  c.layer.add(t);
  return t;
};

/** A row the player moves through with up and down: highlighted with a thick border when chosen. */
function option(c: ViewContext, x: number, y: number, width: number, label: string, selected: boolean): void {
  c.layer.add(c.scene.add.rectangle(x, y, width, 100, selected ? THEME.palette.panelLight : THEME.palette.panel).setStrokeStyle(selected ? 8 : 2, selected ? HIGHLIGHT : 0x5b7a99));
  fitText(text(c, x, y, label, THEME.size.large, THEME.palette.text, { fontStyle: selected ? 'bold' : 'normal' }).setOrigin(0.5), width - 60);
}

/** The backdrop, the frame in the seat's colour, and who the panel is for. */
export function drawFrame(c: ViewContext): void {
  const { scene, layer, seat } = c;
  layer.add(scene.add.rectangle(THEME.width / 2, THEME.height / 2, THEME.width, THEME.height, 0x000000, 0.72));
  const frame = scene.add.graphics();
  frame.fillStyle(THEME.palette.background, 1).fillRoundedRect(PANEL.x, PANEL.y, PANEL.width, PANEL.height, 28);
  frame.lineStyle(8, seat.style.colour, 1).strokeRoundedRect(PANEL.x, PANEL.y, PANEL.width, PANEL.height, 28);
  layer.add(frame);
  const y = PANEL.y + 70;
  text(c, PANEL.x + 80, y, seat.avatar, 72).setOrigin(0.5);
  const shape = scene.add.graphics();
  drawSeatShape(shape, seat.style.shape, PANEL.x + 170, y, 48, seat.style.colour);
  layer.add(shape);
  fitText(text(c, PANEL.x + 215, y, `${c.seatName} · ${c.t('lobby.cardTitle')}`, THEME.size.large, THEME.palette.text, { fontStyle: 'bold' }).setOrigin(0, 0.5), PANEL.width - 260);
}

export function drawStep(c: ViewContext): void {
  const step = c.flow.step;
  switch (step.kind) {
    case 'menu':
      return MENU_ITEMS.forEach((item, i) => option(c, CENTRE_X, 380 + i * 150, 1100, c.t(`card.menu${item[0]!.toUpperCase()}${item.slice(1)}`), i === step.selected));
    case 'code':
      return drawCode(c)();
    case 'checking':
    case 'suggesting':
    case 'issuing':
      return void text(c, CENTRE_X, 540, c.t('card.wait'), THEME.size.title, THEME.palette.text).setOrigin(0.5);
    case 'welcome':
      if (typeof step.progress !== 'string') return drawCardPage(c, step);
      text(c, CENTRE_X, 420, step.card.avatar, 160).setOrigin(0.5);
      return void fitText(text(c, CENTRE_X, 620, c.t('card.welcome', { name: step.card.pseudonym }), THEME.size.title, THEME.palette.good, { fontStyle: 'bold' }).setOrigin(0.5), PANEL.width - 100);
    case 'pick':
      return drawPick(c, step);
    case 'issued':
      return drawIssued(c, step);
    case 'unreachable':
      text(c, CENTRE_X, 440, c.t('card.unreachable'), THEME.size.title, THEME.palette.bad, { fontStyle: 'bold' }).setOrigin(0.5);
      return void text(c, CENTRE_X, 580, c.t(c.seat.playerCard ? 'card.keepCard' : 'card.asGuest'), THEME.size.large, THEME.palette.text, { align: 'center', wordWrap: { width: PANEL.width - 160 } }).setOrigin(0.5);
    case 'closed':
      return;
  }
}

/**
 * The code in five boxes on the left, the 5 × 4 grid of the card alphabet on the right. Drawn
 * once; the returned function updates it in place as the player moves and types, since redrawing
 * some sixty texts at every press is slow on a weak screen PC.
 */
export function drawCode(c: ViewContext): () => void {
  const { scene, layer, flow } = c;
  const left = PANEL.x + 70;
  const columnWidth = GRID.left - left - 60;
  text(c, left, 360, c.t('card.codeTitle'), THEME.size.large, THEME.palette.text, { fontStyle: 'bold', wordWrap: { width: columnWidth } }).setOrigin(0, 0.5);
  // Two rows of four, as the code is printed (`HX7M A349`).
  const box = { width: 100, height: 116, gap: 16, perRow: 4 };
  const slots = Array.from({ length: CARD_CODE_LENGTH }, (_, i) => {
    const x = left + (i % box.perRow) * (box.width + box.gap) + box.width / 2;
    const y = 470 + Math.floor(i / box.perRow) * (box.height + box.gap);
    const frame = scene.add.rectangle(x, y, box.width, box.height, THEME.palette.panel);
    layer.add(frame);
    return { frame, letter: text(c, x, y, '', 76, THEME.palette.text, { fontStyle: 'bold' }).setOrigin(0.5) };
  });
  const messageY = 680;
  const wrap = { wordWrap: { width: columnWidth } };
  const problem = text(c, left, messageY, '', THEME.size.body, THEME.palette.bad, { fontStyle: 'bold', ...wrap });
  const typeIt = text(c, left, messageY, c.t('card.typeIt'), THEME.size.body, THEME.palette.textDim, wrap);
  const validate = scene.add.container(0, 0, [
    faceButton(scene, 0, left + 30, messageY + 30, 60),
    scene.add.text(left + 80, messageY + 30, c.t('card.validate'), textStyle(THEME.size.large, THEME.palette.accent, { fontStyle: 'bold' })).setOrigin(0, 0.5),
  ]);
  layer.add(validate);
  const cells = [...CARD_CODE_ALPHABET].map((character, i) => {
    const x = GRID.left + (i % CODE_GRID_COLUMNS) * (GRID.cell.width + GRID.gap) + GRID.cell.width / 2;
    const y = GRID.top + Math.floor(i / CODE_GRID_COLUMNS) * (GRID.cell.height + GRID.gap) + GRID.cell.height / 2;
    const cell = scene.add.rectangle(x, y, GRID.cell.width, GRID.cell.height, THEME.palette.panelLight).setStrokeStyle(2, 0x5b7a99);
    const letter = scene.add.text(x, y, character, textStyle(72, THEME.palette.text, { fontStyle: 'bold' })).setOrigin(0.5);
    layer.add([cell, letter]);
    return { cell, letter };
  });

  // Only cells whose look changes are touched: restyling a text redraws it.
  const paint = (i: number, under: boolean, dim: boolean) => {
    const { cell, letter } = cells[i]!;
    cell.setFillStyle(under ? HIGHLIGHT : THEME.palette.panelLight).setAlpha(dim ? 0.35 : 1);
    letter.setColor(cssColour(under ? THEME.palette.background : THEME.palette.text)).setAlpha(dim ? 0.35 : 1);
  };
  let shown = { cursor: -1, complete: false };
  return () => {
    const step = flow.step;
    const typed = flow.code.typed;
    const complete = flow.code.complete;
    slots.forEach(({ frame, letter }, i) => {
      letter.setText(typed[i] ?? '');
      frame.setStrokeStyle(i === typed.length ? 6 : 3, i === typed.length ? HIGHLIGHT : 0x5b7a99);
    });
    const trouble = step.kind === 'code' ? step.problem : null;
    problem.setText(trouble ? c.t(`card.${trouble}`) : '').setVisible(Boolean(trouble));
    validate.setVisible(!trouble && complete);
    typeIt.setVisible(!trouble && !complete && c.seat.input === 'keyboard');
    const cursor = complete ? -1 : flow.code.cursor;
    if (complete !== shown.complete) cells.forEach((_, i) => paint(i, i === cursor, complete));
    else if (cursor !== shown.cursor) {
      if (shown.cursor >= 0) paint(shown.cursor, false, complete);
      if (cursor >= 0) paint(cursor, true, complete);
    }
    shown = { cursor, complete };
  };
}

/** Three generated pseudonyms and "other ideas", beside the avatar the card will carry. */
function drawPick(c: ViewContext, step: Extract<SignInStep, { kind: 'pick' }>): void {
  text(c, CENTRE_X, 290, c.t('card.pickTitle'), THEME.size.large, THEME.palette.text, { fontStyle: 'bold' }).setOrigin(0.5);
  const avatarX = PANEL.x + 230;
  text(c, avatarX, 560, c.seat.avatar, 180).setOrigin(0.5);
  text(c, avatarX, 720, c.t('card.yourAvatar'), THEME.size.body, THEME.palette.textDim).setOrigin(0.5);
  const items = [...step.pseudonyms, `↻ ${c.t('card.moreIdeas')}`];
  items.forEach((label, i) => option(c, PANEL.x + 900, 410 + i * 120, 920, label, i === step.selected));
  if (step.problem) text(c, CENTRE_X, PANEL.y + PANEL.height - 50, c.t('card.taken'), THEME.size.body, THEME.palette.bad, { fontStyle: 'bold' }).setOrigin(0.5);
}

/** The card's page: the welcome, then its mastery of one pack played (left and right turn packs). */
function drawCardPage(c: ViewContext, step: Extract<SignInStep, { kind: 'welcome' }>): void {
  const packs = typeof step.progress === 'string' ? [] : step.progress;
  const shown = packs[step.page];
  const pack = shown && c.pack(shown.pack);
  const welcome = text(c, CENTRE_X, 265, `${step.card.avatar} ${c.t('card.welcome', { name: step.card.pseudonym })}`, THEME.size.large, THEME.palette.good, { fontStyle: 'bold' });
  fitText(welcome.setOrigin(0.5), PANEL.width - 100);
  if (!shown || !pack) return;
  const values = new Map(shown.objectives.map((o) => [o.objective, o.pKnown]));
  drawProgressTable(c.scene, c.layer, {
    area: { x: PANEL.x + 40, y: 320, width: PANEL.width - 80, height: PANEL.y + PANEL.height - 340 },
    t: c.t,
    corner: (cell) => drawLegend(cell, pack.title[c.language], c.t, false),
    heads: [
      (cell) => {
        if (packs.length < 2) return;
        const label = `◀  ${c.t('progress.page', { page: step.page + 1, pages: packs.length })}  ▶`;
        c.layer.add(c.scene.add.text(cell.x + cell.width / 2, cell.y + cell.height / 2, label, textStyle(THEME.size.body, THEME.palette.accent, { fontStyle: 'bold' })).setOrigin(0.5));
      },
    ],
    objectives: pack.objectives.map((objective) => ({ title: objective.title[c.language], bars: [barModel(undefined, values.get(objective.id) ?? null)] })),
  });
}

/** The new card's code, big, and why to keep it. */
function drawIssued(c: ViewContext, step: Extract<SignInStep, { kind: 'issued' }>): void {
  const { scene, layer } = c;
  text(c, CENTRE_X, 290, c.t('card.issuedTitle'), THEME.size.title, THEME.palette.good, { fontStyle: 'bold' }).setOrigin(0.5);
  fitText(text(c, CENTRE_X, 390, `${step.card.avatar} ${step.card.pseudonym}`, THEME.size.large, THEME.palette.text, { fontStyle: 'bold' }).setOrigin(0.5), PANEL.width - 100);
  text(c, CENTRE_X, 470, c.t('card.yourCode'), THEME.size.large, THEME.palette.textDim).setOrigin(0.5);
  layer.add(scene.add.rectangle(CENTRE_X, 610, 1000, 190, 0xffffff).setStrokeStyle(8, HIGHLIGHT));
  text(c, CENTRE_X, 610, formatCardCode(step.card.code), 130, THEME.palette.background, { fontStyle: 'bold' }).setOrigin(0.5);
  text(c, CENTRE_X, 820, c.t('card.remember'), THEME.size.body, THEME.palette.text, { align: 'center', wordWrap: { width: PANEL.width - 200 } }).setOrigin(0.5);
}

/** A face button, arrows, or (for a keyboard seat typing its code) the name of a key. */
export type PanelHint = { button: 0 | 1 | 2 | 3 | string; label: string };

/** What the buttons do at this step, for the hint line under the panel. */
export function stepHints(t: Translate, flow: SignInFlow, input: LobbySeat['input']): PanelHint[] {
  const choose: PanelHint[] = [{ button: '▲ ▼', label: t('card.choose') }, { button: 0, label: t('card.ok') }, { button: 1, label: t('card.back') }];
  switch (flow.step.kind) {
    case 'menu':
    case 'pick':
      return choose;
    case 'code':
      if (input === 'keyboard') {
        return [{ button: t('card.keyEnter'), label: t('card.validate') }, { button: t('card.keyErase'), label: t('card.erase') }, { button: t('card.keyEscape'), label: t('card.back') }];
      }
      return flow.code.complete
        ? [{ button: 0, label: t('card.validate') }, { button: 1, label: t('card.erase') }]
        : [{ button: '✥', label: t('card.move') }, { button: 0, label: t('card.add') }, { button: 1, label: t('card.erase') }];
    case 'issued':
      return [{ button: 0, label: t('card.noted') }];
    case 'welcome':
      return typeof flow.step.progress !== 'string' && flow.step.progress.length > 1
        ? [{ button: '◀ ▶', label: t('progress.turn') }, { button: 0, label: t('card.ok') }]
        : [{ button: 0, label: t('card.ok') }];
    case 'unreachable':
      return [{ button: 0, label: t('card.ok') }];
    default:
      return [{ button: 1, label: t('card.back') }];
  }
}

/** The hint line at the bottom of the safe area, like the shell's, with the arrows each step uses. */
export function drawHints(c: ViewContext, hints: readonly PanelHint[]): void {
  const row = c.scene.add.container(0, THEME.safe.y + THEME.safe.height - 36);
  let x = 0;
  for (const hint of hints) {
    if (typeof hint.button === 'number') {
      row.add(faceButton(c.scene, hint.button, x + 28, 0, 56));
      x += 70;
    } else {
      const arrows = c.scene.add.text(x, 0, hint.button, textStyle(THEME.size.body, THEME.palette.accent)).setOrigin(0, 0.5);
      row.add(arrows);
      x += arrows.width + 14;
    }
    const label = c.scene.add.text(x, 0, hint.label, textStyle(THEME.size.body, THEME.palette.textDim)).setOrigin(0, 0.5);
    row.add(label);
    x += label.width + 60;
  }
  row.x = (THEME.width - (x - 60)) / 2;
  c.layer.add(row);
}
