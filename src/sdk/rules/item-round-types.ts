import type { Outcome } from '../../shared/round/round-record';
import type { HappenedEvent, HeldInput, RulesContext, RulesSeat, SeatAction, SeatId } from './rules';

/** Anything put to the seats: a question, a place to find, a junction to cross. */
export interface RoundItem {
  id: string;
  /** The objective's slug or full id; the pack must declare it (the kit checks every item). */
  objective: string;
}

/** The moments of an item round, in order: intro → open → settle → reveal, for each item; then final. */
export type ItemPhase = 'intro' | 'open' | 'settle' | 'reveal' | 'final' | 'over';

/** One seat's answer to the current item, as the block keeps it. */
export interface SeatDraft<Answer> {
  answer: Answer;
  locked: boolean;
  /** From the item opening to the lock, when locked. */
  lockedAtMs: number | null;
}

/** What a seat's answer to one item is worth: the outcome is the evidence, the points are the game's. */
export interface Mark {
  outcome: Outcome;
  points: number;
  /** The answer given, as the game names it, kept with the evidence (`"2"`, `"nord"`). */
  response?: string;
  /** Why the points were given, kept in the record; the item id when left out. */
  reason?: string;
  /** Plain JSON the reveal shows for this seat (a distance, the mistakes made). */
  detail?: Record<string, unknown>;
}

/** What an answer rule may see and do. */
export interface AnswerContext<Setup> {
  seat: SeatId;
  /** Round time since the item opened. */
  elapsedMs: number;
  /** Round time since the previous tick. */
  tickMs: number;
  /** What the item's `prepare` made, the same for every seat. */
  setup: Setup;
  emit(event: HappenedEvent): void;
}

/** How an answer changes: a new answer, a lock (the seat is done), or an unlock (it thinks again). */
export interface AnswerChange<Answer> {
  answer?: Answer;
  lock?: boolean;
  unlock?: boolean;
}

/** How a seat answers an item: from its presses, and from what it holds as round time goes by. */
export interface AnswerRules<Item, Answer, Setup = undefined> {
  /** The seat's answer when the item opens. */
  start(item: Item, seat: RulesSeat, seatIndex: number, setup: Setup): Answer;
  /** What a press does to a seat's answer; presses of a locked seat reach here too (to unlock). */
  input?(answer: Answer, action: Exclude<SeatAction, { type: 'hold' }>, item: Item, context: AnswerContext<Setup> & { locked: boolean }): AnswerChange<Answer> | void;
  /** What round time does to an unlocked answer (a marker that moves, a car that drives). */
  tick?(answer: Answer, held: HeldInput, item: Item, context: AnswerContext<Setup>): AnswerChange<Answer> | void;
  /** The best answer's presses for a bot that knows everything (the kit checks the best play reaches the pack's maximum). */
  best?(answer: Answer, item: Item, context: AnswerContext<Setup> & { held: HeldInput }): readonly SeatAction[];
}

/** How long each moment lasts, in round time. Intro, settle, reveal and final go by faster with `pace`. */
export interface ItemTiming<Item> {
  /** The time to answer this item. */
  answerMs: number | ((item: Item) => number);
  /** Before the item opens (its title, the controls); none when left out. */
  introMs?: number | ((item: Item, index: number, items: readonly Item[]) => number);
  /** Once every seat is locked, a moment to see it before the reveal; none when left out. */
  settleMs?: number | ((item: Item) => number);
  /** The reveal of the right answer and each seat's mark. */
  revealMs: number | ((item: Item, marks: Readonly<Record<SeatId, Mark>>) => number);
  /** The standings after the last item; the round ends after it. */
  finalMs: number;
  /** Presses of `choice` in the first moments of an item are ignored: a press that skipped the last reveal must not answer the next. */
  answerGuardMs?: number;
}

/** What an item round is made of: a studio writes these, the block does the loop. */
export interface ItemRoundSpec<Content, Item extends RoundItem, Answer, Setup = undefined> {
  /** The round's items, in the order they are put, from the content and the seeded random. */
  items(ctx: RulesContext<Content>): readonly Item[];
  timing: ItemTiming<Item> | ((content: Content) => ItemTiming<Item>);
  /** How seats answer. */
  answer: AnswerRules<Item, Answer, Setup>;
  /** Round time between ticks, whole milliseconds; 50 unless said. Real-time answers (a car) want a finer step. */
  tickMs?: number;
  /** What an item needs once for every seat (a random layout), made as it opens. */
  prepare?(item: Item, ctx: RulesContext<Content>): Setup;
  /** Marks one seat's answer when the item closes. */
  mark(item: Item, draft: SeatDraft<Answer>, context: { seat: SeatId; answerMs: number; setup: Setup; content: Content }): Mark;
  /** Intro, reveal and standings can be cut short once every seat has pressed confirm, after this long; never when left out. */
  skipAfterMs?: number;
  /** Public JSON about the current item for the view (its prompt id, its choices). */
  itemView?(item: Item, phase: ItemPhase, setup: Setup): Record<string, unknown>;
  /** Public JSON about one seat's answer (a marker's position). */
  answerView?(answer: Answer, item: Item): unknown;
}

/** Points, right answers and answers of one seat so far. */
export interface SeatTally {
  points: number;
  correct: number;
  answered: number;
  items: number;
  /** Each item's outcome, in order. */
  outcomes: Outcome[];
}

/** The state the block keeps: scenes read it to draw, bots to play. */
export interface ItemRoundState<Item, Answer, Setup = undefined> {
  items: readonly Item[];
  index: number;
  phase: ItemPhase;
  phaseStartMs: number;
  phaseEndsMs: number;
  openedAtMs: number;
  answerMs: number;
  setup: Setup;
  drafts: Record<SeatId, SeatDraft<Answer>>;
  /** The marks of the current item, from its reveal on. */
  marks: Record<SeatId, Mark>;
  tally: Record<SeatId, SeatTally>;
  /** Seats that pressed confirm in this intro, reveal or final. */
  ready: SeatId[];
}
