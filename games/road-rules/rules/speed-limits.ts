import type { DriveStage, PlacedSign } from '../content-schema';
import type { SignRef } from './signs';

/** A stretch of the route with one speed limit, and the sign that set it (none at the start). */
export interface LimitStretch {
  fromM: number;
  kmh: number;
  sign?: SignRef;
}

/** What a sign does to the limit: B14 sets it, B30 enters a zone 30, and ends bring back the stage's own limit. */
function limitAfter(sign: PlacedSign, base: number): number | undefined {
  switch (sign.code) {
    case 'B14':
      return sign.kmh;
    case 'B30':
      return 30;
    case 'B33':
    case 'B51':
    case 'B31':
      return base;
    default:
      return undefined;
  }
}

/** The route cut into stretches by the signs that change the limit, in order along the route. */
export function limitStretches(stage: Pick<DriveStage, 'limitKmh' | 'signs'>): LimitStretch[] {
  const stretches: LimitStretch[] = [{ fromM: 0, kmh: stage.limitKmh }];
  const changes = [...stage.signs].sort((a, b) => a.atM - b.atM);
  for (const sign of changes) {
    const kmh = limitAfter(sign, stage.limitKmh);
    if (kmh === undefined) continue;
    stretches.push({ fromM: sign.atM, kmh, sign: { code: sign.code, ...(sign.kmh === undefined ? {} : { kmh: sign.kmh }) } });
  }
  return stretches;
}

/** Index of the stretch the car's front is in; a limit applies from the sign onward. */
export function stretchAt(stretches: readonly LimitStretch[], s: number): number {
  let index = 0;
  stretches.forEach((stretch, i) => {
    if (s >= stretch.fromM) index = i;
  });
  return index;
}

export function limitAt(stage: Pick<DriveStage, 'limitKmh' | 'signs'>, s: number): number {
  const stretches = limitStretches(stage);
  return stretches[stretchAt(stretches, s)]!.kmh;
}
