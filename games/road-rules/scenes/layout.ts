import { THEME } from '../../../src/sdk/scene';

// Where things go on the 1920×1080 screen. Every seat gets its own column (a split view): the
// road runs up the column, so each player sees far ahead, and 1 to 4 columns share the width.

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

const { safe } = THEME;

/** The banner across the top: stage counter, title, time left. */
export const BANNER: Rect = { x: safe.x, y: safe.y, w: safe.width, h: 96 };

/** The area the seat columns share, below the banner. */
export const PLAY_AREA: Rect = { x: safe.x, y: safe.y + 110, w: safe.width, h: safe.height - 110 };

const COLUMN_GAP = 16;

/** One column per seat, side by side, all the same width. */
export function seatColumns(count: number): Rect[] {
  const w = (PLAY_AREA.w - COLUMN_GAP * (count - 1)) / count;
  return Array.from({ length: count }, (_, i) => ({ x: PLAY_AREA.x + i * (w + COLUMN_GAP), y: PLAY_AREA.y, w, h: PLAY_AREA.h }));
}

/**
 * Each seat's world is drawn far from the screen area and from the other seats' worlds, so its
 * camera sees only its own road and the HUD camera none of them.
 */
export function worldOrigin(seatIndex: number): number {
  return 40_000 * (seatIndex + 1);
}

/** Pixels per metre of a drive stage: a car is about 60 px long. */
export const DRIVE_SCALE = 14;

/** Signs beside the road, in pixels whatever the scale: readable from the back of the hall. */
export const ROADSIDE_SIGN_PX = 112;

/** The seat's car sits this far down its column, so most of the column shows the road ahead. */
export const CAR_AT = 0.8;

/** After a brake test, the band the feedback leaves free in each column: below its top panel, above the figures. */
export const FEEDBACK_TOP_PX = 200;
/** The seat's figures wrap on narrow columns (3 or 4 seats), so they take more room there. */
export function feedbackBottomPx(columnWidth: number): number {
  return columnWidth < 500 ? 400 : columnWidth < 700 ? 330 : 260;
}

export const COLOURS = {
  grass: 0x2e4a36,
  pavement: 0x7d848c,
  asphalt: 0x3a3e44,
  marking: 0xf2f2f2,
  otherCar: 0xd9dde3,
  walker: 0xff5fa2,
  bad: 0xff7a7a,
  good: 0x4fd18b,
  panel: THEME.palette.panel,
} as const;
