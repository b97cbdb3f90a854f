import type Phaser from 'phaser';
import type { DriveStage } from '../content-schema';
import { CROSSING_HALF_M, LANE_M, ROAD_HALF_M, seatPose, stopLine } from '../rules/route';
import { COLOURS } from './layout';

// The static part of a drive stage, drawn once in metres × `k` pixels: grass, pavements, the road
// and its junction arms, centre lines, the stop / yield / light line, the zebra crossing and the
// finish. North (the seat's way) is up: a point (x, y) in metres is at (x·k, −y·k).

const SIDE_M = 2;
const FAR_M = 150;

export function drawRoad(g: Phaser.GameObjects.Graphics, stage: DriveStage, k: number): void {
  const X = (x: number) => x * k;
  const Y = (y: number) => -y * k;
  const rect = (x0: number, y0: number, x1: number, y1: number) => g.fillRect(X(Math.min(x0, x1)), Y(Math.max(y0, y1)), Math.abs(x1 - x0) * k, Math.abs(y1 - y0) * k);
  const junction = stage.junction;
  const top = junction && !junction.exits.includes('straight') ? junction.atM + ROAD_HALF_M : stage.lengthM + 120;

  g.fillStyle(COLOURS.grass, 1);
  rect(-FAR_M, -40, FAR_M, stage.lengthM + 140);

  // Pavements, then asphalt over them.
  g.fillStyle(COLOURS.pavement, 1);
  rect(-ROAD_HALF_M - SIDE_M, -40, ROAD_HALF_M + SIDE_M, top + (top < stage.lengthM ? SIDE_M : 0));
  const arms = junction ? crossArms(stage) : { left: false, right: false };
  if (junction) {
    rect(arms.left ? -FAR_M : -ROAD_HALF_M, junction.atM - ROAD_HALF_M - SIDE_M, arms.right ? FAR_M : ROAD_HALF_M, junction.atM + ROAD_HALF_M + SIDE_M);
  }
  g.fillStyle(COLOURS.asphalt, 1);
  rect(-ROAD_HALF_M, -40, ROAD_HALF_M, top);
  if (junction) rect(arms.left ? -FAR_M : -ROAD_HALF_M, junction.atM - ROAD_HALF_M, arms.right ? FAR_M : ROAD_HALF_M, junction.atM + ROAD_HALF_M);

  // Centre lines, broken, never inside the junction box.
  g.fillStyle(COLOURS.marking, 0.9);
  for (let y = -40; y < top; y += 8) {
    if (junction && y + 3 > junction.atM - ROAD_HALF_M - 4 && y < junction.atM + ROAD_HALF_M) continue;
    rect(-0.08, y, 0.08, y + 3);
  }
  if (junction) {
    for (let x = -FAR_M; x < FAR_M; x += 8) {
      if (x + 3 > -ROAD_HALF_M - 1 && x < ROAD_HALF_M + 1) continue;
      if ((x < 0 && !arms.left) || (x > 0 && !arms.right)) continue;
      rect(x, junction.atM - 0.08, x + 3, junction.atM + 0.08);
    }
    drawJunctionLines(g, stage, k);
  }

  if (stage.crossing) {
    g.fillStyle(COLOURS.marking, 1);
    const { atM } = stage.crossing;
    for (let x = -ROAD_HALF_M + 0.25; x < ROAD_HALF_M - 0.25; x += 1) rect(x, atM - CROSSING_HALF_M, x + 0.5, atM + CROSSING_HALF_M);
  }

  // Finish: a chequered band across the lane, on every exit.
  const ways = junction ? junction.exits : (['straight'] as const);
  for (const way of ways) {
    const pose = seatPose(stage, way, stage.lengthM);
    const across = LANE_M;
    for (let i = 0; i < 7; i++) {
      for (let j = 0; j < 2; j++) {
        g.fillStyle((i + j) % 2 === 0 ? 0xffffff : 0x111111, 1);
        const u = -across / 2 + (i * across) / 7;
        const v = j * 0.5;
        // Along the lane's cross direction (cos, sin of heading) and its forward direction.
        const cx = pose.x + Math.cos(pose.heading) * u + Math.sin(pose.heading) * v;
        const cy = pose.y - Math.sin(pose.heading) * u + Math.cos(pose.heading) * v;
        g.fillRect(X(cx) - (across / 14) * k, Y(cy) - 0.25 * k, (across / 7) * k, 0.5 * k);
      }
    }
  }
}

/** Which crossing arms exist: where an exit leads or a car comes from. */
export function crossArms(stage: DriveStage): { left: boolean; right: boolean } {
  const junction = stage.junction;
  if (!junction) return { left: false, right: false };
  const from = new Set(junction.traffic.map((car) => car.from));
  return { left: junction.exits.includes('left') || from.has('left'), right: junction.exits.includes('right') || from.has('right') };
}

function drawJunctionLines(g: Phaser.GameObjects.Graphics, stage: DriveStage, k: number): void {
  const junction = stage.junction!;
  const line = stopLine(junction);
  const X = (x: number) => x * k;
  const Y = (y: number) => -y * k;
  g.fillStyle(COLOURS.marking, 1);
  const solid = (width: number) => g.fillRect(X(0), Y(line + width), ROAD_HALF_M * k, width * k);
  const dashed = (fromX: number, toX: number, y: number, vertical: boolean) => {
    for (let t = Math.min(fromX, toX); t < Math.max(fromX, toX) - 0.2; t += 1) {
      if (vertical) g.fillRect(X(y - 0.25), Y(t + 0.5), 0.5 * k, 0.5 * k);
      else g.fillRect(X(t), Y(y + 0.5), 0.5 * k, 0.5 * k);
    }
  };
  switch (junction.kind) {
    case 'stop':
      solid(0.5);
      break;
    case 'lights':
      solid(0.3);
      break;
    case 'yield':
      dashed(0.1, ROAD_HALF_M, line, false);
      break;
    case 'ab2':
    case 'ab6': {
      // The side roads give way: their yield lines, across the lane that arrives at the junction.
      const arms = crossArms(stage);
      if (arms.right) dashed(junction.atM, junction.atM + ROAD_HALF_M, ROAD_HALF_M + 1, true);
      if (arms.left) dashed(junction.atM - ROAD_HALF_M, junction.atM, -ROAD_HALF_M - 1, true);
      break;
    }
    default:
      break;
  }
}
