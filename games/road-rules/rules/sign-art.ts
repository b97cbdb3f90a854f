import type { SignCode, SignRef } from './signs';

// Every sign as plain shapes in a box from -1 to 1 (y grows downward), so the drawing is pure data:
// tests check every code draws, and the scene only scales these shapes onto a Phaser Graphics.
// Shapes and colours follow the official models: danger = white triangle with a red border and a
// black symbol; prohibition = red-rimmed white disc; obligation = blue disc; ends = white disc
// barred in black; STOP = red octagon.

export type Point = readonly [number, number];

export type SignShape =
  | { kind: 'polygon'; points: readonly Point[]; fill?: number; stroke?: number; width?: number }
  | { kind: 'circle'; x: number; y: number; r: number; fill?: number; stroke?: number; width?: number }
  | { kind: 'line'; points: readonly Point[]; colour: number; width: number }
  | { kind: 'text'; x: number; y: number; text: string; size: number; colour: number };

export const SIGN_COLOURS = {
  red: 0xc8102e,
  white: 0xffffff,
  black: 0x1a1a1a,
  blue: 0x0a5aa8,
  yellow: 0xf7b500,
  grey: 0x8c8c8c,
  green: 0x22a845,
  amber: 0xffa200,
  dark: 0x222222,
} as const;
const C = SIGN_COLOURS;

/** Whether the sign is the lit traffic light, and which lamp shows. */
export type LightLamp = 'red' | 'amber' | 'green';

const regular = (sides: number, r: number, start: number): Point[] =>
  Array.from({ length: sides }, (_, i) => [Math.cos(start + (i * 2 * Math.PI) / sides) * r, Math.sin(start + (i * 2 * Math.PI) / sides) * r] as const);

/** A polyline from a list of points, in black unless told. */
const line = (points: Point[], width = 0.1, colour: number = C.black): SignShape => ({ kind: 'line', points, colour, width });
const poly = (points: Point[], fill: number = C.black): SignShape => ({ kind: 'polygon', points, fill });
const disc = (x: number, y: number, r: number, fill: number = C.black): SignShape => ({ kind: 'circle', x, y, r, fill });

/** Points along an arc, for bends and round arrows. */
function arc(cx: number, cy: number, r: number, from: number, to: number, steps = 12): Point[] {
  return Array.from({ length: steps + 1 }, (_, i) => {
    const a = from + ((to - from) * i) / steps;
    return [cx + Math.cos(a) * r, cy + Math.sin(a) * r] as const;
  });
}

/** An arrow head at `tip`, pointing along angle `a` (radians, 0 = right, y down). */
function arrowHead(tip: Point, a: number, size: number, colour: number = C.black): SignShape {
  const [x, y] = tip;
  const back = (da: number): Point => [x - Math.cos(a + da) * size, y - Math.sin(a + da) * size];
  return poly([tip, back(0.55), back(-0.55)], colour);
}

// ---- frames ---------------------------------------------------------------------------------

const TRIANGLE_UP: Point[] = [[0, -0.95], [1, 0.8], [-1, 0.8]];
const TRIANGLE_INNER: Point[] = [[0, -0.6], [0.7, 0.62], [-0.7, 0.62]];

function dangerFrame(symbol: SignShape[]): SignShape[] {
  return [
    { kind: 'polygon', points: TRIANGLE_UP, fill: C.red, stroke: C.white, width: 0.05 },
    poly(TRIANGLE_INNER, C.white),
    ...symbol.map((shape) => shift(shape, 0, 0.18, 0.62)),
  ];
}

function prohibitionFrame(symbol: SignShape[], inside: number = C.white): SignShape[] {
  return [
    { kind: 'circle', x: 0, y: 0, r: 0.98, fill: C.red, stroke: C.white, width: 0.04 },
    disc(0, 0, 0.74, inside),
    ...symbol,
  ];
}

function obligationFrame(symbol: SignShape[]): SignShape[] {
  return [{ kind: 'circle', x: 0, y: 0, r: 0.98, fill: C.blue, stroke: C.white, width: 0.06 }, ...symbol];
}

function endFrame(symbol: SignShape[]): SignShape[] {
  // The black band of an end sign runs from upper right to lower left, drawn as thin parallel lines.
  const bars = [-0.2, -0.1, 0, 0.1, 0.2].map((o) => line([[0.6 + o * 0.7, -0.6 + o * 0.7], [-0.6 + o * 0.7, 0.6 + o * 0.7]], 0.045));
  return [{ kind: 'circle', x: 0, y: 0, r: 0.98, fill: C.white, stroke: C.black, width: 0.05 }, ...symbol, ...bars];
}

/** Moves and scales a shape: used to fit a symbol into a triangle's smaller inside. */
function shift(shape: SignShape, dx: number, dy: number, scale: number): SignShape {
  const p = ([x, y]: Point): Point => [x * scale + dx, y * scale + dy];
  switch (shape.kind) {
    case 'polygon':
      return { ...shape, points: shape.points.map(p), ...(shape.width ? { width: shape.width * scale } : {}) };
    case 'line':
      return { ...shape, points: shape.points.map(p), width: shape.width * scale };
    case 'circle':
      return { ...shape, x: shape.x * scale + dx, y: shape.y * scale + dy, r: shape.r * scale };
    case 'text':
      return { ...shape, x: shape.x * scale + dx, y: shape.y * scale + dy, size: shape.size * scale };
  }
}

// ---- symbols ----------------------------------------------------------------------------------

const bend = (side: 1 | -1): SignShape[] => {
  const path: Point[] = [[-0.25 * side, 0.75], [-0.25 * side, 0.05], ...arc(0.2 * side, 0.05, 0.45, side === 1 ? Math.PI : 0, side === 1 ? Math.PI * 1.45 : -Math.PI * 0.45, 8)];
  const tip = path[path.length - 1]!;
  return [line(path, 0.2), arrowHead([tip[0] + 0.18 * side, tip[1] - 0.05], side === 1 ? -0.25 : Math.PI + 0.25, 0.38)];
};

const pedestrian = (x: number, y: number, s: number): SignShape[] => [
  disc(x + 0.05 * s, y - 0.62 * s, 0.14 * s),
  line([[x + 0.02 * s, y - 0.44 * s], [x - 0.05 * s, y + 0.05 * s]], 0.2 * s),
  line([[x - 0.05 * s, y + 0.05 * s], [x - 0.35 * s, y + 0.55 * s]], 0.16 * s),
  line([[x - 0.05 * s, y + 0.05 * s], [x + 0.3 * s, y + 0.55 * s]], 0.16 * s),
  line([[x - 0.3 * s, y - 0.05 * s], [x, y - 0.35 * s], [x + 0.3 * s, y - 0.1 * s]], 0.13 * s),
];

const carSide = (x: number, y: number, s: number, colour: number): SignShape[] => [
  poly([[x - 0.5 * s, y + 0.1 * s], [x - 0.35 * s, y - 0.3 * s], [x + 0.3 * s, y - 0.3 * s], [x + 0.5 * s, y + 0.1 * s], [x + 0.5 * s, y + 0.35 * s], [x - 0.5 * s, y + 0.35 * s]], colour),
  disc(x - 0.3 * s, y + 0.38 * s, 0.14 * s, colour),
  disc(x + 0.3 * s, y + 0.38 * s, 0.14 * s, colour),
];

const upArrow = (x: number, y0: number, y1: number, width: number, colour: number): SignShape[] => [
  line([[x, y0], [x, y1 + 0.2]], width, colour),
  arrowHead([x, y1 - 0.08], -Math.PI / 2, 0.34, colour),
];

const cow: SignShape[] = [
  poly([[-0.55, -0.15], [0.35, -0.2], [0.45, -0.35], [0.7, -0.3], [0.7, -0.05], [0.5, 0.05], [0.45, 0.2], [-0.5, 0.2]]),
  line([[-0.45, 0.15], [-0.45, 0.6]], 0.12), line([[-0.25, 0.15], [-0.25, 0.6]], 0.12),
  line([[0.2, 0.15], [0.2, 0.6]], 0.12), line([[0.38, 0.15], [0.38, 0.6]], 0.12),
  line([[-0.55, -0.12], [-0.72, 0.3]], 0.06),
];

const deer: SignShape[] = [
  poly([[-0.6, 0.05], [-0.2, -0.1], [0.3, -0.15], [0.45, -0.45], [0.6, -0.4], [0.5, -0.05], [0.2, 0.15], [-0.45, 0.2]]),
  line([[-0.5, 0.15], [-0.75, 0.55]], 0.1), line([[-0.35, 0.15], [-0.15, 0.55]], 0.1),
  line([[0.15, 0.1], [0.0, 0.55]], 0.1), line([[0.3, 0.05], [0.55, 0.45]], 0.1),
  line([[0.5, -0.45], [0.4, -0.75], [0.25, -0.85]], 0.06), line([[0.5, -0.45], [0.65, -0.75], [0.8, -0.8]], 0.06),
];

const bicycle: SignShape[] = [
  { kind: 'circle', x: -0.4, y: 0.25, r: 0.28, stroke: C.white, width: 0.08 },
  { kind: 'circle', x: 0.4, y: 0.25, r: 0.28, stroke: C.white, width: 0.08 },
  line([[-0.4, 0.25], [-0.1, -0.2], [0.3, -0.2], [0.4, 0.25]], 0.08, C.white),
  line([[-0.1, -0.2], [0.05, 0.25], [0.3, -0.2]], 0.08, C.white),
  line([[0.3, -0.2], [0.25, -0.38], [0.42, -0.38]], 0.08, C.white),
];

const trafficLight = (lit: LightLamp | 'all', x = 0, y = 0, s = 1): SignShape[] => {
  const lamp = (which: LightLamp, cy: number, colour: number): SignShape =>
    disc(x, y + cy * s, 0.2 * s, lit === 'all' || lit === which ? colour : 0x3a3a3a);
  return [
    { kind: 'polygon', points: [[x - 0.32 * s, y - 0.78 * s], [x + 0.32 * s, y - 0.78 * s], [x + 0.32 * s, y + 0.78 * s], [x - 0.32 * s, y + 0.78 * s]], fill: C.dark, stroke: C.black, width: 0.04 * s },
    lamp('red', -0.5, C.red),
    lamp('amber', 0, C.amber),
    lamp('green', 0.5, C.green),
  ];
};

const turnArrow = (side: 1 | -1, colour: number): SignShape[] => [
  line([[-0.05 * side, 0.55], [-0.05 * side, -0.1], [0.3 * side, -0.1]], 0.2, colour),
  arrowHead([0.6 * side, -0.1], side === 1 ? 0 : Math.PI, 0.36, colour),
];

const redBar: SignShape = line([[-0.52, -0.52], [0.52, 0.52]], 0.16, C.red);

// ---- the catalogue ---------------------------------------------------------------------------

const DRAW: Record<SignCode, (sign: SignRef, lamp: LightLamp | 'all') => SignShape[]> = {
  A1a: () => dangerFrame(bend(1)),
  A1b: () => dangerFrame(bend(-1)),
  A1c: () => dangerFrame([line([[-0.15, 0.75], [-0.15, 0.35], ...arc(0.15, 0.35, 0.3, Math.PI, Math.PI * 1.5, 5), ...arc(0.15, -0.25, 0.3, Math.PI / 2, 0, 5).reverse().map(([x, y]) => [x - 0.3, y] as const)], 0.18), arrowHead([-0.3, -0.75], -Math.PI / 2, 0.32)]),
  A2b: () => dangerFrame([line([[-0.85, 0.45], [-0.45, 0.45], ...arc(0, 0.45, 0.45, Math.PI, Math.PI * 2, 10), [0.85, 0.45]], 0.16)]),
  A3: () => dangerFrame([line([[-0.45, 0.75], [-0.45, 0.2], [-0.2, -0.2], [-0.2, -0.75]], 0.16), line([[0.45, 0.75], [0.45, 0.2], [0.2, -0.2], [0.2, -0.75]], 0.16)]),
  A4: () => dangerFrame([
    ...carSide(0, -0.3, 0.75, C.black),
    line([[-0.3, 0.1], [-0.45, 0.35], [-0.2, 0.55], [-0.4, 0.8]], 0.08),
    line([[0.3, 0.1], [0.15, 0.35], [0.4, 0.55], [0.2, 0.8]], 0.08),
  ]),
  A7: () => dangerFrame([
    line([[-0.7, 0.6], [0.7, 0.6]], 0.08), line([[-0.6, 0.6], [-0.6, -0.2]], 0.1), line([[0.6, 0.6], [0.6, -0.2]], 0.1),
    poly([[-0.65, -0.2], [0.65, -0.2], [0.65, 0.15], [-0.65, 0.15]]),
    poly([[-0.45, -0.12], [-0.25, -0.12], [-0.25, 0.08], [-0.45, 0.08]], C.white),
    poly([[-0.05, -0.12], [0.15, -0.12], [0.15, 0.08], [-0.05, 0.08]], C.white),
    poly([[0.35, -0.12], [0.55, -0.12], [0.55, 0.08], [0.35, 0.08]], C.white),
  ]),
  A13a: () => dangerFrame([...pedestrian(-0.3, 0.1, 0.75), ...pedestrian(0.3, 0.2, 0.6)]),
  A13b: () => dangerFrame([
    ...pedestrian(0, -0.05, 0.85),
    ...[-0.6, -0.2, 0.2, 0.6].map((x) => poly([[x - 0.12, 0.62], [x + 0.12, 0.62], [x + 0.16, 0.82], [x - 0.16, 0.82]])),
  ]),
  A14: () => dangerFrame([poly([[-0.12, -0.75], [0.12, -0.75], [0.07, 0.3], [-0.07, 0.3]]), disc(0, 0.6, 0.13)]),
  A15a1: () => dangerFrame(cow),
  A15b: () => dangerFrame(deer),
  A17: () => dangerFrame(trafficLight('all', 0, 0, 0.9)),
  AB1: () => dangerFrame([line([[-0.6, -0.6], [0.6, 0.6]], 0.22), line([[0.6, -0.6], [-0.6, 0.6]], 0.22)]),
  AB2: () => dangerFrame([poly([[-0.16, -0.8], [0.16, -0.8], [0.16, 0.8], [-0.16, 0.8]]), line([[-0.6, 0], [0.6, 0]], 0.1)]),
  AB3a: () => [
    { kind: 'polygon', points: [[-1, -0.8], [1, -0.8], [0, 0.95]], fill: C.red, stroke: C.white, width: 0.05 },
    poly([[-0.62, -0.56], [0.62, -0.56], [0, 0.52]], C.white),
  ],
  AB4: () => [
    { kind: 'polygon', points: regular(8, 0.98, Math.PI / 8), fill: C.red, stroke: C.white, width: 0.06 },
    { kind: 'text', x: 0, y: 0, text: 'STOP', size: 0.62, colour: C.white },
  ],
  AB6: () => [
    { kind: 'polygon', points: [[0, -0.98], [0.98, 0], [0, 0.98], [-0.98, 0]], fill: C.white, stroke: C.black, width: 0.03 },
    poly([[0, -0.66], [0.66, 0], [0, 0.66], [-0.66, 0]], C.yellow),
  ],
  AB7: () => [
    { kind: 'polygon', points: [[0, -0.98], [0.98, 0], [0, 0.98], [-0.98, 0]], fill: C.white, stroke: C.black, width: 0.03 },
    poly([[0, -0.66], [0.66, 0], [0, 0.66], [-0.66, 0]], C.yellow),
    line([[-0.55, 0.55], [0.55, -0.55]], 0.2, C.black),
  ],
  AB25: () => dangerFrame([0, 1, 2].flatMap((i) => {
    const a0 = -Math.PI / 2 + (i * 2 * Math.PI) / 3;
    const points = arc(0, 0, 0.5, a0 + 0.35, a0 + 1.6, 6).reverse();
    const tip = points[points.length - 1]!;
    return [line(points, 0.14), arrowHead(tip, a0 + 0.35 - Math.PI / 2, 0.3)];
  })),
  B0: () => prohibitionFrame([]),
  B1: () => [
    { kind: 'circle', x: 0, y: 0, r: 0.98, fill: C.red, stroke: C.white, width: 0.04 },
    poly([[-0.72, -0.18], [0.72, -0.18], [0.72, 0.18], [-0.72, 0.18]], C.white),
  ],
  B2a: () => prohibitionFrame([...turnArrow(-1, C.black), redBar]),
  B2b: () => prohibitionFrame([...turnArrow(1, C.black), redBar]),
  B2c: () => prohibitionFrame([line([[0.25, 0.55], [0.25, -0.15], ...arc(-0.05, -0.15, 0.3, 0, -Math.PI, 8), [-0.35, 0.25]], 0.17), arrowHead([-0.35, 0.5], Math.PI / 2, 0.34), redBar]),
  B3: () => prohibitionFrame([...carSide(-0.33, 0, 0.5, C.red), ...carSide(0.33, 0, 0.5, C.black)]),
  B6a1: () => prohibitionFrame([line([[-0.52, -0.52], [0.52, 0.52]], 0.2, C.red)], C.blue),
  B6d: () => prohibitionFrame([line([[-0.52, -0.52], [0.52, 0.52]], 0.2, C.red), line([[0.52, -0.52], [-0.52, 0.52]], 0.2, C.red)], C.blue),
  B14: (sign) => prohibitionFrame([{ kind: 'text', x: 0, y: 0.02, text: String(sign.kmh ?? ''), size: (sign.kmh ?? 0) >= 100 ? 0.7 : 0.86, colour: C.black }]),
  'B21-1': () => obligationFrame([line([[-0.6, 0], [0.25, 0]], 0.24, C.white), arrowHead([0.7, 0], 0, 0.45, C.white)]),
  'B21-2': () => obligationFrame([line([[0.6, 0], [-0.25, 0]], 0.24, C.white), arrowHead([-0.7, 0], Math.PI, 0.45, C.white)]),
  B21a1: () => obligationFrame([line([[-0.4, -0.4], [0.2, 0.2]], 0.24, C.white), arrowHead([0.5, 0.5], Math.PI / 4, 0.45, C.white)]),
  B21b: () => obligationFrame(upArrow(0, 0.65, -0.55, 0.24, C.white)),
  B21c1: () => obligationFrame(turnArrow(1, C.white)),
  B22a: () => obligationFrame(bicycle),
  B22b: () => obligationFrame(pedestrian(0, 0.05, 0.85).map((shape) => ('colour' in shape ? { ...shape, colour: C.white } : { ...shape, fill: C.white }))),
  B31: () => endFrame([]),
  B33: (sign) => endFrame([{ kind: 'text', x: 0, y: 0.02, text: String(sign.kmh ?? ''), size: (sign.kmh ?? 0) >= 100 ? 0.7 : 0.86, colour: C.grey }]),
  B34: () => endFrame([...carSide(-0.33, 0, 0.5, C.grey), ...carSide(0.33, 0, 0.5, C.grey)]),
  B30: () => zonePanel(false),
  B51: () => zonePanel(true),
  C20a: () => [
    { kind: 'polygon', points: [[-0.95, -0.95], [0.95, -0.95], [0.95, 0.95], [-0.95, 0.95]], fill: C.blue, stroke: C.white, width: 0.05 },
    poly([[0, -0.75], [0.72, 0.6], [-0.72, 0.6]], C.white),
    ...pedestrian(0, 0.05, 0.6),
    ...[-0.42, -0.14, 0.14, 0.42].map((x) => poly([[x - 0.08, 0.45], [x + 0.08, 0.45], [x + 0.1, 0.56], [x - 0.1, 0.56]])),
  ],
  R11v: (_sign, lamp) => trafficLight(lamp),
};

function zonePanel(ended: boolean): SignShape[] {
  const ink = ended ? C.grey : C.black;
  return [
    { kind: 'polygon', points: [[-0.78, -0.98], [0.78, -0.98], [0.78, 0.98], [-0.78, 0.98]], fill: C.white, stroke: C.black, width: 0.04 },
    { kind: 'text', x: 0, y: -0.7, text: 'ZONE', size: 0.34, colour: ink },
    { kind: 'circle', x: 0, y: 0.22, r: 0.6, fill: ended ? C.grey : C.red },
    disc(0, 0.22, 0.45, C.white),
    { kind: 'text', x: 0, y: 0.24, text: '30', size: 0.55, colour: ink },
    ...(ended ? [line([[0.7, -0.9], [-0.7, 0.9]], 0.12, C.black)] : []),
  ];
}

/**
 * The shapes of one sign, in a box from -1 to 1. `lamp` only matters for the traffic light R11v
 * (which lamp is lit); every other sign ignores it.
 */
export function signArt(sign: SignRef, lamp: LightLamp | 'all' = 'all'): SignShape[] {
  const draw = DRAW[sign.code];
  if (!draw) throw new Error(`no drawing for sign "${String(sign.code)}"`);
  return draw(sign, lamp);
}
