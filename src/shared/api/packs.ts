import { z } from 'zod';
import { apiIssueSchema } from './api-error';

/**
 * A pack the centre serves: its `pack.json` exactly as the file says it (the envelope passed the
 * shared pack schema on the server; `data` is left to the screen, which knows the mini-games).
 */
export const servedPackSchema = z
  .object({
    id: z.string().min(1),
    /** Where the centre read it, for messages: `content/<folder>/pack.json`. */
    file: z.string().min(1),
    pack: z.record(z.string(), z.unknown()),
  })
  .strict();
export type ServedPack = z.infer<typeof servedPackSchema>;

/**
 * A pack folder the centre set aside: its envelope is wrong (or the file is not JSON). `pack` is
 * the file's JSON when it parsed, so a screen can also name what is wrong with its `data`.
 */
export const setAsidePackSchema = z
  .object({
    id: z.string().min(1),
    file: z.string().min(1),
    problems: z.array(apiIssueSchema).min(1),
    pack: z.unknown().optional(),
  })
  .strict();
export type SetAsidePack = z.infer<typeof setAsidePackSchema>;

/**
 * `GET /api/packs`: the centre's catalogue, read from its content folder. It carries an ETag; ask
 * with `If-None-Match` and a catalogue that has not changed answers 304 with no body.
 */
export const packCatalogueSchema = z
  .object({
    packs: z.array(servedPackSchema),
    setAside: z.array(setAsidePackSchema),
  })
  .strict();
export type PackCatalogueListing = z.infer<typeof packCatalogueSchema>;

/**
 * Media a pack may carry in `content/<pack-id>/media/`, by extension, with the content type the
 * centre serves it as. Anything else is refused by `pack install` and never served.
 */
export const PACK_MEDIA_TYPES: Readonly<Record<string, string>> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
  gif: 'image/gif',
  svg: 'image/svg+xml',
  mp3: 'audio/mpeg',
  ogg: 'audio/ogg',
  opus: 'audio/ogg',
  wav: 'audio/wav',
  m4a: 'audio/mp4',
};

/** The largest media file a pack may carry: a screen loads it over the centre's network at round start. */
export const PACK_MEDIA_MAX_BYTES = 8 * 1024 * 1024;

/**
 * One segment of a media path: starts with a letter or digit (no `..`, no hidden files), then
 * letters, digits, `.`, `_` or `-`. Sub-folders are allowed, segment by segment.
 */
const MEDIA_SEGMENT = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;

/** Why a media path is refused, or null when it is a safe path of an allowed type. */
export function mediaPathProblem(path: string): string | null {
  const segments = path.split('/');
  if (segments.length > 4) return 'a media path has at most 3 sub-folders';
  if (!segments.every((s) => MEDIA_SEGMENT.test(s))) {
    return 'a media path is made of names of letters, digits, ".", "_" and "-", separated by "/", none starting with "." (no "..")';
  }
  const extension = /\.([A-Za-z0-9]+)$/.exec(path)?.[1]?.toLowerCase();
  if (!extension || !(extension in PACK_MEDIA_TYPES)) {
    return `a media file is one of ${Object.keys(PACK_MEDIA_TYPES).join(', ')}`;
  }
  return null;
}

/** The content type a safe media path is served as. */
export function mediaContentType(path: string): string | undefined {
  const extension = /\.([A-Za-z0-9]+)$/.exec(path)?.[1]?.toLowerCase();
  return extension ? PACK_MEDIA_TYPES[extension] : undefined;
}

/** Where the centre serves a pack's media file: `media/flags/fr.svg` of `drapeaux` → `/api/packs/drapeaux/media/flags/fr.svg`. */
export function packMediaUrl(packId: string, file: string): string {
  const path = file.replace(/^media\//, '');
  return `/api/packs/${encodeURIComponent(packId)}/media/${path.split('/').map(encodeURIComponent).join('/')}`;
}
