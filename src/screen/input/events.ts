import type { ChoiceIndex } from '../../sdk/rules/rules';

/** A device id: `pad-0`…`pad-3`, `kb-left`, `kb-right`. A seat takes its device's id. */
export type DeviceId = string;

/**
 * What the input hub emits, once per press (steps repeat while held, like a keyboard):
 * - `confirm`, `back`, `choice`, `step`: a device's actions, for menus and for the round's seats;
 * - `pause`: Start/Menu on a pad or Escape;
 * - `connected` / `disconnected`: a pad came or went (emitted by the gamepad source).
 * Listeners are removed with the function `on()` returns; scenes do so on shutdown.
 */
export type InputEvent =
  | { type: 'confirm'; device: DeviceId }
  | { type: 'back'; device: DeviceId }
  | { type: 'choice'; device: DeviceId; choice: ChoiceIndex }
  | { type: 'step'; device: DeviceId; x: -1 | 0 | 1; y: -1 | 0 | 1 }
  | { type: 'pause'; device: DeviceId }
  | { type: 'connected'; device: DeviceId }
  | { type: 'disconnected'; device: DeviceId };

export type InputEventType = InputEvent['type'];
