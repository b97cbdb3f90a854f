import type { AnswerRules } from '../../../src/sdk';
import type { Stage } from '../content-schema';
import { brakeLayout } from './brake-test';
import { pedalsFrom } from './car';
import type { Random } from '../../../src/sdk';
import { answerOrder } from './scoring';
import { SeatBrake, SeatDrive } from './seat-drive';

// A seat's answer to a stage is what it does there: its car through a drive, its car in a brake
// test, or the button it pressed for a sign question. Cars move only on the round's ticks, from
// what the seat holds (`hold`): the same inputs at the same round times give the same drive.

/** What one seat does in one stage, as the item round keeps it. */
export type StageAnswer =
  | { kind: 'drive'; drive: SeatDrive; touched: boolean }
  | { kind: 'brake'; brake: SeatBrake; touched: boolean }
  /** `choice` is the index in the pack's `choices` (not the button), null until pressed. */
  | { kind: 'quiz'; choice: number | null };

/** What a stage draws once for every seat as it opens: the order of a question's answers, where a brake test's obstacle appears. */
export type StageSetup = { kind: 'drive' } | { kind: 'quiz'; order: number[] } | { kind: 'brake'; layout: { appearAtS: number; obstacleS: number } };

/** The stage's one draw for all seats: the same test for everyone, unknown in advance. */
export function prepareStage(stage: Stage, random: Random): StageSetup {
  if (stage.kind === 'quiz') return { kind: 'quiz', order: answerOrder(random) };
  if (stage.kind === 'brake') return { kind: 'brake', layout: brakeLayout(stage, random.next()) };
  return { kind: 'drive' };
}

/**
 * How a seat answers a stage. Drive: pedals from what it holds (up or A speeds up, down or B
 * brakes), a step left or right picks the exit; the answer locks when the car passes the finish.
 * Brake: only a fresh press of the brake after the obstacle appears counts; it locks once the car
 * is at rest or has hit the obstacle. Quiz: the first offered button is the answer, locked.
 * A seat "touched" its car once it pressed a pedal or picked an exit: a car nobody drove gave no answer.
 */
export const stageAnswer: AnswerRules<Stage, StageAnswer, StageSetup> = {
  start(stage, _seat, _index, setup) {
    if (stage.kind === 'drive') return { kind: 'drive', drive: new SeatDrive(stage), touched: false };
    if (stage.kind === 'brake' && setup.kind === 'brake') return { kind: 'brake', brake: new SeatBrake(stage, setup.layout), touched: false };
    return { kind: 'quiz', choice: null };
  },

  input(answer, action, _stage, { setup, locked, emit }) {
    if (locked) return;
    if (answer.kind === 'drive' && action.type === 'step' && action.x !== 0 && answer.drive.signal(action.x)) {
      answer.touched = true;
      emit({ type: 'signal', way: answer.drive.way });
      return;
    }
    if (answer.kind === 'quiz' && answer.choice === null && action.type === 'choice' && setup.kind === 'quiz') {
      const choice = setup.order[action.choice];
      if (choice === undefined) return;
      return { answer: { kind: 'quiz', choice }, lock: true };
    }
  },

  tick(answer, held, _stage, { elapsedMs, emit }) {
    const pedals = pedalsFrom(held);
    if (answer.kind === 'drive') {
      if (pedals.throttle > 0 || pedals.brake > 0) answer.touched = true;
      for (const infringement of answer.drive.advance(elapsedMs, pedals)) {
        emit({ type: 'infringement', kind: infringement.kind, sign: { ...infringement.sign }, atM: Math.round(infringement.atM * 10) / 10 });
      }
      if (!answer.drive.finished) return;
      emit({ type: 'finished', clean: answer.drive.infringements.length === 0 });
      return { lock: true };
    }
    if (answer.kind === 'brake') {
      const pressed = pedals.brake >= 0.5;
      if (pressed) answer.touched = true;
      answer.brake.advance(elapsedMs, pressed);
      if (!answer.brake.done) return;
      emit({ type: 'brake-done', collided: answer.brake.result().collided });
      return { lock: true };
    }
  },
};
