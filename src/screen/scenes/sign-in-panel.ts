import Phaser from 'phaser';
import { SignInFlow, type SignInAction } from '../player-card/sign-in-flow';
import { typedKey } from '../player-card/typed-key';
import type { InputEvent } from '../input/events';
import type { LobbySeat } from '../lobby/lobby';
import type { Shell } from '../shell';
import { drawCode, drawFrame, drawHints, drawStep, stepHints } from './sign-in-views';

/**
 * A welcome closes by itself: the player sees it, the lobby comes back. A card's page with
 * progress to read stays until the player closes it (or the lobby's quiet minute).
 */
const WELCOME_MS = 2500;
/** After a key typed on the keyboard, the same press seen again through the input hub is ignored. */
const KEYBOARD_ECHO_MS = 250;

/**
 * The player-card panel of one seat over the lobby: enter a code, make a card, or play as a
 * guest. Only its seat acts on it; a keyboard seat types its code on the keyboard (read by the
 * key's letter, so the two keyboard seats' movement keys do not get in the way).
 */
export class SignInPanel {
  readonly flow: SignInFlow;
  private readonly layer: Phaser.GameObjects.Container;
  private keyboardUntil = 0;
  private destroyed = false;
  /** While the code is asked for: updates the drawn grid in place; null at other steps. */
  private refreshCode: (() => void) | null = null;
  private hintsFor = '';
  private welcomeTimer: Phaser.Time.TimerEvent | null = null;
  private readonly detachKeyboard: () => void;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly shell: Shell,
    private readonly seat: LobbySeat,
    private readonly closed: () => void,
  ) {
    const { lobby } = shell;
    const desk = shell.centre.desk;
    this.flow = new SignInFlow(
      seat.id,
      // The card's page shows the packs this screen can name.
      { ...desk, progress: async (cardId) => (await desk.progress(cardId)).filter((p) => this.pack(p.pack)) },
      {
        avatar: () => seat.avatar,
        seatedElsewhere: (cardId) => (lobby.seatWithCard(cardId)?.id ?? seat.id) !== seat.id,
        signIn: (card) => lobby.signIn(seat.id, card, card.avatar),
        signOut: () => lobby.signIn(seat.id, undefined),
      },
      () => this.changed(),
    );
    this.layer = scene.add.container(0, 0).setDepth(100);
    const onKey = (event: KeyboardEvent) => this.onKey(event);
    window.addEventListener('keydown', onKey);
    this.detachKeyboard = () => window.removeEventListener('keydown', onKey);
    scene.events.once(Phaser.Scenes.Events.SHUTDOWN, () => this.destroy());
    this.draw();
  }

  /** Takes the panel seat's input; every other device waits until the panel closes. */
  onInput(event: InputEvent): void {
    if (!('device' in event) || event.device !== this.seat.id) return;
    if (this.seat.input === 'keyboard' && (this.flow.step.kind === 'code' || performance.now() < this.keyboardUntil)) return;
    if (event.type === 'confirm') this.act('confirm');
    else if (event.type === 'back') this.act('back');
    else if (event.type === 'step') {
      if (event.x) this.act(event.x < 0 ? 'left' : 'right');
      if (event.y) this.act(event.y < 0 ? 'up' : 'down');
    }
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.detachKeyboard();
    this.welcomeTimer?.remove();
    this.layer.destroy();
  }

  private onKey(event: KeyboardEvent): void {
    if (this.seat.input !== 'keyboard' || this.flow.step.kind !== 'code') return;
    const key = typedKey(event);
    if (!key) return;
    this.keyboardUntil = performance.now() + KEYBOARD_ECHO_MS;
    if ('character' in key) {
      this.flow.type(key.character);
      this.shell.audio.play('confirm');
    } else if (key.action === 'erase') this.flow.erase();
    else if (key.action === 'cancel') this.flow.cancel();
    else this.act(key.action);
  }

  private act(action: SignInAction): void {
    this.shell.audio.play(action === 'confirm' ? 'confirm' : action === 'back' ? 'leave' : 'move');
    this.flow.press(action);
  }

  private changed(): void {
    if (!this.flow.isOpen) {
      this.destroy();
      this.closed();
      return;
    }
    if (this.flow.step.kind === 'welcome' && !this.welcomeTimer) this.closeWelcomeLater();
    this.draw();
  }

  private closeWelcomeLater(): void {
    this.welcomeTimer = this.scene.time.delayedCall(WELCOME_MS, () => {
      this.welcomeTimer = null;
      const step = this.flow.step;
      if (step.kind !== 'welcome' || typeof step.progress !== 'string') return;
      if (step.progress === 'waiting') this.closeWelcomeLater();
      else this.flow.close();
    });
  }

  private readonly pack = (id: string) => this.shell.catalogue.entries.find((e) => e.pack.id === id)?.pack;

  private draw(): void {
    const step = this.flow.step;
    const hints = stepHints(this.t, this.flow, this.seat.input);
    const hintsKey = JSON.stringify(hints);
    // Moving and typing over the code grid only changes what is drawn, not what there is.
    if (step.kind === 'code' && this.refreshCode && hintsKey === this.hintsFor) return this.refreshCode();
    this.layer.removeAll(true);
    this.refreshCode = null;
    this.hintsFor = hintsKey;
    const context = {
      scene: this.scene,
      layer: this.layer,
      t: this.t,
      seat: this.seat,
      seatName: this.shell.seatName(this.seat),
      flow: this.flow,
      pack: this.pack,
      language: this.shell.language,
    };
    drawFrame(context);
    if (step.kind === 'code') {
      this.refreshCode = drawCode(context);
      this.refreshCode();
    } else {
      drawStep(context);
    }
    drawHints(context, hints);
  }

  private readonly t = (key: string, vars?: Record<string, string | number>) => this.shell.t(key, vars);
}
