import type { ContentPack, PackProblem } from '../../src/sdk';
import type { QuizContent } from './content-schema';
import { MAX_POINTS_PER_QUESTION, maxPointsPerSeat } from './rules';

/** The full objective id a question names, whether it wrote the slug or the whole id. */
export function objectiveIdOf(packId: string, objective: string): string {
  return objective.includes('/') ? objective : `${packId}/${objective}`;
}

/**
 * What the schema cannot see: every question names an objective and a source the pack declares,
 * every objective is assessed by some question, and `maxPointsPerSeat` is the true maximum.
 */
export function checkQuizContent(pack: ContentPack<QuizContent>): PackProblem[] {
  const problems: PackProblem[] = [];
  const objectives = new Set(pack.objectives.map((objective) => objective.id));
  const sources = new Set(pack.sources.map((source) => source.id));
  const assessed = new Set<string>();

  pack.data.questions.forEach((question, i) => {
    const objective = objectiveIdOf(pack.id, question.objective);
    assessed.add(objective);
    if (!objectives.has(objective)) {
      problems.push({
        path: `data.questions[${i}].objective`,
        message: `"${question.objective}" is not an objective of the pack (declared: ${[...objectives].join(', ')})`,
      });
    }
    if (!sources.has(question.source)) {
      problems.push({
        path: `data.questions[${i}].source`,
        message: `"${question.source}" is not in the pack's sources (declared: ${[...sources].join(', ') || 'none'})`,
      });
    }
  });

  pack.objectives.forEach((objective, i) => {
    if (!assessed.has(objective.id)) {
      problems.push({ path: `objectives[${i}].id`, message: `no question assesses "${objective.id}"` });
    }
  });

  const expected = maxPointsPerSeat(pack.data.questionsPerRound);
  if (pack.maxPointsPerSeat !== expected) {
    problems.push({
      path: 'maxPointsPerSeat',
      message: `must be ${expected} (${pack.data.questionsPerRound} questions × ${MAX_POINTS_PER_QUESTION} points at most), not ${pack.maxPointsPerSeat}`,
    });
  }
  return problems;
}
