import type { z } from 'zod';
import { contentPackSchema, type ContentPack } from './content-pack';
import { resolveObjective } from '../ids';

/** One thing wrong with a pack: where (`data.questions[3].prompt.en`) and why. */
export interface PackProblem {
  path: string;
  message: string;
}

/** What the pack checker needs to know of a mini-game. */
export interface PackGame {
  id: string;
  players: { min: number; max: number; maxWithPhones?: number };
  contentSchema: z.ZodType;
  /** Cross-checks a schema cannot express, e.g. that every item names a declared objective. */
  // Method syntax on purpose: a mini-game's typed checkContent then fits where a PackGame is asked.
  checkContent?(pack: ContentPack): PackProblem[];
  /** Every item a pack holds, with the path of each in the pack file, so the checker can check objectives and sources once for all games. */
  items?(content: unknown): readonly PackItem[];
}

/** An item of a pack as the checker sees it. */
export interface PackItem {
  id: string;
  objective: string;
  /** The `id` of one of the pack's sources, for items stating a fact. */
  source?: string;
  /** Where it sits in the pack's `data`, as a path (`questions[3]`). */
  path: string;
}

/**
 * Every item names an objective and a source the pack declares, no two items share an id, and
 * every objective has at least one item. The one place these are checked, for every game.
 */
export function checkItems(pack: ContentPack, items: readonly PackItem[]): PackProblem[] {
  const problems: PackProblem[] = [];
  const objectives = new Set(pack.objectives.map((o) => o.id));
  const sources = new Set(pack.sources.map((s) => s.id));
  const used = new Set<string>();
  const ids = new Set<string>();
  for (const item of items) {
    const at = `data.${item.path}`;
    if (ids.has(item.id)) problems.push({ path: `${at}.id`, message: `"${item.id}" is used by another item` });
    ids.add(item.id);
    const objective = resolveObjective(pack.id, item.objective);
    if (!objectives.has(objective)) problems.push({ path: `${at}.objective`, message: `"${item.objective}" is not an objective of this pack (it declares ${[...objectives].join(', ')})` });
    used.add(objective);
    if (item.source !== undefined && !sources.has(item.source)) {
      problems.push({ path: `${at}.source`, message: `"${item.source}" is not one of the pack's sources (${[...sources].join(', ') || 'none declared'})` });
    }
  }
  pack.objectives.forEach((objective, i) => {
    if (items.length && !used.has(objective.id)) problems.push({ path: `objectives[${i}]`, message: `no item assesses "${objective.id}"` });
  });
  return problems;
}

export type PackCheck =
  | { ok: true; pack: ContentPack }
  | { ok: false; id: string; file: string; problems: PackProblem[] };

/** Formats a zod issue path as a reader writes it: `data.questions[3].prompt.en`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || '(the whole file)';
}

function problemsOf(error: z.ZodError, prefix: readonly PropertyKey[] = []): PackProblem[] {
  return error.issues.map((issue) => ({ path: formatPath([...prefix, ...issue.path]), message: issue.message }));
}

/** The folder a pack file sits in, `content/<folder>/pack.json`, or undefined. */
function folderOf(file: string): string | undefined {
  const parts = file.split(/[\\/]/);
  return parts.length >= 2 ? parts[parts.length - 2] : undefined;
}

/**
 * Checks one `pack.json` from its text: JSON syntax, the pack envelope, its mini-game, then its
 * `data` against that mini-game's content schema. Every problem is reported, not just the first.
 */
export function checkPack(file: string, text: string, games: ReadonlyMap<string, PackGame>): PackCheck {
  const fallbackId = folderOf(file) ?? file;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, id: fallbackId, file, problems: [{ path: '(the whole file)', message: `not valid JSON: ${(error as Error).message}` }] };
  }
  const id =
    raw && typeof raw === 'object' && typeof (raw as { id?: unknown }).id === 'string'
      ? (raw as { id: string }).id
      : fallbackId;
  const envelope = contentPackSchema.safeParse(raw);
  if (!envelope.success) {
    // Report the data's problems too, when its mini-game is known: one run shows every mistake.
    const record = (raw && typeof raw === 'object' ? raw : {}) as { game?: unknown; data?: unknown };
    const game = typeof record.game === 'string' ? games.get(record.game) : undefined;
    const data = game?.contentSchema.safeParse(record.data);
    const dataProblems = data && !data.success ? problemsOf(data.error, ['data']) : [];
    return { ok: false, id, file, problems: [...problemsOf(envelope.error), ...dataProblems] };
  }

  const pack = envelope.data as ContentPack;
  const problems: PackProblem[] = [];
  const folder = folderOf(file);
  if (folder && folder !== pack.id && file.endsWith('pack.json')) {
    problems.push({ path: 'id', message: `the pack "${pack.id}" sits in folder "${folder}": the folder must be named after the id` });
  }
  const game = games.get(pack.game);
  if (!game) {
    problems.push({ path: 'game', message: `no mini-game "${pack.game}" is installed (installed: ${[...games.keys()].join(', ') || 'none'})` });
    return { ok: false, id, file, problems };
  }
  if (pack.players.min < game.players.min || pack.players.max > game.players.max) {
    problems.push({
      path: 'players',
      message: `${pack.players.min}–${pack.players.max} players is outside what "${game.id}" supports (${game.players.min}–${game.players.max})`,
    });
  }
  const withPhones = pack.players.maxWithPhones;
  if (withPhones !== undefined && withPhones > (game.players.maxWithPhones ?? game.players.max)) {
    problems.push({
      path: 'players.maxWithPhones',
      message: `${withPhones} seats with phones is more than "${game.id}" supports (${game.players.maxWithPhones ?? `${game.players.max}: it declares no players.maxWithPhones`})`,
    });
  }
  const data = game.contentSchema.safeParse(pack.data);
  if (!data.success) {
    problems.push(...problemsOf(data.error, ['data']));
    return { ok: false, id, file, problems };
  }
  const parsed: ContentPack = { ...pack, data: data.data };
  if (game.items) problems.push(...checkItems(parsed, game.items(parsed.data)));
  problems.push(...(game.checkContent?.(parsed) ?? []));
  return problems.length ? { ok: false, id, file, problems } : { ok: true, pack: parsed };
}
