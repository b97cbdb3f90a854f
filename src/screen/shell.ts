import type { i18n as I18n } from 'i18next';
import type { Language } from '../shared/languages';
import type { MiniGame } from '../sdk/mini-game';
import { InputHub } from './input/input-hub';
import { Lobby } from './lobby/lobby';
import type { DeviceId } from './input/events';
import type { AudioBuses } from './audio/audio-buses';
import type { Catalogue, CatalogueEntry } from './catalogue/catalogue';
import type { CatalogueFeed } from './catalogue/catalogue-feed';
import type { RoundOutcome, RoundRunner } from './round/round-runner';
import type { CentreLink } from './net/centre-link';
import type { ScreenRoom } from './room/screen-room';
import { saveSettings, type ScreenSettings } from './settings';
import { createTexts } from './i18n/texts';

/** What stays allocated on a screen: each figure must return to its level after every round. */
export interface ScreenResources {
  inputListeners: number;
  /** Keys of the scenes the game holds (running or not). */
  scenes: string[];
  textures: number;
}

/** The screens of the shell, in the order a visit goes through them. */
export type ScreenName = 'boot' | 'attract' | 'leaderboard' | 'lobby' | 'catalogue' | 'round' | 'results';

/** A round asked for in the page address, for studios and tests: `?pack=…&seats=pad-0,kb-left&seed=42`. */
export interface QuickPlay {
  pack: string;
  seats: DeviceId[];
  seed: number;
}

/** Why a quick-play round did not start: the pack is unknown, set aside, or of a mini-game this screen lacks. */
export interface QuickPlayProblem {
  pack: string;
  kind: 'unknown' | 'invalid' | 'unavailable';
  /** Each problem of a set-aside pack, `path: message`. */
  details: string[];
  /** The mini-game an unavailable pack needs. */
  game?: string;
  /** The playable packs, when the asked one is unknown. */
  known?: string[];
  /** Where the catalogue came from, when the asked pack is unknown: 'centre' means the centre answered. */
  origin?: 'centre' | 'saved' | 'none';
}

export const SEAT_DEVICE = /^(pad-[0-3]|kb-left|kb-right)$/;

export function parseQuickPlay(search: string): QuickPlay | null {
  const query = new URLSearchParams(search);
  const pack = query.get('pack');
  if (!pack) return null;
  const seats = (query.get('seats') ?? 'kb-left').split(',').filter((s) => SEAT_DEVICE.test(s));
  const seed = Number(query.get('seed') ?? Math.floor(Math.random() * 2 ** 31));
  return { pack, seats: seats.length ? [...new Set(seats)] : ['kb-left'], seed: Number.isInteger(seed) && seed >= 0 ? seed : 1 };
}

/**
 * What the screen knows between scenes: the catalogue, who is in the lobby, the settings, the
 * round being played and the last results. Scenes receive it in their constructor.
 */
export class Shell {
  readonly hub = new InputHub();
  readonly lobby = new Lobby();
  /** Pads plugged in now. */
  readonly pads = new Set<DeviceId>();
  readonly texts: I18n;
  screen: ScreenName = 'boot';
  round: RoundRunner | null = null;
  /** The round that ended last, for the results screen (its record went to the outbox as it ended). */
  lastOutcome: RoundOutcome | null = null;
  /** Which page of the results shows: the scores, or signed-in seats' progress. */
  resultsPage: 'scores' | 'progress' = 'scores';
  /** The pack last played, so "play again" and the catalogue start from it. */
  lastPack: CatalogueEntry | null = null;
  /** The pack highlighted in the catalogue now. */
  selection: string | null = null;
  /** Counts what a round could leave behind, for the monitoring snapshot; set once the game exists. */
  measureResources: (() => ScreenResources) | null = null;
  /** A message the lobby shows once (after a mini-game failed). */
  notice: 'error' | null = null;
  /** Why the round the page address asked for could not start, shown at boot in place of it. */
  quickPlayProblem: QuickPlayProblem | null = null;
  /** The screen's room on the centre, where phones join; null until opened (and in tests). */
  room: ScreenRoom | null = null;

  constructor(
    readonly settings: ScreenSettings,
    /** The centre's packs, kept in step between rounds. */
    readonly packs: CatalogueFeed,
    readonly games: readonly MiniGame[],
    readonly audio: AudioBuses,
    readonly quickPlay: QuickPlay | null,
    readonly centre: CentreLink,
  ) {
    this.texts = createTexts(settings.language, games);
  }

  /** The catalogue on screen now; it changes only between rounds. */
  get catalogue(): Catalogue {
    return this.packs.current;
  }

  get language(): Language {
    return this.settings.language;
  }

  t(key: string, vars?: Record<string, string | number>): string {
    return this.texts.t(key, vars);
  }

  setLanguage(language: Language): void {
    this.settings.language = language;
    void this.texts.changeLanguage(language);
    document.documentElement.lang = language;
    saveSettings(this.settings, globalThis.localStorage);
  }

  /** A seat's display name: its player card's pseudonym, a phone guest's, or "Joueur 2". */
  seatName(seat: { number: number; playerCard?: { pseudonym: string }; pseudonym?: string }): string {
    return seat.playerCard?.pseudonym ?? seat.pseudonym ?? this.t('seat.name', { n: seat.number });
  }
}
