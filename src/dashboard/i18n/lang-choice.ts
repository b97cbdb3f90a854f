import type { Lang } from '../format';

/**
 * The reader's language, kept in localStorage (French unless they chose English). Read once when
 * the entry loads, while the first answers are on their way: a fresh page's first localStorage
 * access waits for the browser to open its storage (about 100 ms in bench/dashboard's profile),
 * and there it waits for nothing else.
 */
const STORAGE_KEY = 'ludocite.dashboard.lang';

function stored(): Lang {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'fr';
  } catch {
    return 'fr';
  }
}

let chosen: Lang = stored();

export function chosenLang(): Lang {
  return chosen;
}

/** Keeps a new choice; the same choice again writes nothing. */
export function keepLang(next: Lang): void {
  if (next === chosen) return;
  chosen = next;
  try {
    localStorage.setItem(STORAGE_KEY, next);
  } catch {
    // A private window without storage keeps the choice for this page only.
  }
}
