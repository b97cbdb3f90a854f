import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import { BUTTON, frames, pads, tapKey } from './support/fake-pads';
import { openScreen, selectPack, snapshot, waitForScreen } from './support/screen';

/**
 * Every shell screen at 1920×1080, in French and English, compared with reference shots (a small
 * tolerance for font rasterisation). A person looks at them whenever a screen changes:
 * `npx playwright test screens --update-snapshots`, then open tests/e2e/__screenshots__/.
 */
async function shot(page: Page, name: string): Promise<void> {
  await frames(page, 4);
  const mask = /^(attract|lobby)/.test(name) ? [await roomPanelMask(page)] : [];
  await expect(page).toHaveScreenshot(`${name}.png`, { fullPage: false, mask });
}

/**
 * The room's code and its QR (right of the attract and lobby screens) change every run, so the
 * comparison covers them; phones.spec's shots show them, and a person looks at those.
 */
const ROOM_PANEL = { left: 1440, top: 100, width: 440, height: 720 };
async function roomPanelMask(page: Page) {
  await page.evaluate((r) => {
    const cover = document.getElementById('room-panel-mask') ?? document.body.appendChild(document.createElement('div'));
    cover.id = 'room-panel-mask';
    Object.assign(cover.style, { position: 'fixed', left: `${r.left}px`, top: `${r.top}px`, width: `${r.width}px`, height: `${r.height}px`, pointerEvents: 'none' });
  }, ROOM_PANEL);
  return page.locator('#room-panel-mask');
}

for (const lang of ['fr', 'en'] as const) {
  test.describe(`screens in ${lang}`, () => {
    test('attract, lobby, catalogue', async ({ page }) => {
      await openScreen(page, `lang=${lang}&reducedMotion=1`);
      await waitForScreen(page, 'attract');
      await shot(page, `attract-${lang}`);
      await pads.connect(page, 0);
      await pads.tap(page, 0, BUTTON.A);
      await waitForScreen(page, 'lobby');
      await pads.connect(page, 1);
      await pads.tap(page, 1, BUTTON.A);
      await tapKey(page, 'Enter');
      await pads.tap(page, 1, BUTTON.A);
      await shot(page, `lobby-${lang}`);
      await pads.tap(page, 0, BUTTON.A);
      await tapKey(page, 'Enter');
      await waitForScreen(page, 'catalogue');
      await selectPack(page, 'sante-sport', () => pads.tap(page, 0, BUTTON.RIGHT));
      await shot(page, `catalogue-${lang}`);
    });

    test('pause menu, unplugged pad, results', async ({ page }) => {
      await openScreen(page, `lang=${lang}&reducedMotion=1&pack=idle-timeout&seats=pad-0,kb-left&seed=1`);
      await pads.connect(page, 0);
      await expect.poll(async () => (await snapshot(page)).round?.phase).toBe('running');
      await tapKey(page, 'Escape');
      await expect.poll(async () => (await snapshot(page)).round?.pauseReasons).toEqual(['menu']);
      await shot(page, `pause-${lang}`);
      await tapKey(page, 'Escape');
      await pads.disconnect(page, 0);
      await expect.poll(async () => (await snapshot(page)).round?.pauseReasons).toEqual(['pad-lost:pad-0']);
      await shot(page, `pad-lost-${lang}`);
      await pads.connect(page, 0);
      await waitForScreen(page, 'results', 20_000);
      // The status line says "saved" once the server has the record: wait for it, so the shot is stable.
      await expect.poll(async () => (await snapshot(page)).lastResults?.saved).toBe('saved');
      await shot(page, `results-${lang}`);
    });

    test('the lobby after a mini-game failed', async ({ page, expectErrors }) => {
      expectErrors(/on purpose/);
      await openScreen(page, `lang=${lang}&reducedMotion=1&pack=broken-throw&seats=kb-left`);
      await waitForScreen(page, 'lobby', 15_000);
      await shot(page, `lobby-error-${lang}`);
    });
  });
}

for (const viewport of [{ width: 1280, height: 720 }, { width: 3840, height: 2160 }]) {
  test(`the screen fills ${viewport.width}×${viewport.height} without cropping`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await openScreen(page);
    const box = await page.locator('canvas').boundingBox();
    expect(box).not.toBeNull();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.width).toBeCloseTo(viewport.width, -1);
    expect(box!.height).toBeCloseTo(viewport.height, -1);
  });
}
