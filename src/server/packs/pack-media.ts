import { realpathSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { mediaContentType, mediaPathProblem, PACK_MEDIA_MAX_BYTES } from '../../shared/api/packs';

/** A media file found in a pack folder, ready to stream. */
export interface MediaFile {
  path: string;
  contentType: string;
  size: number;
  mtimeMs: number;
}

export type MediaLookup = { ok: true; file: MediaFile } | { ok: false; status: 400 | 404 | 422; reason: string };

/**
 * Finds `<packDir>/media/<path>` safely: the path must pass the media rules (names only, no
 * `..`, an allowed extension), and the real file — links followed — must still lie inside the
 * pack's own media folder, so neither a crafted path nor a link in a pack reaches other files.
 */
export function findPackMedia(packDir: string, path: string): MediaLookup {
  const problem = mediaPathProblem(path);
  const contentType = mediaContentType(path);
  if (problem || !contentType) return { ok: false, status: 400, reason: problem ?? 'not a media file' };
  let mediaRoot: string;
  let real: string;
  try {
    mediaRoot = realpathSync(join(packDir, 'media'));
    real = realpathSync(join(packDir, 'media', ...path.split('/')));
  } catch {
    return { ok: false, status: 404, reason: `no media file "${path}" in this pack` };
  }
  if (!real.startsWith(mediaRoot + sep)) return { ok: false, status: 404, reason: `no media file "${path}" in this pack` };
  const stat = statSync(real);
  if (!stat.isFile()) return { ok: false, status: 404, reason: `no media file "${path}" in this pack` };
  if (stat.size > PACK_MEDIA_MAX_BYTES) {
    return { ok: false, status: 422, reason: `"${path}" is larger than ${PACK_MEDIA_MAX_BYTES / 1024 / 1024} MB, the most a pack's media file may be` };
  }
  return { ok: true, file: { path: real, contentType, size: stat.size, mtimeMs: stat.mtimeMs } };
}
