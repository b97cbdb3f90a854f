import type { Crossing, DriveStage, Junction } from '../content-schema';
import type { Approach, Way } from './priority';

// Geometry in metres. The seat drives north along x = +LANE/2 (France drives on the right); `s`
// is how far its front has come along its route. The junction is a square box centred on
// (0, junction.atM); the crossing road runs east–west.

export const LANE_M = 3.5;
/** Half the width of a two-lane road. */
export const ROAD_HALF_M = LANE_M;
export const CAR_LENGTH_M = 4.2;
export const CAR_WIDTH_M = 1.8;
/** The stop, yield or light line is painted this far before the junction box. */
export const LINE_GAP_M = 1;
/** Half the depth of a pedestrian crossing. */
export const CROSSING_HALF_M = 2;

export interface Pose {
  x: number;
  y: number;
  /** Radians; 0 = north, π/2 = east. */
  heading: number;
}

export function boxStart(junction: Junction): number {
  return junction.atM - ROAD_HALF_M;
}

export function stopLine(junction: Junction): number {
  return boxStart(junction) - LINE_GAP_M;
}

/** Length of the seat's path inside the box for each way. */
export function pathInBox(way: Way): number {
  switch (way) {
    case 'straight':
      return 2 * ROAD_HALF_M;
    case 'right':
      return (Math.PI / 2) * (LANE_M / 2);
    case 'left':
      return (Math.PI / 2) * (ROAD_HALF_M + LANE_M / 2);
  }
}

/** Where the seat's front leaves the box for this way. */
export function boxExit(junction: Junction, way: Way): number {
  return boxStart(junction) + pathInBox(way);
}

/** The near and far edges of a pedestrian crossing along the route. */
export function crossingEdges(crossing: Crossing): { near: number; far: number } {
  return { near: crossing.atM - CROSSING_HALF_M, far: crossing.atM + CROSSING_HALF_M };
}

/** The way the seat takes when it picks none: straight on where it can, else the first exit. */
export function defaultWay(junction: Junction | undefined): Way {
  if (!junction) return 'straight';
  return junction.exits.includes('straight') ? 'straight' : junction.exits[0]!;
}

/** The seat's position and heading when its front is `s` metres along its route. */
export function seatPose(stage: DriveStage, way: Way, s: number): Pose {
  const x0 = LANE_M / 2;
  const junction = stage.junction;
  if (!junction || s <= boxStart(junction) || way === 'straight') return { x: x0, y: s, heading: 0 };
  const start = boxStart(junction);
  const along = s - start;
  const turn = pathInBox(way);
  const side = way === 'right' ? 1 : -1;
  // Turning circle: centred on the corner the car turns around.
  const radius = way === 'right' ? LANE_M / 2 : ROAD_HALF_M + LANE_M / 2;
  const cx = side * ROAD_HALF_M;
  const cy = start;
  const laneY = junction.atM - side * (LANE_M / 2);
  if (along >= turn) {
    const beyond = along - turn;
    return { x: side * (ROAD_HALF_M + beyond), y: laneY, heading: (side * Math.PI) / 2 };
  }
  const angle = along / radius;
  return { x: cx - side * radius * Math.cos(angle), y: cy + radius * Math.sin(angle), heading: side * angle };
}

/**
 * Another car's position when its front is `u` metres along its own straight path (u = 0 at the
 * junction centre, negative before it). Cars from the right head west in the north lane, from the
 * left east in the south lane, from ahead south in the west lane.
 */
export function otherCarPose(junction: Junction, from: Approach, u: number): Pose {
  const half = LANE_M / 2;
  switch (from) {
    case 'right':
      return { x: -u, y: junction.atM + half, heading: -Math.PI / 2 };
    case 'left':
      return { x: u, y: junction.atM - half, heading: Math.PI / 2 };
    case 'ahead':
      return { x: -half, y: junction.atM - u, heading: Math.PI };
  }
}
