import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';

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

/** What quiz-duel's rules show watchers (the item round's public view), as far as tests read it. */
export interface QuizView {
  phase: 'open' | 'reveal' | 'final' | 'over';
  index: number;
  total: number;
  item: string | null;
  locked: number;
}

/**
 * Waits until the round's view is in `phase` (at question `index` when given) and returns it. It
 * checks every animation frame, so a short reveal at a hurried pace is not missed.
 */
export async function waitForQuiz(page: Page, phase: QuizView['phase'], index?: number, timeout = 40_000): Promise<QuizView> {
  const handle = await page.waitForFunction(
    ([wanted, at]) => {
      const view = (window as unknown as { ludocite: { snapshot(): { round?: { view?: QuizView | null } | null } } }).ludocite.snapshot().round?.view;
      return view && view.phase === wanted && (at === null || view.index === at) ? view : null;
    },
    [phase, index ?? null] as const,
    { timeout, polling: 'raf' },
  );
  return (await handle.jsonValue()) as QuizView;
}
