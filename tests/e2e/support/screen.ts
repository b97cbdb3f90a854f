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
