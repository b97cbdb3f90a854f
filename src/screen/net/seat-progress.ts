import type { ObjectiveMastery } from '../../shared/api/card-mastery';
import type { OutboxEventPayloads } from './events';

/**
 * One reading of a card's mastery of a pack: the objectives, `waiting` while the centre has not
 * answered yet, `none` when there is none to be had (centre away, the seat not signed in there).
 */
export type MasteryReading = readonly ObjectiveMastery[] | 'waiting' | 'none';

/** A signed-in seat's mastery of the round's pack, before the round and after it was stored. */
export interface SeatMastery {
  before: MasteryReading;
  after: MasteryReading;
}

export interface RoundProgress {
  pack: string;
  /** By player card id. */
  cards: ReadonlyMap<string, SeatMastery>;
}

export interface SeatProgressDeps {
  /** The card's mastery of the pack; null when the screen holds no live seat token for it. Throws when the centre cannot answer. */
  read(cardId: string, pack: string): Promise<readonly ObjectiveMastery[] | null>;
  outbox: { on(name: 'status', listener: (change: OutboxEventPayloads['status']) => void): () => void };
  /** Waits before the one retry of an "after" reading (the centre just answered the round, it is near). */
  retryAfterMs?: number;
}

/** Rounds kept: the last results on screen, and one or two played since. */
const KEPT_ROUNDS = 4;

/**
 * What each signed-in seat knew before a round and after it: "before" is read as the round
 * starts, "after" once the outbox says the centre stored the round. Nothing waits for it: the
 * results screen draws what is known and redraws on `onChange`.
 */
export class SeatProgress {
  private readonly rounds = new Map<string, { pack: string; cards: Map<string, SeatMastery>; stored: boolean }>();
  private readonly listeners = new Set<(roundId: string) => void>();

  constructor(private readonly deps: SeatProgressDeps) {
    deps.outbox.on('status', (change) => {
      if (change.status === 'saved') this.stored(change.id);
    });
  }

  /** At the start of a round: reads each signed-in card's mastery of the pack before it. */
  start(roundId: string, pack: string, cardIds: readonly string[]): void {
    if (!cardIds.length) return;
    const cards = new Map(cardIds.map((id): [string, SeatMastery] => [id, { before: 'waiting', after: 'waiting' }]));
    this.rounds.set(roundId, { pack, cards, stored: false });
    for (const old of [...this.rounds.keys()].slice(0, -KEPT_ROUNDS)) this.rounds.delete(old);
    for (const cardId of cardIds) {
      void this.reading(cardId, pack).then((before) => {
        const round = this.rounds.get(roundId);
        const seat = round?.cards.get(cardId);
        if (!round || !seat) return;
        // An answer that came after the round was stored may already count the round.
        seat.before = round.stored && before !== 'none' ? 'none' : before;
        this.changed(roundId);
      });
    }
  }

  of(roundId: string): RoundProgress | undefined {
    const round = this.rounds.get(roundId);
    return round && { pack: round.pack, cards: round.cards };
  }

  /** Called with the round's id whenever one of its readings arrives; returns the remover. */
  onChange(listener: (roundId: string) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private stored(roundId: string): void {
    const round = this.rounds.get(roundId);
    if (!round || round.stored) return;
    round.stored = true;
    for (const cardId of round.cards.keys()) {
      void this.reading(cardId, round.pack, 1).then((after) => {
        const seat = this.rounds.get(roundId)?.cards.get(cardId);
        if (!seat) return;
        seat.after = after;
        if (seat.before === 'waiting') seat.before = 'none';
        this.changed(roundId);
      });
    }
  }

  private async reading(cardId: string, pack: string, retries = 0): Promise<MasteryReading> {
    for (let attempt = 0; ; attempt++) {
      try {
        return (await this.deps.read(cardId, pack)) ?? 'none';
      } catch {
        if (attempt >= retries) return 'none';
        await new Promise((resolve) => setTimeout(resolve, this.deps.retryAfterMs ?? 2000));
      }
    }
  }

  private changed(roundId: string): void {
    for (const listener of [...this.listeners]) listener(roundId);
  }
}
