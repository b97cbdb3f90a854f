import { existsSync, lstatSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { mediaPathProblem, PACK_MEDIA_MAX_BYTES } from '../../shared/api/packs';
import { formatPath, type PackProblem } from '../../shared/pack/check-pack';

/** A pack's media files, as paths from the pack folder (`media/flags/fr.svg`), and what is wrong with them. */
export interface PackMedia {
  files: string[];
  problems: PackProblem[];
}

/**
 * Lists `<packDir>/media/` and checks each file as the centre will serve it: a safe name, an
 * allowed type, at most PACK_MEDIA_MAX_BYTES, and a real file (a link would point outside the pack).
 */
export function readPackMedia(packDir: string): PackMedia {
  const files: string[] = [];
  const problems: PackProblem[] = [];
  const walk = (relative: string) => {
    for (const entry of readdirSync(join(packDir, relative), { withFileTypes: true })) {
      const path = `${relative}/${entry.name}`;
      const stat = lstatSync(join(packDir, path));
      if (stat.isDirectory()) {
        walk(path);
      } else if (!stat.isFile()) {
        problems.push({ path, message: 'not a plain file (a link?): copy the file itself into the pack' });
      } else {
        const problem = mediaPathProblem(path.slice('media/'.length));
        if (problem) problems.push({ path, message: problem });
        else if (stat.size > PACK_MEDIA_MAX_BYTES) problems.push({ path, message: `${(stat.size / 1024 / 1024).toFixed(1)} MB: a media file may be at most ${PACK_MEDIA_MAX_BYTES / 1024 / 1024} MB` });
        else files.push(path);
      }
    }
  };
  if (existsSync(join(packDir, 'media'))) walk('media');
  return { files: files.sort(), problems };
}

/**
 * Every string of a pack's `data` written `media/…` names a media file: one that is missing
 * would fail mid-round, so it is a problem of the pack, at the string's path.
 */
export function missingMedia(data: unknown, files: readonly string[]): PackProblem[] {
  const known = new Set(files);
  const problems: PackProblem[] = [];
  const visit = (value: unknown, path: PropertyKey[]) => {
    if (typeof value === 'string') {
      if (value.startsWith('media/') && !known.has(value)) problems.push({ path: formatPath(path), message: `"${value}" is not in the pack's media folder` });
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => visit(item, [...path, i]));
    } else if (value && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) visit(item, [...path, key]);
    }
  };
  visit(data, ['data']);
  return problems;
}
