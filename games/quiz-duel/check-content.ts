import type { ContentPack, PackProblem } from '../../src/sdk';
import type { QuizContent } from './content-schema';
import { MAX_POINTS_PER_QUESTION, maxPointsPerSeat } from './rules';

/**
 * What neither the schema nor the SDK's item check sees: `maxPointsPerSeat` is the true maximum,
 * so a seat's centre score can reach 1000.
 */
export function checkQuizContent(pack: ContentPack<QuizContent>): PackProblem[] {
  const expected = maxPointsPerSeat(pack.data.questionsPerRound);
  if (pack.maxPointsPerSeat === expected) return [];
  return [
    {
      path: 'maxPointsPerSeat',
      message: `must be ${expected} (${pack.data.questionsPerRound} questions × ${MAX_POINTS_PER_QUESTION} points at most), not ${pack.maxPointsPerSeat}`,
    },
  ];
}
