/** The abstract actions of one input device in one frame, whatever the device is. */
export interface DeviceState {
  move: { x: number; y: number };
  confirm: boolean;
  back: boolean;
  choices: [boolean, boolean, boolean, boolean];
  pause: boolean;
  /** Digital directions (d-pad, arrows, WASD); the stick counts once past `STEP_THRESHOLD`. */
  up: boolean;
  down: boolean;
  left: boolean;
  right: boolean;
}

export const STEP_THRESHOLD = 0.6;

export function idleState(): DeviceState {
  return {
    move: { x: 0, y: 0 },
    confirm: false,
    back: false,
    choices: [false, false, false, false],
    pause: false,
    up: false,
    down: false,
    left: false,
    right: false,
  };
}
