import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ApiIssue } from '../../shared/api/api-error';
import { formatPath } from '../../shared/pack/check-pack';
import type { LocalizedText } from '../../shared/languages';
import { contentPackSchema } from '../../shared/pack/content-pack';

/** What the server needs of a content pack to judge a round: its envelope, never its game. */
export interface PackRules {
  id: string;
  version: string;
  game: string;
  maxPointsPerSeat: number;
  players: { min: number; max: number; maxWithPhones?: number };
  objectives: ReadonlySet<string>;
  /** The envelope's `evidencePerSeat`, when the pack declares it. */
  evidencePerSeat?: number;
}

/** One pack folder as the server read it: served, or set aside with every envelope problem. */
export type PackFolder =
  | { kind: 'served'; id: string; file: string; dir: string; rules: PackRules; json: Record<string, unknown>; objectiveTitles: ReadonlyMap<string, LocalizedText> }
  | { kind: 'set-aside'; id: string; file: string; problems: ApiIssue[]; json?: unknown };

/**
 * What changes when a pack.json is replaced or edited: its inode (`pack install` renames a new
 * folder in), its size and its modification time. Reading stats is cheap; reading files is not.
 */
export function fileSignature(file: string): string | null {
  try {
    const stat = statSync(file);
    return stat.isFile() ? `${stat.ino}:${stat.size}:${stat.mtimeMs}` : null;
  } catch {
    return null;
  }
}

/**
 * Reads `<contentDir>/<folder>/pack.json` and checks its envelope with the shared pack schema.
 * `data` is left to the screen: the server does not import games/.
 */
export function readPackFolder(contentDir: string, folder: string): PackFolder {
  const dir = join(contentDir, folder);
  const path = join(dir, 'pack.json');
  const file = `content/${folder}/pack.json`;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    return { kind: 'set-aside', id: folder, file, problems: [{ path: '(the whole file)', message: `not valid JSON: ${(error as Error).message}` }] };
  }
  const parsed = contentPackSchema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }));
    return { kind: 'set-aside', id: folder, file, problems, json };
  }
  const pack = parsed.data;
  if (pack.id !== folder) {
    return {
      kind: 'set-aside',
      id: folder,
      file,
      problems: [{ path: 'id', message: `the pack "${pack.id}" sits in folder "${folder}": the folder must be named after the id` }],
      json,
    };
  }
  return {
    kind: 'served',
    id: pack.id,
    file,
    dir,
    json: json as Record<string, unknown>,
    objectiveTitles: new Map(pack.objectives.map((o) => [o.id, o.title])),
    rules: {
      id: pack.id,
      version: pack.version,
      game: pack.game,
      maxPointsPerSeat: pack.maxPointsPerSeat,
      players: pack.players,
      objectives: new Set(pack.objectives.map((o) => o.id)),
      ...(pack.evidencePerSeat === undefined ? {} : { evidencePerSeat: pack.evidencePerSeat }),
    },
  };
}
