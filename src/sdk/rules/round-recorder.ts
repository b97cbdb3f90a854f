import type { ContentPack } from '../../shared/pack/content-pack';
import { resolveObjective } from '../../shared/ids';
import type { EndReason, Evidence, RoundRecord, RoundSeat, ScoreLine } from '../../shared/round/round-record';
import { OUTCOMES } from '../../shared/round/round-record';
import { seatTotals, type SeatTotals } from '../../shared/round/round-totals';
import type { EvidenceInput } from './rules';

type PackEnvelope = Pick<ContentPack, 'id' | 'version' | 'objectives'>;

/**
 * Keeps what a round produces — score lines and evidence — checked as they arrive, so a mistake in
 * a mini-game's rules is reported at the line that made it, and the record is whole whenever the
 * round ends.
 */
export class RoundRecorder {
  readonly scoreLines: ScoreLine[] = [];
  readonly evidence: Evidence[] = [];
  private readonly seatIds: Set<string>;
  private readonly objectives: Set<string>;
  private readonly totalsBySeat = new Map<string, number>();

  constructor(
    private readonly pack: PackEnvelope,
    private readonly seats: readonly RoundSeat[],
  ) {
    this.seatIds = new Set(seats.map((s) => s.seat));
    this.objectives = new Set(pack.objectives.map((o) => o.id));
  }

  award(seat: string, points: number, reason: string, atMs: number): void {
    this.checkSeat(seat, 'award');
    if (!Number.isInteger(points)) throw new Error(`award: points must be a whole number, got ${points}`);
    if (!reason) throw new Error('award: give a reason');
    this.scoreLines.push({ seat, points, reason: reason.slice(0, 120), atMs: Math.round(atMs) });
    this.totalsBySeat.set(seat, this.total(seat) + points);
  }

  total(seat: string): number {
    return this.totalsBySeat.get(seat) ?? 0;
  }

  record(observation: EvidenceInput, atMs: number): Evidence {
    this.checkSeat(observation.seat, 'evidence');
    const objective = resolveObjective(this.pack.id, observation.objective);
    if (!this.objectives.has(objective)) {
      throw new Error(`evidence: the pack "${this.pack.id}" declares no objective "${objective}" (it declares ${[...this.objectives].join(', ')})`);
    }
    if (!observation.item) throw new Error('evidence: name the item observed');
    if (!(OUTCOMES as readonly string[]).includes(observation.outcome)) {
      throw new Error(`evidence: outcome must be one of ${OUTCOMES.join(', ')}, got ${String(observation.outcome)}`);
    }
    const answered = observation.outcome !== 'unanswered';
    if (answered && !(Number(observation.responseMs) >= 0)) {
      throw new Error(`evidence: an answered item needs responseMs of 0 or more, got ${observation.responseMs}`);
    }
    const attempt = this.evidence.filter((e) => e.seat === observation.seat && e.objective === objective && e.item === observation.item).length + 1;
    const evidence: Evidence = {
      seat: observation.seat,
      objective,
      item: observation.item.slice(0, 120),
      outcome: observation.outcome,
      ...(answered && observation.response ? { response: observation.response.slice(0, 120) } : {}),
      ...(answered ? { responseMs: Math.round(observation.responseMs!) } : {}),
      attempt,
      atMs: Math.round(atMs),
    };
    this.evidence.push(evidence);
    return evidence;
  }

  totals(seat: string): SeatTotals {
    return seatTotals(seat, this.scoreLines, this.evidence);
  }

  toRecord(round: {
    id: string;
    game: { id: string; version: string };
    sdk: number;
    seed: number;
    screen: string;
    startedAt: Date;
    endedAt: Date;
    endReason: EndReason;
  }): RoundRecord {
    return {
      id: round.id,
      pack: { id: this.pack.id, version: this.pack.version },
      game: round.game,
      sdk: round.sdk,
      seed: round.seed,
      screen: round.screen,
      startedAt: round.startedAt.toISOString(),
      endedAt: round.endedAt.toISOString(),
      endReason: round.endReason,
      seats: [...this.seats],
      scoreLines: [...this.scoreLines],
      evidence: [...this.evidence],
    };
  }

  private checkSeat(seat: string, port: string): void {
    if (!this.seatIds.has(seat)) throw new Error(`${port}: "${seat}" is not a seat of this round`);
  }
}
