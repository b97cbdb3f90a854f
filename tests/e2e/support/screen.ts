import { expect, type Page } from '@playwright/test';
import type { ScreenSnapshot } from '../../../src/screen/automation/snapshot';
import { installFakePads } from './fake-pads';

/**
 * What every test screen is opened with unless its query says otherwise: antialiasing off, and
 * E2E_FPS frames a second at most when set. Software WebGL draws about 17 frames a second of the
 * screen at 1920×1080 on two cores and takes both; at 10 it takes 0.8 of one, but each tap then
 * waits longer for its game steps, so alone on a machine a test is quickest without a limit.
 */
export function testScreenQuery(query: string): string {
  const params = new URLSearchParams(query);
  if (!params.has('antialias')) params.set('antialias', '0');
  if (!params.has('fps') && process.env.E2E_FPS) params.set('fps', process.env.E2E_FPS);
  return params.toString();
}

/** Opens the screen with fake pads installed, drawing as testScreenQuery says. */
export async function openScreen(page: Page, query = ''): Promise<void> {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await installFakePads(page);
  await page.goto(`/screen/?${testScreenQuery(query)}`);
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
