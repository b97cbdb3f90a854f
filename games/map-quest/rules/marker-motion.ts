/**
 * How a seat's marker moves (pure, so a round replays the same from the same inputs): held stick
 * or keys start slow for precision and speed up the longer they are held; a d-pad step nudges
 * it by a few pixels. The marker never leaves the map's rectangle.
 */

export interface MarkerState {
  x: number;
  y: number;
  /** How long the seat has been holding a direction, in round milliseconds. */
  heldMs: number;
}

export interface Bounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface MotionTuning {
  /** Pixels per second at the first instant of a full push. */
  minSpeed: number;
  /** Pixels per second once the push has been held for `rampMs`. */
  maxSpeed: number;
  rampMs: number;
  /** Pixels per d-pad step. */
  stepPx: number;
}

export const MOTION: MotionTuning = { minSpeed: 80, maxSpeed: 640, rampMs: 1200, stepPx: 4 };

function clampTo(bounds: Bounds, x: number, y: number): { x: number; y: number } {
  return { x: Math.max(bounds.x, Math.min(bounds.x + bounds.width, x)), y: Math.max(bounds.y, Math.min(bounds.y + bounds.height, y)) };
}

/** The speed, in pixels per second, after holding a full push for `heldMs`: a quadratic ease-in. */
export function markerSpeed(heldMs: number, tuning: MotionTuning = MOTION): number {
  const t = Math.min(1, Math.max(0, heldMs / tuning.rampMs));
  return tuning.minSpeed + (tuning.maxSpeed - tuning.minSpeed) * t * t;
}

/** Advances a marker by `dtMs` of round time under a held move (each axis -1…1, y down). */
export function moveMarker(state: MarkerState, move: { x: number; y: number }, dtMs: number, bounds: Bounds, tuning: MotionTuning = MOTION): MarkerState {
  const magnitude = Math.min(1, Math.hypot(move.x, move.y));
  if (magnitude === 0 || dtMs <= 0) return { ...state, heldMs: magnitude === 0 ? 0 : state.heldMs };
  const heldMs = state.heldMs + dtMs;
  const speed = markerSpeed(heldMs, tuning);
  const norm = Math.hypot(move.x, move.y);
  const distance = (speed * magnitude * dtMs) / 1000;
  const next = clampTo(bounds, state.x + (move.x / norm) * distance, state.y + (move.y / norm) * distance);
  return { ...next, heldMs };
}

/** One d-pad step. */
export function stepMarker(state: MarkerState, step: { x: number; y: number }, bounds: Bounds, tuning: MotionTuning = MOTION): MarkerState {
  return { ...clampTo(bounds, state.x + step.x * tuning.stepPx, state.y + step.y * tuning.stepPx), heldMs: state.heldMs };
}
