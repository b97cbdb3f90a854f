import type { Browser, Page } from '@playwright/test';
import { BASE, countFrames, framesSoFar, median, metrics } from './browser';

/**
 * (a) What the shell and SDK cost around a heavy scene: main-thread time per frame (Chrome's
 * TaskDuration over a window, divided by the frames drawn) for the heavy world played as a round
 * of the screen, against the same world in a bare Phaser game. Both in one run, alternated, so
 * the machine's noise falls on both alike; the best window of each is compared. Goal: ratio ≤ 1.05.
 */
const WINDOW_MS = 5000;
const REPEATS = 5;
const GOAL = 1.05;

async function costPerFrame(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.waitForTimeout(1500); // warm-up: shaders, JIT
  await countFrames(page);
  const before = await metrics(cdp);
  await page.waitForTimeout(WINDOW_MS);
  const after = await metrics(cdp);
  const frames = await framesSoFar(page);
  await cdp.detach();
  return ((after.TaskDuration! - before.TaskDuration!) * 1000) / frames;
}

async function open(browser: Browser, url: string, ready: (page: Page) => Promise<unknown>): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  await page.goto(url);
  await ready(page);
  return page;
}

export async function frameCost(browser: Browser): Promise<{ shellMs: number; bareMs: number; ratio: number; met: boolean }> {
  const shell: number[] = [];
  const bare: number[] = [];
  for (let i = 0; i < REPEATS; i++) {
    const screen = await open(browser, `${BASE}/screen/?pack=bench-heavy&seats=kb-left&seed=1&antialias=0&reducedMotion=1`, (page) =>
      page.waitForFunction(() => (window as unknown as { ludocite: { snapshot(): { round: { phase: string } | null } } }).ludocite.snapshot().round?.phase === 'running', null, { timeout: 60_000 }),
    );
    shell.push(await costPerFrame(screen));
    await screen.close();
    const plain = await open(browser, `${BASE}/bench-bare/?shapes=3000`, (page) => page.waitForSelector('canvas'));
    bare.push(await costPerFrame(plain));
    await plain.close();
  }
  // Noise on a shared machine only ever adds time, so the best window of each is the fairest
  // comparison of what each page itself costs; the medians are printed beside it.
  const shellMs = Math.min(...shell);
  const bareMs = Math.min(...bare);
  const ratio = shellMs / bareMs;
  const medianRatio = median(shell) / median(bare);
  console.log(`frame cost, heavy scene (3000 moving shapes, 1920×1080, software WebGL), best of ${REPEATS} windows of ${WINDOW_MS / 1000} s, alternated:`);
  console.log(`  screen shell + SDK: ${shellMs.toFixed(2)} ms/frame   (runs: ${shell.map((v) => v.toFixed(2)).join(', ')})`);
  console.log(`  bare Phaser:        ${bareMs.toFixed(2)} ms/frame   (runs: ${bare.map((v) => v.toFixed(2)).join(', ')})`);
  console.log(`  ratio ${ratio.toFixed(3)} (of medians ${medianRatio.toFixed(3)}) — goal ≤ ${GOAL}: ${ratio <= GOAL ? 'met' : 'NOT met'}`);
  return { shellMs, bareMs, ratio, met: ratio <= GOAL };
}
