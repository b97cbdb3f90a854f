import type { Bot, RoundInput, Rules, RulesContext, SeatId } from './rules';
import type { AnswerContext, AnswerChange, ItemRoundSpec, ItemRoundState, ItemTiming, RoundItem, SeatTally } from './item-round-types';

/**
 * The question loop every item game shares, as rules: draw the items, open each with a time
 * limit, let each seat answer and lock, close when all are locked or the time is up, mark each
 * seat (outcome, points, evidence — `unanswered` when it gave nothing), reveal, next; then the
 * standings, then the end. A studio gives the items, the answer rules and the marking.
 * @example
 * export const rules = itemRound({
 *   items: ({ content, random }) => random.shuffle(content.questions).slice(0, 8),
 *   timing: { answerMs: 20_000, revealMs: 5_000, finalMs: 8_000 },
 *   answer: choiceAnswer(),
 *   mark: (question, draft) => draft.answer === null ? { outcome: 'unanswered', points: 0 }
 *     : draft.answer === question.answer ? { outcome: 'correct', points: 100, response: String(draft.answer) }
 *     : { outcome: 'wrong', points: 0, response: String(draft.answer) },
 * });
 */
export function itemRound<Content, Item extends RoundItem, Answer, Setup = undefined>(
  spec: ItemRoundSpec<Content, Item, Answer, Setup>,
): Rules<Content, ItemRoundState<Item, Answer, Setup>> & { bestBot: Bot<ItemRoundState<Item, Answer, Setup>> } {
  type State = ItemRoundState<Item, Answer, Setup>;
  type Ctx = RulesContext<Content>;
  const timingOf = (content: Content): ItemTiming<Item> => (typeof spec.timing === 'function' ? spec.timing(content) : spec.timing);
  const paced = (ms: number, ctx: Ctx) => Math.round(ms * ctx.pace);
  const current = (state: State): Item => {
    const item = state.items[state.index];
    if (!item) throw new Error(`item round: no item ${state.index} in this round`);
    return item;
  };
  const tickMs = spec.tickMs ?? 50;

  const enter = (state: State, phase: State['phase'], ctx: Ctx, lengthMs: number) => {
    state.phase = phase;
    state.phaseStartMs = ctx.now;
    state.phaseEndsMs = ctx.now + lengthMs;
    state.ready = [];
  };

  const startItem = (state: State, index: number, ctx: Ctx) => {
    state.index = index;
    const item = current(state);
    const timing = timingOf(ctx.content);
    state.setup = spec.prepare ? spec.prepare(item, ctx) : (undefined as Setup);
    state.marks = {};
    state.answerMs = typeof timing.answerMs === 'function' ? timing.answerMs(item) : timing.answerMs;
    state.drafts = Object.fromEntries(ctx.seats.map((seat, i) => [seat.id, { answer: spec.answer.start(item, seat, i, state.setup), locked: false, lockedAtMs: null }]));
    const intro = typeof timing.introMs === 'function' ? timing.introMs(item, index, state.items) : (timing.introMs ?? 0);
    if (intro > 0) {
      enter(state, 'intro', ctx, paced(intro, ctx));
      ctx.emit({ type: 'intro', index });
    } else {
      open(state, ctx);
    }
  };

  const open = (state: State, ctx: Ctx) => {
    enter(state, 'open', ctx, state.answerMs);
    state.openedAtMs = ctx.now;
    ctx.emit({ type: 'opened', index: state.index });
  };

  const answerContext = (state: State, seat: SeatId, ctx: Ctx, tickMs: number): AnswerContext<Setup> => ({
    seat,
    elapsedMs: ctx.now - state.openedAtMs,
    tickMs,
    setup: state.setup,
    emit: (event) => ctx.emit({ seat, ...event }),
  });

  const apply = (state: State, seat: SeatId, change: AnswerChange<Answer> | void, ctx: Ctx) => {
    const draft = state.drafts[seat];
    if (!change || !draft) return;
    if ('answer' in change) draft.answer = change.answer as Answer;
    if (change.lock && !draft.locked) {
      draft.locked = true;
      draft.lockedAtMs = ctx.now - state.openedAtMs;
      ctx.emit({ type: 'locked', seat });
    } else if (change.unlock && draft.locked) {
      draft.locked = false;
      draft.lockedAtMs = null;
      ctx.emit({ type: 'unlocked', seat });
    }
  };

  const allLocked = (state: State) => Object.values(state.drafts).every((d) => d.locked);

  const close = (state: State, ctx: Ctx) => {
    const item = current(state);
    const timing = timingOf(ctx.content);
    for (const seat of ctx.seats) {
      const draft = state.drafts[seat.id]!;
      const mark = spec.mark(item, draft, { seat: seat.id, answerMs: state.answerMs, setup: state.setup, content: ctx.content });
      state.marks[seat.id] = mark;
      const answered = mark.outcome !== 'unanswered';
      ctx.evidence({
        seat: seat.id,
        objective: item.objective,
        item: item.id,
        outcome: mark.outcome,
        ...(answered && mark.response !== undefined ? { response: mark.response } : {}),
        ...(answered ? { responseMs: Math.min(draft.lockedAtMs ?? state.answerMs, state.answerMs) } : {}),
      });
      if (mark.points !== 0) ctx.award(seat.id, mark.points, mark.reason ?? item.id);
      const tally = state.tally[seat.id]!;
      tally.points += mark.points;
      tally.items += 1;
      if (answered) tally.answered += 1;
      if (mark.outcome === 'correct') tally.correct += 1;
      tally.outcomes.push(mark.outcome);
    }
    const reveal = typeof timing.revealMs === 'function' ? timing.revealMs(item, state.marks) : timing.revealMs;
    enter(state, 'reveal', ctx, paced(reveal, ctx));
    ctx.emit({ type: 'revealed', index: state.index });
  };

  const next = (state: State, ctx: Ctx) => {
    if (state.index + 1 < state.items.length) {
      startItem(state, state.index + 1, ctx);
      return;
    }
    const finalMs = paced(timingOf(ctx.content).finalMs, ctx);
    enter(state, 'final', ctx, finalMs);
    ctx.emit({ type: 'final' });
    if (finalMs <= 0) finish(state, ctx);
  };

  const finish = (state: State, ctx: Ctx) => {
    enter(state, 'over', ctx, 0);
    ctx.end();
  };

  /** The moment after the current one, once its time is up or every seat asked for it. */
  const moveOn = (state: State, ctx: Ctx) => {
    switch (state.phase) {
      case 'intro':
        return open(state, ctx);
      case 'open':
      case 'settle':
        return close(state, ctx);
      case 'reveal':
        return next(state, ctx);
      case 'final':
        return finish(state, ctx);
      case 'over':
        return;
    }
  };

  const rules: Rules<Content, State> = {
    setup(ctx) {
      const items = spec.items(ctx);
      if (items.length === 0) throw new Error('item round: the content gives no item to play');
      const state: State = {
        items,
        index: 0,
        phase: 'intro',
        phaseStartMs: 0,
        phaseEndsMs: 0,
        openedAtMs: 0,
        answerMs: 0,
        setup: undefined as Setup,
        drafts: {},
        marks: {},
        tally: Object.fromEntries(ctx.seats.map((s): [SeatId, SeatTally] => [s.id, { points: 0, correct: 0, answered: 0, items: 0, outcomes: [] }])),
        ready: [],
      };
      startItem(state, 0, ctx);
      return state;
    },

    input(state, input: RoundInput, ctx) {
      if (input.type === 'hold') return;
      const { seat, ...action } = input;
      if (state.phase === 'open') {
        const draft = state.drafts[seat];
        if (!draft || !spec.answer.input) return;
        const guard = timingOf(ctx.content).answerGuardMs ?? 0;
        if (action.type === 'choice' && ctx.now - state.openedAtMs < guard) return;
        apply(state, seat, spec.answer.input(draft.answer, action, current(state), { ...answerContext(state, seat, ctx, 0), locked: draft.locked }), ctx);
        if (allLocked(state)) settle(state, ctx);
        return;
      }
      if (action.type !== 'confirm' || spec.skipAfterMs === undefined) return;
      if (state.phase !== 'intro' && state.phase !== 'reveal' && state.phase !== 'final') return;
      if (!state.ready.includes(seat)) state.ready.push(seat);
      if (ctx.now - state.phaseStartMs >= spec.skipAfterMs && ctx.seats.every((s) => state.ready.includes(s.id))) moveOn(state, ctx);
    },

    tick(state, ctx) {
      if (state.phase === 'open' && spec.answer.tick) {
        const item = current(state);
        for (const seat of ctx.seats) {
          const draft = state.drafts[seat.id]!;
          if (draft.locked) continue;
          apply(state, seat.id, spec.answer.tick(draft.answer, ctx.held(seat.id), item, answerContext(state, seat.id, ctx, tickMs)), ctx);
        }
        if (allLocked(state)) return settle(state, ctx);
      }
      if (state.phase !== 'over' && ctx.now >= state.phaseEndsMs) moveOn(state, ctx);
    },

    tickMs,

    view(state, ctx) {
      const item = state.items[state.index];
      const showMarks = state.phase === 'reveal';
      return {
        phase: state.phase,
        index: state.index,
        total: state.items.length,
        item: state.phase === 'final' || state.phase === 'over' ? null : (item?.id ?? null),
        timeLeftMs: state.phase === 'open' ? Math.max(0, state.phaseEndsMs - ctx.now) : null,
        locked: ctx.seats.filter((s) => state.drafts[s.id]?.locked).length,
        ...(item && spec.itemView && state.phase !== 'final' && state.phase !== 'over' ? spec.itemView(item, state.phase, state.setup) : {}),
        seats: Object.fromEntries(
          ctx.seats.map((s) => {
            const draft = state.drafts[s.id];
            const mark = state.marks[s.id];
            const tally = state.tally[s.id]!;
            return [
              s.id,
              {
                locked: draft?.locked ?? false,
                points: tally.points,
                correct: tally.correct,
                answered: tally.answered,
                ...(item && draft && spec.answerView && state.phase !== 'final' ? { answer: spec.answerView(draft.answer, item) } : {}),
                ...(showMarks && mark ? { mark } : {}),
              },
            ];
          }),
        ),
      };
    },

    seatView(state, seat, ctx) {
      const draft = state.drafts[seat];
      const tally = state.tally[seat];
      const item = state.items[state.index];
      return {
        phase: state.phase,
        index: state.index,
        total: state.items.length,
        timeLeftMs: state.phase === 'open' ? Math.max(0, state.phaseEndsMs - ctx.now) : null,
        locked: draft?.locked ?? false,
        ...(item && draft && spec.answerView ? { answer: spec.answerView(draft.answer, item) } : {}),
        ...(state.phase === 'reveal' && state.marks[seat] ? { mark: state.marks[seat] } : {}),
        points: tally?.points ?? 0,
        correct: tally?.correct ?? 0,
        answered: tally?.answered ?? 0,
        items: tally?.items ?? 0,
      };
    },
  };

  const settle = (state: State, ctx: Ctx) => {
    const { settleMs: settle = 0 } = timingOf(ctx.content);
    const settleMs = paced(typeof settle === 'function' ? settle(current(state)) : settle, ctx);
    if (settleMs <= 0) return close(state, ctx);
    enter(state, 'settle', ctx, settleMs);
  };

  const bestBot: Bot<State> = ({ seat, state, now }) => {
    if (state.phase !== 'open' || !spec.answer.best) return;
    const draft = state.drafts[seat];
    const item = state.items[state.index];
    if (!draft || draft.locked || !item) return;
    return spec.answer.best(draft.answer, item, {
      seat,
      elapsedMs: now - state.openedAtMs,
      tickMs: 0,
      setup: state.setup,
      emit: () => undefined,
      held: { move: { x: 0, y: 0 }, confirm: false, back: false, choices: [false, false, false, false] },
    });
  };

  return { ...rules, bestBot };
}
