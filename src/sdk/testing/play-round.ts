import type { ContentPack } from '../../shared/pack/content-pack';
import { createRandom, type Random } from '../../shared/random';
import type { EndReason, InputKind, RoundRecord } from '../../shared/round/round-record';
import type { MiniGame } from '../mini-game';
import { SDK_VERSION } from '../mini-game';
import { RoundEngine } from '../rules/round-engine';
import type { Bot, LoggedInput, RulesSeat } from '../rules/rules';

/** How `playRound` plays: who sits, which seed, and either a recorded input log or bots. */
export interface PlayOptions {
  /** How many seats (`pad-0`, `pad-1`…), or the seats themselves. */
  seats: number | readonly RulesSeat[];
  seed?: number;
  /** Replays a recorded input log (from a screen's round or an earlier `playRound`). */
  inputs?: readonly LoggedInput[];
  /** A bot for every seat, or one per seat (undefined: that seat never touches anything). */
  bots?: Bot<never> | readonly (Bot<never> | undefined)[];
  /** How often bots are asked what they do, in round time; 100 ms unless said. */
  botEveryMs?: number;
  /** Hurries intros and reveals (1 on a centre's screens). */
  pace?: number;
}

/** A round played in Node: its record (as a screen would send it), input log and end. */
export interface PlayedRound {
  record: RoundRecord;
  log: LoggedInput[];
  endReason: EndReason;
  /** Round time when it ended. */
  durationMs: number;
  /** The engine as it ended, for tests that look at the final state or view. */
  engine: RoundEngine;
}

const seatsOf = (seats: PlayOptions['seats']): readonly RulesSeat[] =>
  typeof seats === 'number' ? Array.from({ length: seats }, (_, i) => ({ id: `pad-${i}`, input: 'pad' as InputKind })) : seats;

/** A name-based id, so the same seed gives the same record byte for byte. */
function roundIdOf(seed: number, pack: string): string {
  const random = createRandom((seed ^ [...pack].reduce((h, c) => Math.imul(h ^ c.charCodeAt(0), 16777619), 2166136261)) >>> 0);
  const hex = Array.from({ length: 32 }, () => Math.floor(random.next() * 16).toString(16));
  hex[12] = '4';
  hex[16] = '89ab'[Math.floor(random.next() * 4)]!;
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

/**
 * Plays a whole round of a pack in Node, in milliseconds, with scripted inputs or bots, and
 * returns its record. The round ends when the rules end it, or at the mini-game's `maxDurationS`
 * (`timeout`). Deterministic: the same seed and inputs give the same record.
 * @example
 * const { record } = playRound(quizDuel, pack, { seats: 4, seed: 7, bots: quizDuel.bots!.best! });
 */
export function playRound(game: MiniGame, pack: ContentPack, options: PlayOptions): PlayedRound {
  const seats = seatsOf(options.seats);
  const seed = options.seed ?? 1;
  const engine = new RoundEngine(game.rules, { pack, seats, seed, pace: options.pace ?? 1 });
  const limitMs = game.maxDurationS * 1000;
  const bots = options.bots === undefined ? [] : typeof options.bots === 'function' ? seats.map(() => options.bots as Bot<never>) : options.bots;
  const botRandoms: Random[] = seats.map((_, i) => createRandom((seed * 31 + i + 1) >>> 0));
  const botEveryMs = options.botEveryMs ?? 100;
  const inputs = options.inputs ?? [];
  let nextInput = 0;
  let nextBotMs = 0;
  while (!engine.over && engine.now < limitMs) {
    const inputAt = nextInput < inputs.length ? inputs[nextInput]!.atMs : Infinity;
    const botAt = bots.length ? nextBotMs : Infinity;
    const at = Math.min(inputAt, botAt, limitMs);
    engine.advanceTo(at);
    if (engine.over) break;
    while (nextInput < inputs.length && inputs[nextInput]!.atMs <= engine.now) {
      const { atMs: _atMs, ...input } = inputs[nextInput++]!;
      engine.input(input);
    }
    if (bots.length && nextBotMs <= engine.now) {
      seats.forEach((seat, i) => {
        const actions = bots[i]?.({ seat: seat.id, state: engine.state as never, now: engine.now, random: botRandoms[i]! }) ?? [];
        for (const action of actions) engine.input({ ...action, seat: seat.id });
      });
      nextBotMs = engine.now + botEveryMs;
    }
    if (at === limitMs && at === engine.now && !engine.over) break;
  }
  const endReason: EndReason = engine.over ? 'complete' : 'timeout';
  const startedAt = new Date(Date.UTC(2026, 0, 1));
  const record = engine.recorder.toRecord({
    id: roundIdOf(seed, pack.id),
    game: { id: game.id, version: game.version },
    sdk: SDK_VERSION,
    seed,
    screen: 'kit',
    startedAt,
    endedAt: new Date(startedAt.getTime() + engine.now),
    endReason,
  });
  return { record, log: engine.log, endReason, durationMs: engine.now, engine };
}

/**
 * A bot that presses at random, often: every kind of press, and sticks pushed every way. The
 * kit plays hundreds of rounds with it to find rules that throw.
 */
export const randomBot: Bot = ({ random }) => {
  const roll = random.next();
  if (roll < 0.15) return [{ type: 'choice', choice: random.int(0, 3) as 0 | 1 | 2 | 3 }];
  if (roll < 0.25) return [{ type: 'confirm' }];
  if (roll < 0.3) return [{ type: 'back' }];
  if (roll < 0.4) return [{ type: 'step', x: random.int(-1, 1) as -1 | 0 | 1, y: random.int(-1, 1) as -1 | 0 | 1 }];
  if (roll < 0.6) {
    const axis = () => Math.round((random.next() * 2 - 1) * 20) / 20;
    return [{ type: 'hold', move: { x: axis(), y: axis() }, confirm: random.next() < 0.2, back: random.next() < 0.05, choices: [random.next() < 0.1, false, false, false] }];
  }
  return [];
};
