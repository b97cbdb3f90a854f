import type { ItemDescription, PackDescription, PackDescriptions } from './pack-descriptions';
import { ACTIVITY_TYPES, type ActivityIds } from './xapi-profile';
import type { XapiActivity } from './xapi-statement';

/** Deeply frozen: one activity object is shared by every statement about it. */
function frozen<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const child of Object.values(value)) frozen(child);
    Object.freeze(value);
  }
  return value;
}

/**
 * The activities statements name — packs, mini-games, items, objectives — made once per pack
 * description and shared (frozen) by every statement, so that making a statement allocates only
 * what is its own. A pack re-read from disk (a new description) gets new activities.
 */
export function activityCache(ids: ActivityIds) {
  const byDescription = new WeakMap<PackDescription, { pack: XapiActivity; items: Map<string, XapiActivity>; objectives: Map<string, XapiActivity> }>();
  const unknownPacks = new Map<string, { pack: XapiActivity; items: Map<string, XapiActivity>; objectives: Map<string, XapiActivity> }>();
  const games = new Map<string, XapiActivity>();

  const entryOf = (packId: string, described: PackDescription | undefined) => {
    let entry = described ? byDescription.get(described) : unknownPacks.get(packId);
    if (!entry) {
      entry = {
        pack: frozen({
          objectType: 'Activity',
          id: ids.pack(packId),
          definition: { type: ACTIVITY_TYPES.pack, ...(described ? { name: described.title, description: described.description } : {}) },
        }),
        items: new Map(),
        objectives: new Map(),
      };
      if (described) byDescription.set(described, entry);
      else unknownPacks.set(packId, entry);
    }
    return entry;
  };

  return {
    pack: (packId: string, described: PackDescription | undefined): XapiActivity => entryOf(packId, described).pack,

    game(gameId: string): XapiActivity {
      let game = games.get(gameId);
      if (!game) games.set(gameId, (game = frozen({ objectType: 'Activity', id: ids.game(gameId), definition: { type: ACTIVITY_TYPES.game, name: { fr: gameId, en: gameId } } })));
      return game;
    },

    item(packId: string, itemId: string, described: PackDescription | undefined): XapiActivity {
      const { items } = entryOf(packId, described);
      let item = items.get(itemId);
      if (!item) items.set(itemId, (item = frozen(itemActivity(ids.item(packId, itemId), described?.items.get(itemId)))));
      return item;
    },

    objective(packId: string, objectiveId: string, described: PackDescription | undefined): XapiActivity {
      const { objectives } = entryOf(packId, described);
      let objective = objectives.get(objectiveId);
      if (!objective) {
        const title = described?.objectives.get(objectiveId);
        objective = frozen({ objectType: 'Activity', id: ids.objective(objectiveId), definition: { type: ACTIVITY_TYPES.objective, ...(title ? { name: title } : {}) } });
        objectives.set(objectiveId, objective);
      }
      return objective;
    },
  };
}
export type ActivityCache = ReturnType<typeof activityCache>;

/** An item as an interaction: a choice (with its choices and right answer) when the pack says so, else `other`. */
function itemActivity(id: string, item: ItemDescription | undefined): XapiActivity {
  return {
    objectType: 'Activity',
    id,
    definition: {
      type: ACTIVITY_TYPES.item,
      ...(item?.name ? { name: item.name } : {}),
      ...(item?.description ? { description: item.description } : {}),
      ...(item?.choices && item.correct !== undefined
        ? { interactionType: 'choice' as const, correctResponsesPattern: [item.correct], choices: item.choices }
        : { interactionType: 'other' as const }),
    },
  };
}

export type { PackDescriptions };
