import i18next, { type i18n as I18n } from 'i18next';
import { LANGUAGES, type Language } from '../../shared/languages';
import type { MiniGame } from '../../sdk/mini-game';
import fr from './locales/fr.json';
import en from './locales/en.json';

/** The shell's texts are namespace `shell`; each mini-game's own are `game:<id>`. */
export const SHELL_LOCALES: Record<Language, object> = { fr, en };

export function createTexts(language: Language, games: readonly MiniGame[]): I18n {
  const texts = i18next.createInstance();
  const resources: Record<string, Record<string, object>> = {};
  for (const lang of LANGUAGES) {
    resources[lang] = { shell: SHELL_LOCALES[lang] };
    for (const game of games) resources[lang]![`game:${game.id}`] = game.locales[lang];
  }
  void texts.init({
    lng: language,
    fallbackLng: false,
    supportedLngs: [...LANGUAGES],
    ns: ['shell', ...games.map((g) => `game:${g.id}`)],
    defaultNS: 'shell',
    resources,
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return texts;
}

/** Every key path of a nested dictionary, `a.b.c`, for the missing-text tests. */
export function keyPaths(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    value && typeof value === 'object' ? keyPaths(value as object, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}
