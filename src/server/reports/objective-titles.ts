import type { ObjectiveTitles } from '../../shared/api/educator-reports';
import type { Language, LocalizedText } from '../../shared/languages';

/** Where a report finds an objective's title: the pack catalogue (undefined once its pack is gone). */
export type TitleOf = (objectiveId: string) => LocalizedText | undefined;

/** The titles of the objectives a report names, by id; an objective without a title is left out. */
export function objectiveTitles(objectiveIds: Iterable<string>, titleOf: TitleOf): ObjectiveTitles {
  const titles: ObjectiveTitles = {};
  for (const id of objectiveIds) {
    if (id in titles) continue;
    const title = titleOf(id);
    if (title) titles[id] = title;
  }
  return titles;
}

/** An objective's title in `lang` for a CSV cell; empty when its pack has left the catalogue (the id column still names it). */
export function titleIn(titles: ObjectiveTitles, objectiveId: string, lang: Language): string | null {
  return titles[objectiveId]?.[lang] ?? null;
}
