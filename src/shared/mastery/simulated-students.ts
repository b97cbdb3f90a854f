import type { Random } from '../random';
import { answerSequences, type AnswerSequences } from './answer-sequences';
import type { BktParameters } from './bkt-parameters';

/** Students drawn from known BKT parameters: their answers, and whether each knows at the end. */
export interface SimulatedStudents {
  sequences: AnswerSequences;
  /** Per student: knows the objective after the last item (the state P(known) is compared with). */
  knowsAtEnd: boolean[];
}

/**
 * Draws `students` players answering `items` items each, exactly as the model says: knowing at the
 * start with P(L0); at each item a right answer with 1 − P(S) if knowing, P(G) if not; then
 * learning with P(T). Used to check that the fit finds the parameters it was given.
 */
export function simulateStudents(parameters: BktParameters, options: { students: number; items: number; random: Random }): SimulatedStudents {
  const { pInit, pLearn, pGuess, pSlip } = parameters;
  const { random } = options;
  const answers: boolean[][] = [];
  const knowsAtEnd: boolean[] = [];
  for (let s = 0; s < options.students; s++) {
    let knows = random.next() < pInit;
    const sequence: boolean[] = [];
    for (let i = 0; i < options.items; i++) {
      sequence.push(random.next() < (knows ? 1 - pSlip : pGuess));
      if (!knows && random.next() < pLearn) knows = true;
    }
    answers.push(sequence);
    knowsAtEnd.push(knows);
  }
  return { sequences: answerSequences(answers), knowsAtEnd };
}
