import en from './en.json';
import fr from './fr.json';

/** The controller's texts, per phone: the language the phone asks for if we have it, French otherwise. */
export type Lang = 'fr' | 'en';
export type TextKey = keyof typeof fr;

const TEXTS: Record<Lang, Record<TextKey, string>> = { fr, en };
const STORAGE_KEY = 'ludocite.controller.lang';

/** `en-GB` → en, `fr-CA` → fr, anything else → fr (the centre's language). */
export function langFrom(requested: readonly string[]): Lang {
  for (const tag of requested) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'fr' || base === 'en') return base;
  }
  return 'fr';
}

function readLang(): Lang {
  try {
    const kept = localStorage.getItem(STORAGE_KEY);
    if (kept === 'fr' || kept === 'en') return kept;
  } catch {
    // Storage refused (a private window): fall back to what the phone asks for.
  }
  return typeof navigator === 'undefined' ? 'fr' : langFrom(navigator.languages?.length ? navigator.languages : [navigator.language]);
}

let current: Lang = readLang();

export function lang(): Lang {
  return current;
}

export function setLang(next: Lang): void {
  current = next;
  document.documentElement.lang = next;
  try {
    localStorage.setItem(STORAGE_KEY, next);
  } catch {
    // Without storage the choice lasts for this page only.
  }
}

/** The text `key` in the phone's language, `{name}` replaced by `params.name`. */
export function t(key: TextKey, params: Record<string, string | number> = {}): string {
  return TEXTS[current][key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
