import type { Lang } from '../format';
import en from './en.json';
import fr from './fr.json';
import { chosenLang, keepLang } from './lang-choice';

/** The dashboard's texts: French by default, English by the switch (kept by lang-choice.ts). */
export type TextKey = keyof typeof fr;

const TEXTS: Record<Lang, Record<TextKey, string>> = { fr, en };

let current: Lang = chosenLang();

export function lang(): Lang {
  return current;
}

export function setLang(next: Lang): void {
  current = next;
  document.documentElement.lang = next;
  keepLang(next);
}

/** The text `key` in the page's language, `{name}` replaced by `params.name`. */
export function t(key: TextKey, params: Record<string, string | number> = {}): string {
  return TEXTS[current][key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
