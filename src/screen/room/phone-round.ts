import type { ControllerLayout } from '../../sdk/mini-game';
import type { PhoneLayout } from '../../shared/room/room-fields';
import type { RoundRunner } from '../round/round-runner';
import type { PhoneRound } from './phone-seats';

/**
 * The phone layout of a mini-game's `controllerLayout`: four answer buttons for a four-choice
 * game, a d-pad with A and B for anything else (phones have no pointer layout yet).
 */
export function phoneLayoutOf(layout: ControllerLayout): PhoneLayout {
  return layout === 'choice4' ? 'choices4' : 'dpad';
}

/** A round being played, as its phone seats see it; a `seatView` that throws is the mini-game's failure. */
export function phoneRound(runner: RoundRunner): PhoneRound {
  const seatIds = runner.seats.filter((s) => s.input === 'phone').map((s) => s.id);
  const layout = phoneLayoutOf(runner.controllerLayout);
  return {
    get playing() {
      return runner.isPlaying;
    },
    seatIds,
    layout,
    seatView(seat) {
      // Until the mini-game's first frame the round takes no press: a phone must not show buttons yet.
      if (runner.lifecycle.phase === 'starting') return null;
      try {
        return runner.engine?.seatView(seat) ?? null;
      } catch (error) {
        runner.fail(error);
        return null;
      }
    },
  };
}
