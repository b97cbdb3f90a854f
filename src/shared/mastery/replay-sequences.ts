import type { AnswerSequences } from './answer-sequences';
import type { BktParameters } from './bkt-parameters';
import { predictCorrect, updateKnown } from './knowledge-trace';

/** What the model said along each player's answers, for checking it against what happened. */
export interface Replay {
  /** For every answer, P(right) predicted from the answers before it. */
  predictions: number[];
  /** Every answer, in the same order. */
  outcomes: boolean[];
  /** Per player, P(known) after their last answer. */
  finals: number[];
}

/** Runs the model along every sequence from P(L0). */
export function replaySequences({ answers, starts }: AnswerSequences, parameters: BktParameters): Replay {
  const replay: Replay = { predictions: [], outcomes: [], finals: [] };
  for (let k = 0; k + 1 < starts.length; k++) {
    let pKnown = parameters.pInit;
    for (let i = starts[k]!; i < starts[k + 1]!; i++) {
      const correct = answers[i] === 1;
      replay.predictions.push(predictCorrect(pKnown, parameters));
      replay.outcomes.push(correct);
      pKnown = updateKnown(pKnown, correct, parameters);
    }
    replay.finals.push(pKnown);
  }
  return replay;
}
