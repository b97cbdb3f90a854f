import { createRandom } from '../../shared/random';
import type { RoundSeat } from '../../shared/round/round-record';
import type { SeatTotals } from '../../shared/round/round-totals';
import type { ContentPack } from '../../shared/pack/content-pack';
import type { PackInfo } from '../round-context';
import { RoundRecorder } from './round-recorder';
import type { HappenedEvent, HeldInput, LoggedInput, RoundInput, Rules, RulesContext, RulesSeat, SeatId } from './rules';

/** What a seat holds before it touches anything. */
export const IDLE: HeldInput = Object.freeze({ move: Object.freeze({ x: 0, y: 0 }), confirm: false, back: false, choices: Object.freeze([false, false, false, false]) as HeldInput['choices'] });

const DEFAULT_TICK_MS = 50;

export interface EngineOptions<Content> {
  /** The pack: its envelope and its data, already parsed by the mini-game's content schema. */
  pack: Pick<ContentPack, 'id' | 'version' | 'title' | 'objectives' | 'maxPointsPerSeat' | 'sources'> & { data: Content };
  seats: readonly (RulesSeat & { playerCard?: string })[];
  seed: number;
  /** 1 on a centre's screen; less to hurry intros and reveals in tests. */
  pace?: number;
}

/**
 * Runs a mini-game's rules: holds their state and round time, applies inputs at the round time
 * they arrive, ticks on a fixed step, and keeps the record and the input log. Pure: the screen
 * drives it from its frames, `playRound` from a loop, and the same seed, content and input log
 * give the same record, byte for byte.
 *
 * Order, once per `advanceTo(t)`: every tick whose time is ≤ t runs, in order, then time is t.
 * An input applies at the engine's current time. A replay that calls `advanceTo(atMs)` before
 * each logged input therefore meets the same states.
 */
export class RoundEngine<Content = unknown, State = unknown> {
  readonly recorder: RoundRecorder;
  readonly log: LoggedInput[] = [];
  readonly state: State;
  private time = 0;
  private nextTickMs: number;
  private readonly tickMs: number;
  private readonly heldBySeat = new Map<SeatId, HeldInput>();
  private happened: HappenedEvent[] = [];
  private ended = false;
  private readonly context: RulesContext<Content>;

  constructor(
    private readonly rules: Rules<Content, State>,
    options: EngineOptions<Content>,
  ) {
    const { pack, seed } = options;
    this.tickMs = rules.tickMs ?? DEFAULT_TICK_MS;
    if (!Number.isInteger(this.tickMs) || this.tickMs < 1) throw new Error(`rules: tickMs must be a whole number of milliseconds, got ${rules.tickMs}`);
    this.nextTickMs = this.tickMs;
    const seats: RoundSeat[] = options.seats.map((s) => ({ seat: s.id, input: s.input, ...(s.playerCard ? { playerCard: s.playerCard } : {}), ...(s.team ? { team: s.team } : {}) }));
    this.recorder = new RoundRecorder(pack, seats);
    const packInfo: PackInfo = Object.freeze({ id: pack.id, version: pack.version, title: pack.title, objectives: pack.objectives, maxPointsPerSeat: pack.maxPointsPerSeat, sources: pack.sources });
    const rulesSeats = Object.freeze(options.seats.map((s) => Object.freeze({ id: s.id, input: s.input, ...(s.team ? { team: s.team } : {}) })));
    const now = () => this.time;
    this.context = Object.freeze({
      content: pack.data,
      seats: rulesSeats,
      pack: packInfo,
      random: createRandom(seed),
      pace: options.pace ?? 1,
      get now() {
        return now();
      },
      held: (seat: SeatId) => this.heldBySeat.get(seat) ?? IDLE,
      award: (seat: SeatId, points: number, reason: string) => this.recorder.award(seat, points, reason, this.time),
      total: (seat: SeatId) => this.recorder.total(seat),
      evidence: (observation) => void this.recorder.record(observation, this.time),
      emit: (event: HappenedEvent) => void this.happened.push(event),
      end: () => void (this.ended = true),
    } satisfies RulesContext<Content>);
    this.state = rules.setup(this.context);
  }

  /** Round time in whole milliseconds. */
  get now(): number {
    return this.time;
  }

  /** True once the rules have called `end()`. */
  get over(): boolean {
    return this.ended;
  }

  get seats(): readonly RulesSeat[] {
    return this.context.seats;
  }

  /** Moves round time forward to `ms` (whole milliseconds), running every tick on the way. */
  advanceTo(ms: number): void {
    const target = Math.floor(ms);
    while (!this.ended && this.nextTickMs <= target) {
      this.time = this.nextTickMs;
      this.nextTickMs += this.tickMs;
      this.rules.tick?.(this.state, this.context);
    }
    if (!this.ended && target > this.time) this.time = target;
  }

  /** Applies one seat's action now. Actions of seats not in the round, or after the end, are ignored. */
  input(input: RoundInput): void {
    if (this.ended || !this.context.seats.some((s) => s.id === input.seat)) return;
    const logged = { ...input, atMs: this.time } as LoggedInput;
    this.log.push(logged);
    if (input.type === 'hold') {
      const { move, confirm, back, choices } = input;
      this.heldBySeat.set(input.seat, { move: { x: move.x, y: move.y }, confirm, back, choices: [...choices] as unknown as HeldInput['choices'] });
    }
    this.rules.input?.(this.state, input, this.context);
  }

  /** What happened since the last call, oldest first: the view animates it. */
  drainHappened(): HappenedEvent[] {
    const events = this.happened;
    this.happened = [];
    return events;
  }

  view(): Record<string, unknown> {
    return this.rules.view(this.state, this.context);
  }

  seatView(seat: SeatId): Record<string, unknown> {
    return this.rules.seatView(this.state, seat, this.context);
  }

  held(seat: SeatId): HeldInput {
    return this.context.held(seat);
  }

  totals(seat: SeatId): SeatTotals {
    return this.recorder.totals(seat);
  }
}
