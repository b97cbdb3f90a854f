import Phaser from 'phaser';
import type { Shell } from '../shell';
import { padState } from './pad-mapping';
import { CAPTURED_KEYS, KEYBOARD_SEATS, keyboardState, type KeyboardSeat } from './keyboard-mapping';

/**
 * A scene with nothing to draw that runs for the whole life of the screen: every frame it reads
 * the pads (Phaser's gamepad plugin, standard mapping) and the keyboard, and feeds the input hub.
 */
export class InputScene extends Phaser.Scene {
  private readonly held = new Set<string>();
  private readonly captured = new Set(CAPTURED_KEYS);

  constructor(private readonly shell: Shell) {
    super({ key: 'shell:input', active: true });
  }

  create(): void {
    const onKeyDown = (e: KeyboardEvent) => {
      if (this.captured.has(e.code)) e.preventDefault();
      this.held.add(e.code);
      this.shell.audio.unlock();
    };
    const onKeyUp = (e: KeyboardEvent) => this.held.delete(e.code);
    const onBlur = () => this.held.clear();
    window.addEventListener('keydown', onKeyDown);
    window.addEventListener('keyup', onKeyUp);
    window.addEventListener('blur', onBlur);
    this.events.once(Phaser.Scenes.Events.DESTROY, () => {
      window.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('keyup', onKeyUp);
      window.removeEventListener('blur', onBlur);
    });

    const gamepad = this.input.gamepad;
    if (!gamepad) return;
    for (const pad of gamepad.getAll()) this.connect(pad.index);
    gamepad.on(Phaser.Input.Gamepad.Events.CONNECTED, (pad: Phaser.Input.Gamepad.Gamepad) => this.connect(pad.index));
    gamepad.on(Phaser.Input.Gamepad.Events.DISCONNECTED, (pad: Phaser.Input.Gamepad.Gamepad) => {
      const device = `pad-${pad.index}`;
      if (!this.shell.pads.delete(device)) return;
      this.shell.hub.forget(device);
      this.shell.hub.emit({ type: 'disconnected', device });
    });
  }

  override update(): void {
    const now = performance.now();
    const gamepad = this.input.gamepad;
    if (gamepad) {
      for (const pad of gamepad.gamepads) {
        const device = pad ? `pad-${pad.index}` : '';
        if (!pad || !this.shell.pads.has(device)) continue;
        const pressed = pad.buttons.map((b) => b.pressed);
        const axes = pad.axes.map((a) => a.getValue());
        this.shell.hub.update(device, padState(pressed, axes), now);
      }
    }
    for (const seat of Object.keys(KEYBOARD_SEATS) as KeyboardSeat[]) {
      this.shell.hub.update(seat, keyboardState(seat, this.held), now);
    }
    if (now - this.shell.hub.lastActivity < 100) this.shell.audio.unlock();
  }

  private connect(index: number): void {
    if (index > 3) return;
    const device = `pad-${index}`;
    if (this.shell.pads.has(device)) return;
    this.shell.pads.add(device);
    this.shell.hub.emit({ type: 'connected', device });
  }
}
