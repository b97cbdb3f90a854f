import type Phaser from 'phaser';
import { THEME, textStyle } from '../../sdk/scene/theme';
import { faceButton } from '../../sdk/scene/face-button';
import { drawSeatShape } from '../../sdk/scene/seat-badge';
import { CARD_CODE_ALPHABET, CARD_CODE_LENGTH } from '../../shared/player-card/card-code';
import { CODE_GRID_COLUMNS } from '../player-card/code-entry';
import { MENU_ITEMS, type SignInFlow, type SignInStep } from '../player-card/sign-in-flow';
import type { LobbySeat } from '../lobby/lobby';
import { fitText } from './seat-card';

type Translate = (key: string, vars?: Record<string, string | number>) => string;

/** The panel over the lobby, in design pixels. */
export const PANEL = { x: 210, y: 110, width: 1500, height: 850 } as const;
const CENTRE_X = PANEL.x + PANEL.width / 2;
const GRID = { cell: { width: 150, height: 100 }, gap: 12, top: 440 } as const;
const HIGHLIGHT = 0xffd23f;

export interface ViewContext {
  scene: Phaser.Scene;
  layer: Phaser.GameObjects.Container;
  t: Translate;
  seat: LobbySeat;
  seatName: string;
  flow: SignInFlow;
}

const text = (c: ViewContext, x: number, y: number, value: string, size: number, colour: string = THEME.colour.text, extra: Record<string, unknown> = {}) => {
  const t = c.scene.add.text(x, y, value, textStyle(size, colour, extra));
  c.layer.add(t);
  return t;
};

/** A row the player moves through with up and down: highlighted with a thick border when chosen. */
function option(c: ViewContext, x: number, y: number, width: number, label: string, selected: boolean): void {
  c.layer.add(c.scene.add.rectangle(x, y, width, 100, selected ? THEME.colour.panelLight : THEME.colour.panel).setStrokeStyle(selected ? 8 : 2, selected ? HIGHLIGHT : 0x5b7a99));
  fitText(text(c, x, y, label, THEME.size.large, THEME.colour.text, { fontStyle: selected ? 'bold' : 'normal' }).setOrigin(0.5), width - 60);
}

/** The backdrop, the frame in the seat's colour, and who the panel is for. */
export function drawFrame(c: ViewContext): void {
  const { scene, layer, seat } = c;
  layer.add(scene.add.rectangle(THEME.width / 2, THEME.height / 2, THEME.width, THEME.height, 0x000000, 0.72));
  const frame = scene.add.graphics();
  frame.fillStyle(THEME.colour.background, 1).fillRoundedRect(PANEL.x, PANEL.y, PANEL.width, PANEL.height, 28);
  frame.lineStyle(8, seat.style.colour, 1).strokeRoundedRect(PANEL.x, PANEL.y, PANEL.width, PANEL.height, 28);
  layer.add(frame);
  const y = PANEL.y + 70;
  text(c, PANEL.x + 80, y, seat.avatar, 72).setOrigin(0.5);
  const shape = scene.add.graphics();
  drawSeatShape(shape, seat.style.shape, PANEL.x + 170, y, 48, seat.style.colour);
  layer.add(shape);
  fitText(text(c, PANEL.x + 215, y, `${c.seatName} · ${c.t('lobby.cardTitle')}`, THEME.size.large, THEME.colour.text, { fontStyle: 'bold' }).setOrigin(0, 0.5), PANEL.width - 260);
}

export function drawStep(c: ViewContext): void {
  const step = c.flow.step;
  switch (step.kind) {
    case 'menu':
      return MENU_ITEMS.forEach((item, i) => option(c, CENTRE_X, 360 + i * 150, 1100, c.t(`card.menu${item[0]!.toUpperCase()}${item.slice(1)}`), i === step.selected));
    case 'code':
      return drawCode(c, step);
    case 'checking':
    case 'suggesting':
    case 'issuing':
      return void text(c, CENTRE_X, 540, c.t('card.wait'), THEME.size.title, THEME.colour.text).setOrigin(0.5);
    case 'welcome':
      text(c, CENTRE_X, 420, step.card.avatar, 160).setOrigin(0.5);
      return void fitText(text(c, CENTRE_X, 620, c.t('card.welcome', { name: step.card.pseudonym }), THEME.size.title, THEME.colour.good, { fontStyle: 'bold' }).setOrigin(0.5), PANEL.width - 100);
    case 'pick':
      return drawPick(c, step);
    case 'issued':
      return drawIssued(c, step);
    case 'unreachable':
      text(c, CENTRE_X, 440, c.t('card.unreachable'), THEME.size.title, THEME.colour.bad, { fontStyle: 'bold' }).setOrigin(0.5);
      return void text(c, CENTRE_X, 580, c.t('card.asGuest'), THEME.size.large, THEME.colour.text, { align: 'center', wordWrap: { width: PANEL.width - 160 } }).setOrigin(0.5);
    case 'closed':
      return;
  }
}

/** Five boxes for the code, the 5 × 4 grid of the card alphabet, and what to do next. */
function drawCode(c: ViewContext, step: Extract<SignInStep, { kind: 'code' }>): void {
  const { scene, layer, flow } = c;
  const typed = flow.code.typed;
  const box = { width: 110, height: 130, gap: 22 };
  const left = CENTRE_X - (CARD_CODE_LENGTH * box.width + (CARD_CODE_LENGTH - 1) * box.gap) / 2;
  text(c, PANEL.x + 60, 300, c.t('card.codeTitle'), THEME.size.large, THEME.colour.text, { fontStyle: 'bold', wordWrap: { width: left - PANEL.x - 80 } }).setOrigin(0, 0.5);
  for (let i = 0; i < CARD_CODE_LENGTH; i++) {
    const x = left + i * (box.width + box.gap) + box.width / 2;
    const next = i === typed.length;
    layer.add(scene.add.rectangle(x, 300, box.width, box.height, THEME.colour.panel).setStrokeStyle(next ? 6 : 3, next ? HIGHLIGHT : 0x5b7a99));
    text(c, x, 300, typed[i] ?? '', 88, THEME.colour.text, { fontStyle: 'bold' }).setOrigin(0.5);
  }
  const messageY = 395;
  if (flow.code.complete) {
    layer.add(faceButton(scene, 0, CENTRE_X - 120, messageY, 56));
    text(c, CENTRE_X - 80, messageY, c.t('card.validate'), THEME.size.large, THEME.colour.accent, { fontStyle: 'bold' }).setOrigin(0, 0.5);
  } else if (step.problem) {
    text(c, CENTRE_X, messageY, c.t(`card.${step.problem}`), THEME.size.body, THEME.colour.bad, { fontStyle: 'bold' }).setOrigin(0.5);
  } else if (c.seat.input === 'keyboard') {
    text(c, CENTRE_X, messageY, c.t('card.typeIt'), THEME.size.body, THEME.colour.textDim).setOrigin(0.5);
  }
  const gridWidth = CODE_GRID_COLUMNS * GRID.cell.width + (CODE_GRID_COLUMNS - 1) * GRID.gap;
  const gridLeft = CENTRE_X - gridWidth / 2;
  [...CARD_CODE_ALPHABET].forEach((character, i) => {
    const x = gridLeft + (i % CODE_GRID_COLUMNS) * (GRID.cell.width + GRID.gap) + GRID.cell.width / 2;
    const y = GRID.top + Math.floor(i / CODE_GRID_COLUMNS) * (GRID.cell.height + GRID.gap) + GRID.cell.height / 2;
    const under = i === flow.code.cursor && !flow.code.complete;
    const cell = scene.add.rectangle(x, y, GRID.cell.width, GRID.cell.height, under ? HIGHLIGHT : THEME.colour.panelLight).setStrokeStyle(2, 0x5b7a99);
    const letter = scene.add.text(x, y, character, textStyle(64, under ? '#0b1d33' : THEME.colour.text, { fontStyle: 'bold' })).setOrigin(0.5);
    if (flow.code.complete) {
      cell.setAlpha(0.35);
      letter.setAlpha(0.35);
    }
    layer.add([cell, letter]);
  });
}

/** Three generated pseudonyms and "other ideas", beside the avatar the card will carry. */
function drawPick(c: ViewContext, step: Extract<SignInStep, { kind: 'pick' }>): void {
  text(c, CENTRE_X, 250, c.t('card.pickTitle'), THEME.size.large, THEME.colour.text, { fontStyle: 'bold' }).setOrigin(0.5);
  const avatarX = PANEL.x + 230;
  text(c, avatarX, 520, c.seat.avatar, 180).setOrigin(0.5);
  text(c, avatarX, 680, c.t('card.yourAvatar'), THEME.size.body, THEME.colour.textDim).setOrigin(0.5);
  const items = [...step.pseudonyms, `↻ ${c.t('card.moreIdeas')}`];
  items.forEach((label, i) => option(c, PANEL.x + 900, 370 + i * 125, 920, label, i === step.selected));
  if (step.problem) text(c, CENTRE_X, PANEL.y + PANEL.height - 50, c.t('card.taken'), THEME.size.body, THEME.colour.bad, { fontStyle: 'bold' }).setOrigin(0.5);
}

/** The new card's code, big, and why to keep it. */
function drawIssued(c: ViewContext, step: Extract<SignInStep, { kind: 'issued' }>): void {
  const { scene, layer } = c;
  text(c, CENTRE_X, 250, c.t('card.issuedTitle'), THEME.size.title, THEME.colour.good, { fontStyle: 'bold' }).setOrigin(0.5);
  fitText(text(c, CENTRE_X, 360, `${step.card.avatar} ${step.card.pseudonym}`, THEME.size.large, THEME.colour.text, { fontStyle: 'bold' }).setOrigin(0.5), PANEL.width - 100);
  text(c, CENTRE_X, 450, c.t('card.yourCode'), THEME.size.large, THEME.colour.textDim).setOrigin(0.5);
  layer.add(scene.add.rectangle(CENTRE_X, 590, 1000, 200, 0xffffff).setStrokeStyle(8, HIGHLIGHT));
  text(c, CENTRE_X, 590, step.card.code.split('').join(' '), 150, '#0b1d33', { fontStyle: 'bold' }).setOrigin(0.5);
  text(c, CENTRE_X, 800, c.t('card.remember'), THEME.size.body, THEME.colour.text, { align: 'center', wordWrap: { width: PANEL.width - 200 } }).setOrigin(0.5);
}

export type PanelHint = { button: 0 | 1 | 2 | 3 | '◀ ▶' | '▲ ▼' | '✥'; label: string };

/** What the buttons do at this step, for the hint line under the panel. */
export function stepHints(t: Translate, flow: SignInFlow): PanelHint[] {
  const choose: PanelHint[] = [{ button: '▲ ▼', label: t('card.choose') }, { button: 0, label: t('card.ok') }, { button: 1, label: t('card.back') }];
  switch (flow.step.kind) {
    case 'menu':
    case 'pick':
      return choose;
    case 'code':
      return flow.code.complete
        ? [{ button: 0, label: t('card.validate') }, { button: 1, label: t('card.erase') }]
        : [{ button: '✥', label: t('card.move') }, { button: 0, label: t('card.add') }, { button: 1, label: t('card.erase') }];
    case 'issued':
      return [{ button: 0, label: t('card.noted') }];
    case 'welcome':
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
      const arrows = c.scene.add.text(x, 0, hint.button, textStyle(THEME.size.body, THEME.colour.accent)).setOrigin(0, 0.5);
      row.add(arrows);
      x += arrows.width + 14;
    }
    const label = c.scene.add.text(x, 0, hint.label, textStyle(THEME.size.body, THEME.colour.textDim)).setOrigin(0, 0.5);
    row.add(label);
    x += label.width + 60;
  }
  row.x = (THEME.width - (x - 60)) / 2;
  c.layer.add(row);
}
