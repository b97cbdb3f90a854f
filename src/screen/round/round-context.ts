import type { i18n as I18n } from 'i18next';
import type { RoundContext, Seat, SeatInputState, InputEvents } from '../../sdk/round-context';
import type { ContentPack } from '../../shared/pack/content-pack';
import type { Language } from '../../shared/languages';
import { createRandom } from '../../shared/random';
import type { InputHub } from '../input/input-hub';
import type { InputEvent } from '../input/events';
import type { AudioBuses } from '../audio/audio-buses';
import type { RoundClock } from './round-clock';
import type { RoundRecorder } from './round-recorder';
import { guarded } from './error-boundary';

export interface ContextParts {
  roundId: string;
  gameId: string;
  pack: ContentPack;
  seats: readonly Seat[];
  seed: number;
  locale: Language;
  texts: I18n;
  hub: InputHub;
  audio: AudioBuses;
  clock: RoundClock;
  recorder: RoundRecorder;
  signal: AbortSignal;
  /** Input reaches the mini-game only while this is true (not while paused or ending). */
  isRunning: () => boolean;
  fail: (error: unknown) => void;
  onPublish: (view: Record<string, unknown>) => void;
  onEnd: () => void;
  /** Every unsubscribe function, so the shell removes the mini-game's listeners after the round. */
  track: (off: () => void) => void;
}

const IDLE: SeatInputState = { move: { x: 0, y: 0 }, confirm: false, back: false, choices: [false, false, false, false] };

function payloadOf(event: InputEvent): { action: keyof InputEvents; payload: InputEvents[keyof InputEvents] } | null {
  switch (event.type) {
    case 'confirm':
    case 'back':
      return { action: event.type, payload: { seat: event.device } };
    case 'choice':
      return { action: 'choice', payload: { seat: event.device, choice: event.choice } };
    case 'step':
      return { action: 'step', payload: { seat: event.device, x: event.x, y: event.y } };
    default:
      return null;
  }
}

/** Builds the narrow ports a mini-game gets for one round. */
export function createRoundContext(parts: ContextParts): RoundContext {
  const seatIds = new Set(parts.seats.map((s) => s.id));
  const { clock, recorder, texts } = parts;
  return Object.freeze({
    roundId: parts.roundId,
    seats: parts.seats,
    content: parts.pack.data,
    pack: Object.freeze({
      id: parts.pack.id,
      version: parts.pack.version,
      title: parts.pack.title,
      objectives: parts.pack.objectives,
      maxPointsPerSeat: parts.pack.maxPointsPerSeat,
      sources: parts.pack.sources,
    }),
    locale: parts.locale,
    input: {
      on(action, handler) {
        const off = parts.hub.on((event) => {
          if (!parts.isRunning() || !seatIds.has((event as { device: string }).device)) return;
          const mapped = payloadOf(event);
          if (mapped?.action !== action) return;
          guarded(parts.fail, () => handler(mapped.payload as never));
        });
        parts.track(off);
        return off;
      },
      state(seat) {
        if (!parts.isRunning() || !seatIds.has(seat)) return IDLE;
        const { move, confirm, back, choices } = parts.hub.state(seat);
        return { move: { ...move }, confirm, back, choices: [...choices] as SeatInputState['choices'] };
      },
    },
    score: {
      award: (seat, points, reason) => recorder.award(seat, points, reason, clock.now()),
      total: (seat) => recorder.total(seat),
    },
    learning: { evidence: (observation) => void recorder.record(observation, clock.now()) },
    t: (key, vars) => texts.t(key, { ns: `game:${parts.gameId}`, ...vars }),
    text: (value) => value[parts.locale],
    audio: { play: (sound) => parts.audio.play(sound), music: (track) => parts.audio.playMusic(track) },
    random: createRandom(parts.seed),
    clock: {
      now: () => clock.now(),
      after: (ms, fn) => {
        const cancel = clock.after(ms, fn);
        parts.track(cancel);
        return cancel;
      },
      every: (ms, fn) => {
        const cancel = clock.every(ms, fn);
        parts.track(cancel);
        return cancel;
      },
    },
    publish: (view) => parts.onPublish(JSON.parse(JSON.stringify(view)) as Record<string, unknown>),
    end: () => parts.onEnd(),
    signal: parts.signal,
  } satisfies RoundContext);
}
