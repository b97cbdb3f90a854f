import type { Language } from '../../shared/languages';

/** The shared view pieces' own words, in every language of the centre (tsc refuses a missing one). */
const TEXTS: Record<Language, Record<'standings' | 'points' | 'accuracy' | 'noAccuracy' | 'answered', string>> = {
  fr: {
    standings: 'Classement',
    points: '{{points}} pts',
    accuracy: '{{percent}} % justes',
    noAccuracy: 'aucune réponse',
    answered: 'répondu {{answered}} / {{items}}',
  },
  en: {
    standings: 'Standings',
    points: '{{points}} pts',
    accuracy: '{{percent}} % right',
    noAccuracy: 'no answer',
    answered: 'answered {{answered}} / {{items}}',
  },
};

export type SceneTextKey = keyof (typeof TEXTS)['fr'];

/** One of the pieces' texts in `locale`, its `{{name}}` placeholders filled from `vars`. */
export function sceneText(locale: Language, key: SceneTextKey, vars: Record<string, string | number> = {}): string {
  return TEXTS[locale][key].replace(/\{\{(\w+)\}\}/g, (whole, name: string) => {
    if (!(name in vars)) throw new Error(`sceneText: "${key}" in ${locale} needs {{${name}}}`);
    return String(vars[name]);
  });
}
