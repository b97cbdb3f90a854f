// The French road signs this mini-game knows, by their official code (arrêté du 24 novembre 1967
// relatif à la signalisation des routes et des autoroutes, and the Instruction interministérielle
// sur la signalisation routière). Drawing lives in sign-art.ts; this file says what each sign is.

/** The families a player learns to tell apart by shape and colour. */
export const SIGN_FAMILIES = ['danger', 'intersection', 'interdiction', 'obligation', 'fin', 'zone', 'indication', 'feux'] as const;
export type SignFamily = (typeof SIGN_FAMILIES)[number];

interface SignEntry {
  family: SignFamily;
  /** The sign carries a speed (B14 limits, B33 ends of limit). */
  takesSpeed?: boolean;
}

export const SIGNS = {
  // Danger: red-bordered triangles, point up
  A1a: { family: 'danger' },
  A1b: { family: 'danger' },
  A1c: { family: 'danger' },
  A2b: { family: 'danger' },
  A3: { family: 'danger' },
  A4: { family: 'danger' },
  A7: { family: 'danger' },
  A13a: { family: 'danger' },
  A13b: { family: 'danger' },
  A14: { family: 'danger' },
  A15a1: { family: 'danger' },
  A15b: { family: 'danger' },
  A17: { family: 'danger' },
  // Intersections and priority
  AB1: { family: 'intersection' },
  AB2: { family: 'intersection' },
  AB3a: { family: 'intersection' },
  AB4: { family: 'intersection' },
  AB6: { family: 'intersection' },
  AB7: { family: 'intersection' },
  AB25: { family: 'intersection' },
  // Prohibition: red-rimmed discs
  B0: { family: 'interdiction' },
  B1: { family: 'interdiction' },
  B2a: { family: 'interdiction' },
  B2b: { family: 'interdiction' },
  B2c: { family: 'interdiction' },
  B3: { family: 'interdiction' },
  B6a1: { family: 'interdiction' },
  B6d: { family: 'interdiction' },
  B14: { family: 'interdiction', takesSpeed: true },
  // Obligation: blue discs
  'B21-1': { family: 'obligation' },
  'B21-2': { family: 'obligation' },
  B21a1: { family: 'obligation' },
  B21b: { family: 'obligation' },
  B21c1: { family: 'obligation' },
  B22a: { family: 'obligation' },
  B22b: { family: 'obligation' },
  // Ends of prohibition: white discs barred in black
  B31: { family: 'fin' },
  B33: { family: 'fin', takesSpeed: true },
  B34: { family: 'fin' },
  // Zones
  B30: { family: 'zone' },
  B51: { family: 'zone' },
  // Indication and lights
  C20a: { family: 'indication' },
  R11v: { family: 'feux' },
} as const satisfies Record<string, SignEntry>;

export type SignCode = keyof typeof SIGNS;
export const SIGN_CODES = Object.keys(SIGNS) as SignCode[];

/** A sign as content names it: its official code, and the speed for B14 and B33. */
export interface SignRef {
  code: SignCode;
  kmh?: number;
}

export function isSignCode(code: string): code is SignCode {
  return Object.hasOwn(SIGNS, code);
}

export function signFamily(code: SignCode): SignFamily {
  return SIGNS[code].family;
}

export function signTakesSpeed(code: SignCode): boolean {
  return 'takesSpeed' in SIGNS[code] && SIGNS[code].takesSpeed === true;
}

/** A stable label for a sign, used as an evidence item and in tests: `AB4`, `B14-50`. */
export function signLabel(sign: SignRef): string {
  return sign.kmh === undefined ? sign.code : `${sign.code}-${sign.kmh}`;
}

/** The speeds a B14 or B33 may carry: 30 to 130 km/h in steps of 10. */
export function isSignSpeed(kmh: number): boolean {
  return Number.isInteger(kmh) && kmh >= 30 && kmh <= 130 && kmh % 10 === 0;
}
