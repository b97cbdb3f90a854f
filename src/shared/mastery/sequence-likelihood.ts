import type { AnswerSequences } from './answer-sequences';
import type { BktParameters } from './bkt-parameters';
import { replaySequences } from './replay-sequences';

/**
 * The log-likelihood of every answer under `parameters`: the sum, over answers, of the log of the
 * chance the model gave that answer from the ones before it. The fit maximises this; comparing it
 * with the true parameters' tells a fit that stopped short (lower) from a sample that points
 * elsewhere than the truth (higher).
 */
export function sequenceLogLikelihood(sequences: AnswerSequences, parameters: BktParameters): number {
  const { predictions, outcomes } = replaySequences(sequences, parameters);
  let sum = 0;
  for (let i = 0; i < predictions.length; i++) sum += Math.log(outcomes[i] ? predictions[i]! : 1 - predictions[i]!);
  return sum;
}
