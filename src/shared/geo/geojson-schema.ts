import { z } from 'zod';

/**
 * The GeoJSON (RFC 7946) the arrondissement importer accepts: a FeatureCollection of Polygon or
 * MultiPolygon features in WGS 84 longitude/latitude, each with properties naming its number.
 */

/** `[lon, lat]`, optionally followed by an altitude, which is ignored. */
export const positionSchema = z
  .array(z.number())
  .min(2, 'a position needs a longitude and a latitude')
  .max(3, 'a position has at most longitude, latitude and altitude')
  .refine(([lon, lat]) => Math.abs(lon!) <= 180 && Math.abs(lat!) <= 90, { message: 'longitude must be within ±180 and latitude within ±90 (is the file in WGS 84, not Lambert 93?)' });

/** A closed ring: at least four positions, the last equal to the first (RFC 7946 §3.1.6). */
export const linearRingSchema = z
  .array(positionSchema)
  .min(4, 'a polygon ring needs at least four positions, the last repeating the first')
  .refine((ring) => ring[0]![0] === ring.at(-1)![0] && ring[0]![1] === ring.at(-1)![1], { message: 'a polygon ring must end on its first position' });

export const polygonSchema = z.object({ type: z.literal('Polygon'), coordinates: z.array(linearRingSchema).min(1) });
export const multiPolygonSchema = z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(linearRingSchema).min(1)).min(1) });

export const featureSchema = z.object({
  type: z.literal('Feature'),
  geometry: z.discriminatedUnion('type', [polygonSchema, multiPolygonSchema], { error: 'each feature must be a Polygon or a MultiPolygon' }),
  properties: z.record(z.string(), z.unknown()).nullable(),
});

export const featureCollectionSchema = z.object({
  type: z.literal('FeatureCollection', { error: 'the file must be a GeoJSON FeatureCollection' }),
  features: z.array(featureSchema).min(1, 'the collection has no features'),
});

export type GeoFeature = z.infer<typeof featureSchema>;
export type GeoFeatureCollection = z.infer<typeof featureCollectionSchema>;
