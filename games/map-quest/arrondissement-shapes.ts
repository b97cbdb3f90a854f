// From official outlines to map-quest's content format: what `ludocite content import-geojson`
// writes under a pack's `data.map.arrondissements`. It is map-quest's format, so it lives with the
// game; the CLI loads it from here as it discovers games, and parses the GeoJSON itself
// (src/shared/geo/geojson-schema.ts), so this file imports nothing from src/.

import type { ArrondissementShape } from './map-schema';
import { simplifyRing, type LonLatPair } from './simplify';

/** The part of a parsed GeoJSON FeatureCollection (src/shared/geo/geojson-schema.ts) read here. */
export interface PolygonFeatures {
  features: readonly {
    properties: Record<string, unknown> | null;
    geometry: { type: 'Polygon'; coordinates: number[][][] } | { type: 'MultiPolygon'; coordinates: number[][][][] };
  }[];
}

export interface ShapeProblem {
  path: string;
  message: string;
}

/** Property names that carry the number in the Paris open-data file and in common exports. */
const NUMBER_PROPERTIES = ['c_ar', 'arrondissement', 'numero', 'number', 'c_arinsee', 'code_insee', 'l_ar'] as const;

/** The arrondissement number of a feature, from `c_ar` (3), an INSEE code (75103), or a label ("3ème Ardt"). */
export function arrondissementNumberOf(properties: Record<string, unknown> | null): number | null {
  for (const key of NUMBER_PROPERTIES) {
    const value = properties?.[key];
    if (value === undefined || value === null) continue;
    const text = String(value).trim();
    const insee = /^751(\d\d)$/.exec(text);
    const n = insee ? Number(insee[1]) : Number(/^(\d{1,2})(?:\D|$)/.exec(text)?.[1]);
    if (Number.isInteger(n) && n >= 1 && n <= 20) return n;
  }
  return null;
}

/**
 * Turns the 20 features into outlines for the screen: outer rings only (holes are dropped; the
 * official outlines have none), simplified at `toleranceM`. Problems name the feature.
 */
export function arrondissementShapes(collection: PolygonFeatures, toleranceM: number): { shapes: ArrondissementShape[]; problems: ShapeProblem[]; pointsIn: number; pointsOut: number } {
  const problems: ShapeProblem[] = [];
  const byNumber = new Map<number, number>();
  const shapes: ArrondissementShape[] = [];
  let pointsIn = 0;
  let pointsOut = 0;
  collection.features.forEach((feature, i) => {
    const number = arrondissementNumberOf(feature.properties);
    if (number === null) {
      problems.push({ path: `features[${i}].properties`, message: `no arrondissement number found (looked for ${NUMBER_PROPERTIES.join(', ')})` });
      return;
    }
    const earlier = byNumber.get(number);
    if (earlier !== undefined) {
      problems.push({ path: `features[${i}].properties`, message: `arrondissement ${number} appears twice (also features[${earlier}])` });
      return;
    }
    byNumber.set(number, i);
    const polygons = feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
    const outside = polygons.some((polygon) => polygon[0]!.some(([lon, lat]) => lon! < 2.1 || lon! > 2.6 || lat! < 48.7 || lat! > 49));
    if (outside) {
      problems.push({ path: `features[${i}].geometry`, message: `arrondissement ${number} lies outside Paris (is this the Paris arrondissements file, in WGS 84?)` });
      return;
    }
    const rings = polygons.map((polygon) => {
      const outer = polygon[0]!.map(([lon, lat]) => [lon, lat] as LonLatPair);
      pointsIn += outer.length;
      const simplified = simplifyRing(outer, toleranceM);
      pointsOut += simplified.length;
      return simplified;
    });
    shapes.push({ number, rings });
  });
  const missing = Array.from({ length: 20 }, (_, i) => i + 1).filter((n) => !byNumber.has(n));
  if (missing.length && problems.length === 0) problems.push({ path: 'features', message: `arrondissement${missing.length > 1 ? 's' : ''} ${missing.join(', ')} missing: Paris has 20` });
  return { shapes: shapes.sort((a, b) => a.number - b.number), problems, pointsIn, pointsOut };
}
