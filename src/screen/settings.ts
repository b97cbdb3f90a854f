import { DEFAULT_LANGUAGE, isLanguage, type Language } from '../shared/languages';
import type { Volumes } from './audio/audio-buses';

/** What the centre's staff set on a screen; kept in the browser between visits. */
export interface ScreenSettings {
  language: Language;
  volumes: Volumes;
  /** Fewer and calmer animations (the OS setting is followed unless the screen overrides it). */
  reducedMotion: boolean;
  /** WebGL multisampling: smoother on real screens, very slow under software rendering. */
  antialias: boolean;
  /** A name for this screen in round records. */
  screenName: string;
  /**
   * How fast intros, reveals and standings go by (0.05–1): 1 in a centre; tests set `?pace=0.2`
   * to play whole rounds sooner. Never stored, never shortens the time to answer.
   */
  pace: number;
  /**
   * Frames drawn a second at most; 0 draws as many as the display shows. Rounds run on time, not
   * frames, so fewer frames change nothing but smoothness: a test may set `?fps=10`, as software
   * WebGL spends most of their CPU drawing. Never stored.
   */
  fpsLimit: number;
}

/** Whole frames a second from the query: 0 (the display's rate) unless a number from 5 to 240. */
function fpsFrom(value: string | null): number {
  const n = Number(value);
  return value !== null && Number.isInteger(n) && n >= 5 && n <= 240 ? n : 0;
}

const STORAGE_KEY = 'ludocite.settings';

function clamp01(value: unknown, fallback: number): number {
  const n = typeof value === 'string' ? Number(value) : value;
  return typeof n === 'number' && Number.isFinite(n) ? Math.max(0, Math.min(1, n)) : fallback;
}

/** Stored settings, then the page's query string on top (`?lang=en&antialias=0&reducedMotion=1&volume=0.5`). */
export function loadSettings(search: string, storage: Pick<Storage, 'getItem'> | undefined, prefersReducedMotion: boolean): ScreenSettings {
  let stored: Partial<ScreenSettings>;
  try {
    stored = JSON.parse(storage?.getItem(STORAGE_KEY) ?? '{}') as Partial<ScreenSettings>;
  } catch {
    stored = {};
  }
  const query = new URLSearchParams(search);
  const flag = (name: string, fallback: boolean) => {
    const value = query.get(name);
    return value === null ? fallback : value === '1' || value === 'true';
  };
  const language = query.get('lang') ?? stored.language;
  return {
    language: isLanguage(language) ? language : DEFAULT_LANGUAGE,
    volumes: {
      master: clamp01(query.get('volume') ?? stored.volumes?.master, 0.8),
      music: clamp01(stored.volumes?.music, 0.5),
      effects: clamp01(stored.volumes?.effects, 0.9),
    },
    reducedMotion: flag('reducedMotion', stored.reducedMotion ?? prefersReducedMotion),
    antialias: flag('antialias', stored.antialias ?? true),
    screenName: (query.get('screen') ?? stored.screenName ?? 'screen-1').slice(0, 64),
    pace: Math.max(0.05, clamp01(query.get('pace'), 1)),
    fpsLimit: fpsFrom(query.get('fps')),
  };
}

export function saveSettings(settings: ScreenSettings, storage: Pick<Storage, 'setItem'> | undefined): void {
  try {
    const { pace: _pace, fpsLimit: _fpsLimit, ...kept } = settings;
    storage?.setItem(STORAGE_KEY, JSON.stringify(kept));
  } catch {
    // A full or disabled storage only costs the settings their persistence.
  }
}
