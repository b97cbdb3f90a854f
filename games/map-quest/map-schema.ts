import { localizedText, z } from '../../src/sdk';

/** `[lon, lat]` in degrees, GeoJSON order, somewhere in or around Paris. */
export const lonLatSchema = z.tuple([
  z.number().min(2.1, 'this longitude is far west of Paris').max(2.6, 'this longitude is far east of Paris'),
  z.number().min(48.7, 'this latitude is far south of Paris').max(49, 'this latitude is far north of Paris'),
]);

/** A closed outline: at least three points; the last may repeat the first. */
export const ringSchema = z.array(lonLatSchema).min(3, 'an outline needs at least three points');

export const arrondissementShapeSchema = z
  .object({
    number: z.number().int().min(1).max(20),
    /** Outer outlines only (an arrondissement in several pieces has several). */
    rings: z.array(ringSchema).min(1),
    /** Where its number is drawn; computed when absent. */
    label: lonLatSchema.optional(),
  })
  .strict();

const namedArea = z.object({ id: z.string().min(1), name: localizedText, ring: ringSchema }).strict();
const namedLine = z.object({ id: z.string().min(1), name: localizedText, path: z.array(lonLatSchema).min(2) }).strict();

/**
 * The map a round is played on. A pack may give any part of it under `data.map`; what it leaves
 * out comes from the game's own schematic (`paris-map.ts`). `content import-geojson` writes
 * `arrondissements` here from the official open-data outlines.
 */
export const mapSchema = z
  .object({
    /** The outline of the city of Paris. */
    boundary: ringSchema,
    /** The ring road, drawn as a road (it is not the city limit everywhere). */
    peripherique: ringSchema,
    arrondissements: z
      .array(arrondissementShapeSchema)
      .length(20, 'Paris has 20 arrondissements')
      .refine((list) => new Set(list.map((a) => a.number)).size === 20, { message: 'each number from 1 to 20 appears once' }),
    /** The Seine, as pieces of centre line each with its width. */
    river: z.array(z.object({ path: z.array(lonLatSchema).min(2), widthM: z.number().positive().max(1000) }).strict()).min(1),
    islands: z.array(namedArea),
    woods: z.array(namedArea),
    axes: z.array(namedLine),
    parks: z.array(namedArea),
  })
  .strict();

export type MapGeometry = z.infer<typeof mapSchema>;
export type ArrondissementShape = z.infer<typeof arrondissementShapeSchema>;
export type NamedArea = z.infer<typeof namedArea>;
export type NamedLine = z.infer<typeof namedLine>;
