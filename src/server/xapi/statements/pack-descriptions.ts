import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentPackSchema } from '../../../shared/pack/content-pack';
import { fileSignature } from '../../packs/pack-folder';
import type { PackCatalogue } from '../../packs/pack-catalogue';
import type { LanguageMap, XapiInteractionComponent } from './xapi-statement';

/** What a statement says of one item of a pack, read from the pack's `data`. */
export interface ItemDescription {
  name?: LanguageMap;
  description?: LanguageMap;
  /** For an item answered by picking one of a few answers: each answer, as the evidence's `response` names it. */
  choices?: XapiInteractionComponent[];
  /** The id of the right choice. */
  correct?: string;
}

/** What statements say of a pack: its texts, its objectives' titles and its items. */
export interface PackDescription {
  id: string;
  title: LanguageMap;
  description: LanguageMap;
  objectives: ReadonlyMap<string, LanguageMap>;
  items: ReadonlyMap<string, ItemDescription>;
}

/** A pack's description by id, or undefined for a pack the centre no longer has. */
export type PackDescriptions = (packId: string) => PackDescription | undefined;

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown): value is LanguageMap =>
  isObject(value) && typeof value.fr === 'string' && typeof value.en === 'string' && value.fr.trim() !== '' && value.en.trim() !== '';
const textOf = (value: unknown): LanguageMap | undefined => (isText(value) ? { fr: value.fr as string, en: value.en as string } : undefined);

/** Every object in `data`, depth first, in file order. */
function* objectsIn(value: unknown): Generator<Json> {
  if (Array.isArray(value)) for (const item of value) yield* objectsIn(item);
  else if (isObject(value)) {
    yield value;
    for (const child of Object.values(value)) yield* objectsIn(child);
  }
}

/**
 * Reads the items of a pack's `data` without its mini-game (the server imports no game): an item
 * is an object with a string `id` and `objective`, as every mini-game's `items()` lists them. Its
 * name is its `prompt` or `title` (or the named `place`), its description its `explanation`,
 * `explain` or `rule`. It is a choice when it carries `choices` (texts, answered by index; or ids)
 * or `options` (ids of named things), with its `answer`.
 */
export function describeItems(data: unknown): Map<string, ItemDescription> {
  const named = new Map<string, LanguageMap>();
  for (const object of objectsIn(data)) {
    const name = textOf(object.name);
    if (typeof object.id === 'string' && name) named.set(object.id, name);
  }
  const same = (id: string): LanguageMap => named.get(id) ?? { fr: id, en: id };
  const items = new Map<string, ItemDescription>();
  for (const object of objectsIn(data)) {
    if (typeof object.id !== 'string' || typeof object.objective !== 'string' || items.has(object.id)) continue;
    const name = textOf(object.prompt) ?? textOf(object.title) ?? (typeof object.place === 'string' ? named.get(object.place) : undefined);
    const description = textOf(object.explanation) ?? textOf(object.explain) ?? textOf(object.rule);
    items.set(object.id, { ...(name ? { name } : {}), ...(description ? { description } : {}), ...choicesOf(object, same) });
  }
  return items;
}

function choicesOf(item: Json, nameOf: (id: string) => LanguageMap): Pick<ItemDescription, 'choices' | 'correct'> {
  const listed = Array.isArray(item.choices) ? item.choices : Array.isArray(item.options) ? item.options : undefined;
  if (!listed || listed.length < 2) return {};
  if (listed.every(isText) && typeof item.answer === 'number' && Number.isInteger(item.answer) && item.answer >= 0 && item.answer < listed.length) {
    return { choices: listed.map((text, i) => ({ id: String(i), description: textOf(text)! })), correct: String(item.answer) };
  }
  if (listed.every((c) => typeof c === 'string') && typeof item.answer === 'string' && listed.includes(item.answer)) {
    return { choices: (listed as string[]).map((id) => ({ id, description: nameOf(id) })), correct: item.answer };
  }
  return {};
}

/** A pack envelope (pack.json's parsed JSON) as statements describe it; undefined if it is not a valid pack. */
export function describePack(json: unknown): PackDescription | undefined {
  const parsed = contentPackSchema.safeParse(json);
  if (!parsed.success) return undefined;
  const pack = parsed.data;
  return {
    id: pack.id,
    title: { fr: pack.title.fr, en: pack.title.en },
    description: { fr: pack.description.fr, en: pack.description.en },
    objectives: new Map(pack.objectives.map((o) => [o.id, { fr: o.title.fr, en: o.title.en }])),
    items: describeItems(pack.data),
  };
}

/** How long a pack's description is used before its pack.json is looked at again. */
export const PACK_RECHECK_MS = 1_000;

/**
 * Pack descriptions from the packs the centre serves, each read from its pack.json once and again
 * only when the file changes (`pack install`); the file is looked at no more than once a second,
 * so making thousands of statements a second costs no file system call each.
 */
export function packDescriptionsFrom(catalogue: Pick<PackCatalogue, 'folder'>, now: () => number = Date.now): PackDescriptions {
  const read = new Map<string, { signature: string | null; checkedAt: number; description: PackDescription | undefined }>();
  return (packId) => {
    const known = read.get(packId);
    if (known && now() - known.checkedAt < PACK_RECHECK_MS) return known.description;
    const folder = catalogue.folder(packId);
    const file = folder === undefined ? undefined : join(folder, 'pack.json');
    const signature = file === undefined ? null : fileSignature(file);
    if (known && known.signature === signature) {
      known.checkedAt = now();
      return known.description;
    }
    let description: PackDescription | undefined;
    if (file !== undefined && signature !== null) {
      try {
        description = describePack(JSON.parse(readFileSync(file, 'utf8')));
      } catch {
        description = undefined;
      }
    }
    read.set(packId, { signature, checkedAt: now(), description });
    return description;
  };
}
