import type { PhoneLayout } from '../../shared/room/room-fields';
import type { Choice, Feedback, Layout, Page, Tally } from './page';

/**
 * What the controller reads of a seat view (`view` in the server's `view` message): the
 * mini-game's `seatView` as the item-round block writes it, plus two texts the screen may add in
 * the phone's language. Every field is optional and checked here, since the server relays the
 * view unread: a field of the wrong type is ignored, never trusted.
 *
 * - `phase`: `intro` | `open` | `settle` | `reveal` | `final` | `over` (item rounds);
 * - `index`, `total`: the item's place; `locked`: the seat's answer is in;
 * - `mark`: `{ outcome, points }` at the reveal; `points`, `correct`, `answered`, `items`: the tally;
 * - `rank`, `seats`: the seat's place once a question is revealed (quiz-duel);
 * - `choices`: the four answers' texts, A B X Y (absent: the phone shows letters only);
 * - `explanation`: why the right answer is right, shown with the seat's feedback.
 *
 * A `wait` layout with no `phase` is the lobby between rounds.
 */
export type SeatViewPage = Extract<Page, { kind: 'lobby' | 'round' | 'results' }>;

const PHASES = ['intro', 'open', 'settle', 'reveal', 'final', 'over'] as const;
type Phase = (typeof PHASES)[number];
const OUTCOMES = ['correct', 'wrong', 'unanswered'] as const;

const count = (value: unknown): number | null => (typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : null);
const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value : null);

function phaseOf(view: Record<string, unknown>): Phase | null {
  return (PHASES as readonly unknown[]).includes(view.phase) ? (view.phase as Phase) : null;
}

function tallyOf(view: Record<string, unknown>): Tally | null {
  // Points may fall below zero in a game with penalties; the counts never do.
  if (typeof view.points !== 'number' || !Number.isFinite(view.points)) return null;
  const answered = count(view.answered) ?? 0;
  return { points: Math.round(view.points), correct: count(view.correct) ?? 0, answered, items: count(view.items) ?? answered };
}

function feedbackOf(view: Record<string, unknown>): Feedback | null {
  const mark = view.mark;
  if (typeof mark !== 'object' || mark === null) return null;
  const { outcome, points } = mark as Record<string, unknown>;
  if (!(OUTCOMES as readonly unknown[]).includes(outcome)) return null;
  return {
    outcome: outcome as Feedback['outcome'],
    points: typeof points === 'number' && Number.isFinite(points) ? Math.round(points) : 0,
    explanation: text(view.explanation),
  };
}

function labelsOf(view: Record<string, unknown>): Partial<Record<Choice, string>> | null {
  if (!Array.isArray(view.choices)) return null;
  const labels: Partial<Record<Choice, string>> = {};
  view.choices.slice(0, 4).forEach((label, i) => {
    const shown = text(label);
    if (shown) labels[i as Choice] = shown.slice(0, 80);
  });
  return Object.keys(labels).length > 0 ? labels : null;
}

function rankOf(view: Record<string, unknown>): { rank: number; seats: number } | null {
  const rank = count(view.rank);
  const seats = count(view.seats);
  return rank !== null && seats !== null && rank >= 1 && rank <= seats ? { rank, seats } : null;
}

/** The page a seat view asks for. `picked` is the answer this phone pressed for the current item, if any. */
export function pageOfSeatView(layout: PhoneLayout, view: Record<string, unknown>, picked: Choice | null): SeatViewPage {
  const phase = phaseOf(view);
  const tally = tallyOf(view);
  if (phase === 'final' || phase === 'over') return { kind: 'results', tally, rank: rankOf(view) };
  if (phase === null && layout === 'wait') return { kind: 'lobby', nextRound: false };
  const index = count(view.index);
  const total = count(view.total);
  const progress = index !== null && total !== null && index < total ? { index, total } : null;
  const locked = view.locked === true || phase === 'settle' || phase === 'reveal';
  let shown: Layout;
  if (layout === 'choices4' && phase !== 'intro') {
    const labels = labelsOf(view);
    const offered: Choice[] = labels ? ([0, 1, 2, 3] as const).filter((c) => labels[c] !== undefined) : [0, 1, 2, 3];
    shown = { kind: 'choices4', offered, labels, picked, locked };
  } else if (layout === 'dpad') shown = { kind: 'dpad' };
  else shown = { kind: 'wait' };
  return {
    kind: 'round',
    layout: shown,
    progress,
    intro: phase === 'intro',
    feedback: phase === 'reveal' ? feedbackOf(view) : null,
    tally,
    rank: phase === 'reveal' ? rankOf(view) : null,
  };
}
