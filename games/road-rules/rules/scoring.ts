import type { RoadRulesContent, Stage } from '../content-schema';
import type { Mark, Random } from '../../../src/sdk';
import type { StageAnswer } from './stage-answer';

// Points and evidence. Every stage is worth the same: a clean drive, a right answer or a stop in
// time earns STAGE_POINTS, anything else none. Points reward the rule kept; accuracy (from the
// evidence) is shown beside them, never mixed in. A seat that did nothing gave no answer: its
// evidence is `unanswered`, which never counts as wrong.

export const STAGE_POINTS = 100;

/** How many stages a round of this pack plays. */
export function stagesPerRound(content: Pick<RoadRulesContent, 'stagesPerRound' | 'stages'>): number {
  return Math.min(content.stagesPerRound ?? content.stages.length, content.stages.length);
}

/** The most points one seat can make in a round: the pack's `maxPointsPerSeat` must say exactly this. */
export function maxPointsPerSeat(content: Pick<RoadRulesContent, 'stagesPerRound' | 'stages'>): number {
  return stagesPerRound(content) * STAGE_POINTS;
}

/** The stages of one round, in the pack's order or drawn at random, as the pack says. */
export function roundStages(content: RoadRulesContent, random: Random): Stage[] {
  const count = stagesPerRound(content);
  if (content.order === 'fixed') return content.stages.slice(0, count);
  return random.shuffle(content.stages).slice(0, count);
}

/**
 * What one seat's answer to a stage is worth, and the evidence it gives. A drive is answered once
 * the seat pressed a pedal or picked an exit (a car nobody drove, even one rolling on from its
 * start speed, gave no answer); it is kept when the car reached the end without a mistake. A
 * brake test is answered once the seat pressed the brake, kept when the car stopped short of the
 * obstacle. A sign question is answered by a press, kept when it is the right answer.
 */
export function markStage(stage: Stage, answer: StageAnswer): Mark {
  const mark = (kept: boolean, response: string, detail: Record<string, unknown>): Mark => ({
    outcome: kept ? 'correct' : 'wrong',
    points: kept ? STAGE_POINTS : 0,
    response,
    reason: `${stage.id}: ${kept ? 'rule kept' : 'rule missed'}`,
    detail,
  });
  switch (answer.kind) {
    case 'drive': {
      const { drive } = answer;
      const mistakes = drive.infringements.map((infringement) => infringement.kind);
      const detail = { finished: drive.finished, infringements: mistakes };
      if (!answer.touched) return { outcome: 'unanswered', points: 0, detail };
      const response = [...new Set(mistakes), ...(drive.finished ? [] : ['timeout'])].join(',') || 'clean';
      return mark(drive.finished && mistakes.length === 0, response, detail);
    }
    case 'brake': {
      const result = answer.brake.result();
      if (!answer.touched) return { outcome: 'unanswered', points: 0, detail: { result } };
      return mark(result.stopped && !result.collided, result.collided ? 'collided' : result.stopped ? 'stopped' : 'not-stopped', { result });
    }
    case 'quiz': {
      if (answer.choice === null) return { outcome: 'unanswered', points: 0 };
      return mark(stage.kind === 'quiz' && answer.choice === stage.answer, String(answer.choice), { choice: answer.choice });
    }
  }
}

/**
 * The order a round shows a quiz's four answers in: `order[button] = index in choices`. Drawn
 * from the round's random, so a replay with the same seed shows the same buttons.
 */
export function answerOrder(random: Random): number[] {
  return random.shuffle([0, 1, 2, 3]);
}
