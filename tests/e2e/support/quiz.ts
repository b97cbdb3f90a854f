import { readFileSync } from 'node:fs';

interface QuizPack {
  maxPointsPerSeat: number;
  data: { questionsPerRound: number; answerTimeS: number; questions: { id: string; answer: 0 | 1 | 2 | 3 }[] };
}

/** The right answer of every question of a quiz-duel pack, read from the pack itself. */
export function quizAnswers(packId: string): { answers: Map<string, 0 | 1 | 2 | 3>; questionsPerRound: number } {
  const pack = JSON.parse(readFileSync(`content/${packId}/pack.json`, 'utf8')) as QuizPack;
  return {
    answers: new Map(pack.data.questions.map((q) => [q.id, q.answer])),
    questionsPerRound: pack.data.questionsPerRound,
  };
}
