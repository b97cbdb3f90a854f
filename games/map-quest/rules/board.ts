import type { MapQuestContent } from '../content-schema';
import { frameFitting, fromScreen, toScreen, type LonLat, type MapFrame, type XY } from '../geo';
import type { MapGeometry } from '../map-schema';
import { mapFrameRings, resolveMap } from './scoring';

/**
 * The board the markers move on: the map's rectangle on the 1920×1080 design screen, in design
 * pixels. The rules keep markers in these pixels, so a stick moves a marker the same number of
 * pixels on every screen, and the scene draws the map in this very rectangle.
 */
export const BOARD = { x: 96, y: 234, width: 1728, height: 680 } as const;

/** Pixels left free between the city's outline and the board's edges. */
const MARGIN_PX = 8;

/** The map a round plays on and where it sits on the board. */
export interface Board {
  map: MapGeometry;
  frame: MapFrame;
}

const boards = new WeakMap<object, Board>();

/** The pack's map fitted to the board; worked out once per content. */
export function boardOf(content: Pick<MapQuestContent, 'map'>): Board {
  const known = boards.get(content);
  if (known) return known;
  const map = resolveMap(content);
  const board = { map, frame: frameFitting(mapFrameRings(map), BOARD, MARGIN_PX) };
  boards.set(content, board);
  return board;
}

/** The place under a board pixel. */
export function lonLatAt(p: XY, board: Board): LonLat {
  return fromScreen(p, board.frame);
}

/** The board pixel of a place. */
export function boardPoint(p: LonLat, board: Board): XY {
  return toScreen(p, board.frame);
}

/** Distance between two seats' starting markers: they stand side by side, none hiding another. */
export const START_SPACING_PX = 76;

/**
 * Where a seat's marker starts each question: side by side in the bottom-left corner of the
 * board, which Paris leaves empty (south-west of the 15e, above the scale bar), so no starting
 * marker hides a place, a number (the 4 in the middle of the city) or another marker. Every start
 * lies on the same 4-pixel grid as d-pad steps, so all seats can reach the same points.
 */
export function startPoint(seatIndex: number): XY {
  return { x: BOARD.x + 56 + seatIndex * START_SPACING_PX, y: BOARD.y + BOARD.height - 108 };
}
