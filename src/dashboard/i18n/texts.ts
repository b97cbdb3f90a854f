import type { Lang } from '../format';
import en from './en.json';
import fr from './fr.json';

/** The dashboard's texts: French by default, English by the switch (kept in localStorage). */
export type TextKey = keyof typeof fr;

const TEXTS: Record<Lang, Record<TextKey, string>> = { fr, en };
const STORAGE_KEY = 'ludocite.dashboard.lang';

let current: Lang = readLang();

function readLang(): Lang {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'fr';
  } catch {
    return 'fr';
  }
}

export function lang(): Lang {
  return current;
}

export function setLang(next: Lang): void {
  current = next;
  document.documentElement.lang = next;
  // The first write to localStorage in a fresh page waits for the browser to open its storage:
  // only a real change is kept (bench/dashboard saw the first page wait for it).
  if (next === readLang()) return;
  try {
    localStorage.setItem(STORAGE_KEY, next);
  } catch {
    // A private window without storage keeps the choice for this page only.
  }
}

/** The text `key` in the page's language, `{name}` replaced by `params.name`. */
export function t(key: TextKey, params: Record<string, string | number> = {}): string {
  return TEXTS[current][key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
