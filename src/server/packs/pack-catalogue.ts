import { createHash } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyBaseLogger } from 'fastify';
import type { PackCatalogueListing } from '../../shared/api/packs';
import type { LocalizedText } from '../../shared/languages';
import { fileSignature, readPackFolder, type PackFolder, type PackRules } from './pack-folder';

export type { PackRules } from './pack-folder';

/** The catalogue as `GET /api/packs` serves it: the JSON body, ready, and its ETag. */
export interface PackListing {
  etag: string;
  body: string;
}

export interface PackCatalogue {
  find(id: string): PackRules | undefined;
  ids(): string[];
  listing(): PackListing;
  /** The folder of a served pack, where its `media/` sits. */
  folder(id: string): string | undefined;
  /** An objective's title in every language, from its served pack (undefined once the pack is gone). */
  objectiveTitle(objectiveId: string): LocalizedText | undefined;
}

/**
 * How stale the catalogue may get: any question asked later than this after the last look
 * rescans the content folder first. A rescan lists the folder and stats each pack.json, and
 * reads only the files whose stats changed, so it stays cheap for screens polling every few seconds.
 */
export const RESCAN_AFTER_MS = 2_000;

/**
 * Reads `<contentDir>/<pack-id>/pack.json` envelopes with the shared pack schema, and keeps up
 * with packs installed, changed or removed while the server runs. A broken pack is set aside with
 * every problem (logged once, and listed for screens) so one bad folder never stops the centre.
 */
export function loadPackCatalogue(contentDir: string, log: Pick<FastifyBaseLogger, 'warn'>, now: () => number = Date.now): PackCatalogue {
  const read = new Map<string, { signature: string; folder: PackFolder }>();
  let served = new Map<string, PackFolder & { kind: 'served' }>();
  let listing: PackListing = render([]);
  let signatures = '';
  let scannedAt = -Infinity;
  let warnedMissing = false;

  function rescan(): void {
    scannedAt = now();
    if (!existsSync(contentDir)) {
      if (!warnedMissing) log.warn({ contentDir }, 'the content folder does not exist: no pack is known, every round will be refused');
      warnedMissing = true;
    }
    const found: [string, string][] = [];
    for (const entry of existsSync(contentDir) ? readdirSync(contentDir, { withFileTypes: true }) : []) {
      // Hidden folders are `pack install`'s work in progress. A pack folder may be a link (a centre keeping its own packs elsewhere).
      if (entry.name.startsWith('.') || (!entry.isDirectory() && !entry.isSymbolicLink())) continue;
      const signature = fileSignature(join(contentDir, entry.name, 'pack.json'));
      if (signature) found.push([entry.name, signature]);
    }
    found.sort(([a], [b]) => a.localeCompare(b));
    const all = found.map(([name, signature]) => `${name}=${signature}`).join('\n');
    if (all === signatures) return;
    signatures = all;

    const folders: PackFolder[] = [];
    for (const [name, signature] of found) {
      const known = read.get(name);
      if (known?.signature === signature) {
        folders.push(known.folder);
        continue;
      }
      const folder = readPackFolder(contentDir, name);
      if (folder.kind === 'set-aside') log.warn({ file: folder.file, problems: folder.problems }, 'a pack is set aside: its pack.json is not a valid pack envelope');
      read.set(name, { signature, folder });
      folders.push(folder);
    }
    for (const name of read.keys()) if (!found.some(([n]) => n === name)) read.delete(name);
    served = new Map(folders.flatMap((f) => (f.kind === 'served' ? [[f.id, f] as const] : [])));
    listing = render(folders);
  }

  const fresh = () => {
    if (now() - scannedAt >= RESCAN_AFTER_MS) rescan();
  };
  rescan();
  return {
    find(id) {
      fresh();
      return served.get(id)?.rules;
    },
    ids() {
      fresh();
      return [...served.keys()];
    },
    listing() {
      fresh();
      return listing;
    },
    folder(id) {
      fresh();
      return served.get(id)?.dir;
    },
    objectiveTitle(objectiveId) {
      fresh();
      // An objective id starts with its pack's id (`<pack-id>/<slug>`).
      return served.get(objectiveId.slice(0, objectiveId.indexOf('/')))?.objectiveTitles.get(objectiveId);
    },
  };
}

function render(folders: readonly PackFolder[]): PackListing {
  const body: PackCatalogueListing = { packs: [], setAside: [] };
  for (const folder of folders) {
    if (folder.kind === 'served') body.packs.push({ id: folder.id, file: folder.file, pack: folder.json });
    else body.setAside.push({ id: folder.id, file: folder.file, problems: folder.problems, ...(folder.json === undefined ? {} : { pack: folder.json }) });
  }
  const text = JSON.stringify(body);
  return { body: text, etag: `"${createHash('sha256').update(text).digest('base64url').slice(0, 27)}"` };
}
