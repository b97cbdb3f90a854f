import { expect, type Page } from '@playwright/test';
import type { ScreenSnapshot } from '../../../src/screen/automation/snapshot';
import { installFakePads } from './fake-pads';

/** Opens the screen with fake pads installed and antialiasing off (software WebGL). */
export async function openScreen(page: Page, query = ''): Promise<void> {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await installFakePads(page);
  const params = new URLSearchParams(query);
  if (!params.has('antialias')) params.set('antialias', '0');
  await page.goto(`/screen/?${params}`);
  await expect.poll(() => snapshot(page).then((s) => s.screen), { timeout: 30_000 }).not.toBe('boot');
}

export function snapshot(page: Page): Promise<ScreenSnapshot> {
  return page.evaluate(() => (window as unknown as { ludocite: { snapshot(): ScreenSnapshot } }).ludocite.snapshot());
}

/** Waits until the screen shows `screen`. */
export async function waitForScreen(page: Page, screen: ScreenSnapshot['screen'], timeout = 30_000): Promise<void> {
  await expect.poll(() => snapshot(page).then((s) => s.screen), { timeout }).toBe(screen);
}

/**
 * Moves the catalogue's selection to `pack` with `move` (one step to the right), waiting for each
 * step to land: a busy machine may take a tap some frames late, and taps counted blind then start
 * another pack.
 */
export async function selectPack(page: Page, pack: string, move: () => Promise<void>): Promise<void> {
  const { catalogue } = await snapshot(page);
  const stops = catalogue.packs.length + catalogue.unavailable.length + 1;
  for (let i = 0; i < 2 * stops && (await snapshot(page)).catalogue.selection !== pack; i++) {
    const before = (await snapshot(page)).catalogue.selection;
    await move();
    await expect.poll(async () => (await snapshot(page)).catalogue.selection, { timeout: 5_000 }).not.toBe(before).catch(() => undefined);
  }
  expect((await snapshot(page)).catalogue.selection, `the catalogue's selection reached ${pack}`).toBe(pack);
}
