import type { Page } from '@playwright/test';

/** Buttons of the standard mapping, as the tests press them. */
export const BUTTON = { A: 0, B: 1, X: 2, Y: 3, VIEW: 8, MENU: 9, UP: 12, DOWN: 13, LEFT: 14, RIGHT: 15 } as const;

declare global {
  interface Window {
    __fakePads: {
      connect(index: number): void;
      disconnect(index: number): void;
      set(index: number, button: number, pressed: boolean): void;
      axes(index: number, values: number[]): void;
    };
  }
}

/**
 * Replaces `navigator.getGamepads` with up to four Xbox-like pads (W3C Gamepad shape, standard
 * mapping, 17 buttons, 4 axes) that the test plugs, presses and unplugs.
 */
export async function installFakePads(page: Page): Promise<void> {
  await page.addInitScript(() => {
    type Pad = { id: string; index: number; connected: boolean; mapping: 'standard'; timestamp: number; buttons: { pressed: boolean; touched: boolean; value: number }[]; axes: number[] };
    const pads: (Pad | null)[] = [null, null, null, null];
    const touch = (pad: Pad) => (pad.timestamp = performance.now());
    const fire = (type: string, pad: Pad) => {
      const event = new Event(type);
      Object.defineProperty(event, 'gamepad', { value: pad });
      window.dispatchEvent(event);
    };
    Object.defineProperty(navigator, 'getGamepads', {
      value: () => pads.map((pad) => pad && { ...pad, timestamp: performance.now(), buttons: pad.buttons.map((b) => ({ ...b })), axes: [...pad.axes] }),
    });
    window.__fakePads = {
      connect(index) {
        const pad: Pad = {
          id: `Xbox Wireless Controller (STANDARD GAMEPAD Vendor: 045e Product: 0b13) #${index}`,
          index,
          connected: true,
          mapping: 'standard',
          timestamp: performance.now(),
          buttons: Array.from({ length: 17 }, () => ({ pressed: false, touched: false, value: 0 })),
          axes: [0, 0, 0, 0],
        };
        pads[index] = pad;
        fire('gamepadconnected', pad);
      },
      disconnect(index) {
        const pad = pads[index];
        if (!pad) return;
        pads[index] = null;
        fire('gamepaddisconnected', { ...pad, connected: false });
      },
      set(index, button, pressed) {
        const pad = pads[index];
        if (!pad) throw new Error(`no fake pad ${index}`);
        pad.buttons[button] = { pressed, touched: pressed, value: pressed ? 1 : 0 };
        touch(pad);
      },
      axes(index, values) {
        const pad = pads[index];
        if (!pad) throw new Error(`no fake pad ${index}`);
        pad.axes = [...values, 0, 0, 0, 0].slice(0, 4);
        touch(pad);
      },
    };
  });
}

/**
 * Waits until the game has run `count` more steps (two: a press made before the call has then
 * been read by at least one whole step), or, on a page that is not the screen, animation frames.
 */
export async function frames(page: Page, count = 2): Promise<void> {
  await page.evaluate(
    (n) => new Promise<void>((resolve) => {
      const steps = (window as unknown as { ludocite?: { steps(): number } }).ludocite?.steps;
      const from = steps?.() ?? 0;
      let seen = 0;
      const next = () => {
        seen++;
        if ((steps ? steps() - from : seen) >= n) resolve();
        else requestAnimationFrame(next);
      };
      requestAnimationFrame(next);
    }),
    count,
  );
}

export const pads = {
  connect: (page: Page, index: number) => page.evaluate((i) => window.__fakePads.connect(i), index).then(() => frames(page)),
  disconnect: (page: Page, index: number) => page.evaluate((i) => window.__fakePads.disconnect(i), index).then(() => frames(page)),
  /** Presses and releases a button, each held for at least one game step. */
  async tap(page: Page, index: number, button: number): Promise<void> {
    await page.evaluate(([i, b]) => window.__fakePads.set(i!, b!, true), [index, button]);
    await frames(page);
    await page.evaluate(([i, b]) => window.__fakePads.set(i!, b!, false), [index, button]);
    await frames(page);
  },
  stick: (page: Page, index: number, x: number, y: number) => page.evaluate(([i, ax, ay]) => window.__fakePads.axes(i!, [ax!, ay!]), [index, x, y]),
};

/** Presses a key (by `KeyboardEvent.code`) long enough for the game to see it. */
export async function tapKey(page: Page, code: string): Promise<void> {
  await page.keyboard.down(code);
  await frames(page);
  await page.keyboard.up(code);
  await frames(page);
}
