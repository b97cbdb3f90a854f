import type { Bot, SeatAction, SeatId } from '../../../src/sdk';
import type { RoadRulesState } from './round';
import { DRIVER_EVERY_MS, findCleanDrive, PolicyDriver, stepsToward } from './solver';

// The best play, for the conformance kit: the right button, a fresh brake the moment the obstacle
// shows, and in a drive the content checker's careful driver, which decides every DRIVER_EVERY_MS
// (the kit's bot cadence) exactly as the checker proved it clean. Between stages it lets go of
// everything, so every stage starts with idle pedals, as the checker assumes.

interface SeatMemory {
  /** The stage the driver was made for. */
  index: number;
  driver: PolicyDriver | undefined;
  /** The stick's y last sent (the bot sends a hold only when it changes). */
  y: number | undefined;
}

const memories = new WeakMap<object, Map<SeatId, SeatMemory>>();

function memoryOf(state: RoadRulesState, seat: SeatId): SeatMemory {
  const seats = memories.get(state) ?? new Map<SeatId, SeatMemory>();
  memories.set(state, seats);
  const memory = seats.get(seat) ?? { index: -1, driver: undefined, y: undefined };
  seats.set(seat, memory);
  return memory;
}

/** Holds the stick at `y` (up, negative, speeds up; down brakes), once per change. */
function hold(memory: SeatMemory, y: number): SeatAction[] {
  if (memory.y === y) return [];
  memory.y = y;
  return [{ type: 'hold', move: { x: 0, y }, confirm: false, back: false, choices: [false, false, false, false] }];
}

/** Plays road-rules perfectly; assumes it is asked every DRIVER_EVERY_MS of round time, as the kit does. */
export const roadRulesBestBot: Bot<RoadRulesState> = ({ seat, state, now }) => {
  const memory = memoryOf(state, seat);
  const draft = state.drafts[seat];
  const stage = state.items[state.index];
  if (state.phase !== 'open' || !draft || draft.locked || !stage) return hold(memory, 0);
  const answer = draft.answer;
  const elapsedMs = now - state.openedAtMs;
  if (answer.kind === 'quiz') {
    if (stage.kind !== 'quiz' || state.setup.kind !== 'quiz') return [];
    return [{ type: 'choice', choice: state.setup.order.indexOf(stage.answer) as 0 | 1 | 2 | 3 }];
  }
  if (answer.kind === 'brake') return hold(memory, answer.brake.judge.appeared ? 1 : 0);
  if (stage.kind !== 'drive') return [];
  if (memory.index !== state.index) {
    // The driver's first look comes `elapsedMs % DRIVER_EVERY_MS` into the stage: take the policy proved clean from that moment.
    const clean = findCleanDrive(stage, elapsedMs % DRIVER_EVERY_MS);
    memory.index = state.index;
    memory.driver = clean ? new PolicyDriver(stage, clean.policy) : undefined;
  }
  const driver = memory.driver;
  if (!driver) return hold(memory, -0.3);
  const steps: SeatAction[] = stepsToward(stage, answer.drive.way, driver.policy.way).map((x) => ({ type: 'step', x, y: 0 }));
  const pedals = driver.decide(answer.drive.car, elapsedMs);
  return [...steps, ...hold(memory, pedals.brake > 0 ? pedals.brake : -pedals.throttle)];
};
