import type { i18n as I18n } from 'i18next';
import type { RoundContext, Seat } from '../../sdk/round-context';
import type { RoundEngine } from '../../sdk/rules/round-engine';
import type { HappenedEvent } from '../../sdk/rules/rules';
import type { PackInfo } from '../../sdk/round-context';
import type { ContentPack } from '../../shared/pack/content-pack';
import type { Language } from '../../shared/languages';
import { createRandom } from '../../shared/random';
import type { AudioBuses } from '../audio/audio-buses';
import type { RoundClock } from './round-clock';
import { guarded } from './error-boundary';

export interface ContextParts {
  roundId: string;
  gameId: string;
  pack: ContentPack;
  seats: readonly Seat[];
  seed: number;
  locale: Language;
  texts: I18n;
  audio: AudioBuses;
  clock: RoundClock;
  engine: RoundEngine;
  signal: AbortSignal;
  /** Where the scenes' `on` listeners live; the runner delivers to them every frame. */
  happened: Set<(event: HappenedEvent) => void>;
  fail: (error: unknown) => void;
  /** Every unsubscribe function, so the shell removes the mini-game's listeners after the round. */
  track: (off: () => void) => void;
}

/** The texture key of a mini-game's image: its own namespace, so two games never share a key. */
export const imageKey = (gameId: string, name: string) => `${gameId}:${name}`;

/** Builds what a mini-game's scenes get for one round: the rules' state to draw, and narrow ports. */
export function createRoundContext(parts: ContextParts): RoundContext {
  const { clock, texts, engine } = parts;
  const pack: PackInfo = Object.freeze({
    id: parts.pack.id,
    version: parts.pack.version,
    title: parts.pack.title,
    objectives: parts.pack.objectives,
    maxPointsPerSeat: parts.pack.maxPointsPerSeat,
    sources: parts.pack.sources,
  });
  return Object.freeze({
    roundId: parts.roundId,
    seats: parts.seats,
    content: parts.pack.data,
    pack,
    get state(): Readonly<unknown> {
      return engine.state as Readonly<unknown>;
    },
    view: () => engine.view(),
    seatView: (seat: string) => engine.seatView(seat),
    held: (seat: string) => engine.held(seat),
    on(handler: (event: HappenedEvent) => void) {
      const safe = (event: HappenedEvent) => guarded(parts.fail, () => handler(event));
      parts.happened.add(safe);
      const off = () => void parts.happened.delete(safe);
      parts.track(off);
      return off;
    },
    locale: parts.locale,
    t: (key: string, vars?: Record<string, string | number>) => texts.t(key, { ns: `game:${parts.gameId}`, ...vars }),
    text: (value: ContentPack['title']) => value[parts.locale],
    audio: { play: (sound: string) => parts.audio.play(sound), music: (track: string | null) => parts.audio.playMusic(track) },
    image: (name: string) => imageKey(parts.gameId, name),
    packMedia: (path: string) => `/api/packs/${encodeURIComponent(parts.pack.id)}/media/${path.replace(/^media\//, '').split('/').map(encodeURIComponent).join('/')}`,
    // Looks only: a different stream from the rules', so a scene's confetti never shifts a draw.
    random: createRandom((parts.seed ^ 0x5eed) >>> 0),
    clock: {
      now: () => clock.now(),
      after: (ms: number, fn: () => void) => {
        const cancel = clock.after(ms, fn);
        parts.track(cancel);
        return cancel;
      },
      every: (ms: number, fn: () => void) => {
        const cancel = clock.every(ms, fn);
        parts.track(cancel);
        return cancel;
      },
    },
    signal: parts.signal,
  } satisfies RoundContext);
}
