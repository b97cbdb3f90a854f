// Stopping distances: the rules of thumb taught in France, and the car's own physics.
//
// Rules of thumb (French Code de la route learning material, e.g. the "distances d'arrêt" sheets
// cited in the distances-arret pack): with v the speed in km/h and d its tens digit (v / 10),
//   - distance travelled during one second of reaction ≈ d × 3 metres,
//   - stopping distance on a dry road ≈ d × d metres,
//   - stopping distance on a wet road ≈ 1.5 × the dry one.
// They are deliberately generous next to a modern car's braking; the game's car brakes with a
// fixed deceleration (CAR_BRAKING) so the player sees both: what they did, and what to remember.

export type RoadState = 'dry' | 'wet';

/** Full-brake deceleration of the game's car, m/s². Wet braking takes 1.5 × the distance of dry braking. */
export const CAR_BRAKING: Record<RoadState, number> = { dry: 8, wet: 8 / 1.5 };

export const KMH_PER_MPS = 3.6;

export function kmhToMps(kmh: number): number {
  return kmh / KMH_PER_MPS;
}

export function mpsToKmh(mps: number): number {
  return mps * KMH_PER_MPS;
}

/** The tens digit the rules of thumb use: 50 km/h → 5, 130 km/h → 13. */
export function tens(kmh: number): number {
  return kmh / 10;
}

/** Rule of thumb: metres travelled during one second of reaction, tens digit × 3. */
export function reactionDistanceRule(kmh: number): number {
  return tens(kmh) * 3;
}

/** Rule of thumb: stopping distance, (tens digit)² on a dry road, × 1.5 on a wet one. */
export function stoppingDistanceRule(kmh: number, road: RoadState): number {
  const dry = tens(kmh) ** 2;
  return road === 'dry' ? dry : dry * 1.5;
}

/** The game car's braking distance from `kmh` to a stop at full brake, in metres. */
export function brakingDistance(kmh: number, road: RoadState): number {
  const v = kmhToMps(kmh);
  return (v * v) / (2 * CAR_BRAKING[road]);
}

/** Metres travelled at `kmh` during `reactionS` seconds. */
export function reactionDistance(kmh: number, reactionS: number): number {
  return kmhToMps(kmh) * reactionS;
}

/** The game car's stopping distance: reaction at constant speed, then full braking. */
export function stoppingDistance(kmh: number, road: RoadState, reactionS: number): number {
  return reactionDistance(kmh, reactionS) + brakingDistance(kmh, road);
}

/** Rounds a distance the way the game shows it: to the metre, or to half a metre under 10 m. */
export function shownMetres(metres: number): number {
  return metres < 10 ? Math.round(metres * 2) / 2 : Math.round(metres);
}
