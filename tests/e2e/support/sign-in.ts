import { expect, type Page } from '@playwright/test';
import { CARD_CODE_ALPHABET } from '../../../src/shared/player-card/card-code';
import { CODE_GRID_COLUMNS } from '../../../src/screen/player-card/code-entry';
import { BUTTON, pads } from './fake-pads';
import { snapshot } from './screen';

type Snapshot = Awaited<ReturnType<typeof snapshot>>;

/**
 * Taps until the screen shows what the tap leads to. On a loaded machine a frame can outlast the
 * input hub's repeat delay, so one tap of a direction may count twice, or a tap be lost: the tests
 * check, as a player watching the screen does.
 */
export async function tapUntil(page: Page, tap: () => Promise<void>, reached: (s: Snapshot) => boolean): Promise<void> {
  for (let i = 0; i < 5 && !reached(await snapshot(page)); i++) {
    await tap();
    await expect.poll(async () => reached(await snapshot(page)), { timeout: 2000 }).toBe(true).catch(() => undefined);
  }
  expect(reached(await snapshot(page)), 'the screen reached the expected state').toBe(true);
}

/** Enters a card code on the sign-in panel's grid with pad `pad`'s d-pad and A, watching the cursor. */
export async function enterCodeWithPad(page: Page, pad: number, code: string): Promise<void> {
  for (const character of code) {
    const target = CARD_CODE_ALPHABET.indexOf(character);
    for (let moves = 0; (await snapshot(page)).signIn!.cursor !== target; moves++) {
      expect(moves, `moving to ${character}`).toBeLessThan(20);
      const at = (await snapshot(page)).signIn!.cursor;
      const rows = Math.floor(target / CODE_GRID_COLUMNS) - Math.floor(at / CODE_GRID_COLUMNS);
      const columns = (target % CODE_GRID_COLUMNS) - (at % CODE_GRID_COLUMNS);
      await pads.tap(page, pad, rows > 0 ? BUTTON.DOWN : rows < 0 ? BUTTON.UP : columns > 0 ? BUTTON.RIGHT : BUTTON.LEFT);
    }
    const typed = (await snapshot(page)).signIn!.typed;
    await tapUntil(page, () => pads.tap(page, pad, BUTTON.A), (s) => s.signIn!.typed === typed + 1);
  }
}
