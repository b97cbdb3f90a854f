import { standings, type RulesSeat, type Standing } from '../../src/sdk';
import type { QuizState } from './rules';

/** How many seats the final list and each reveal show by name when a whole group plays. */
export const TOP_COUNT = 5;

/** Above this many seats the big screen counts answers rather than drawing a slot per seat. */
export const GROUP_FROM_SEATS = 7;

/** What the big screen shows of a whole group: answers so far, and after a question who chose what. */
export interface GroupView {
  /** Seats that answered the open question. */
  answered: number;
  seats: number;
  /** During the reveal: how many seats chose A, B, X, Y, and how many gave nothing. */
  distribution: { choices: [number, number, number, number]; none: number } | null;
  /** During the reveal and the final standings: the five with the most points, ranks shared on ties. */
  top: Standing[] | null;
}

/** The group's numbers from the rules' state: pure, so the view, the scenes and tests agree. */
export function groupView(state: Readonly<QuizState>, seats: readonly RulesSeat[]): GroupView {
  const drafts = seats.map((s) => state.drafts[s.id]);
  const answered = drafts.filter((d) => d?.locked).length;
  const revealed = state.phase === 'reveal';
  let distribution: GroupView['distribution'] = null;
  if (revealed) {
    const choices: [number, number, number, number] = [0, 0, 0, 0];
    let none = 0;
    for (const draft of drafts) {
      if (draft?.answer === null || draft?.answer === undefined) none++;
      else choices[draft.answer]++;
    }
    distribution = { choices, none };
  }
  const ranked = revealed || state.phase === 'final' || state.phase === 'over';
  const top = ranked ? standingsOf(state, seats).slice(0, TOP_COUNT) : null;
  return { answered, seats: seats.length, distribution, top };
}

/** Every seat's standing, most points first. */
export function standingsOf(state: Readonly<QuizState>, seats: readonly RulesSeat[]): Standing[] {
  return standings(seats.map((seat) => ({ seat: seat.id, points: state.tally[seat.id]?.points ?? 0, correct: state.tally[seat.id]?.correct ?? 0, answered: state.tally[seat.id]?.answered ?? 0 })));
}
