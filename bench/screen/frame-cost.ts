import type { Browser, Page } from '@playwright/test';
import { BASE, countFrames, framesSoFar, median, metrics } from './browser';

/**
 * (a) What the shell and SDK cost around a heavy scene: the main thread's CPU time per frame
 * (Chrome's ThreadTime over a window, divided by the frames drawn) for the heavy world played as
 * a round of the screen, against the same world in a bare Phaser page. Both draw the same thing
 * each frame (one draw call of 3000 quads, same canvas, same Phaser config, same time base).
 *
 * CPU time, not TaskDuration: TaskDuration is the wall time of the main thread's tasks, which
 * also counts time the thread was waiting for the GPU process (software WebGL here) or for a
 * core held by other work on a shared machine, so a page that happened to draw fewer frames
 * per second looked costlier per frame. It is printed beside, as the figure used before.
 * Pages alternate, in turn first, each measured from its world's first frame plus a warm-up, with
 * a pause after each close so the next page is not measured while the last one is torn down.
 * Goal: ratio ≤ 1.05 on the best window of each (noise only adds).
 */
const WINDOW_MS = 5000;
const REPEATS = 5;
const GOAL = 1.05;
const SETTLE_MS = 2000;

interface Window {
  /** Main-thread CPU time per frame, ms. */
  cpu: number;
  /** Main-thread task wall time per frame, ms (the figure before ThreadTime). */
  task: number;
  fps: number;
}

async function costPerFrame(page: Page): Promise<Window> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.waitForTimeout(1500); // warm-up: shaders, JIT
  await countFrames(page);
  const before = await metrics(cdp);
  await page.waitForTimeout(WINDOW_MS);
  const after = await metrics(cdp);
  const frames = await framesSoFar(page);
  await cdp.detach();
  const perFrame = (name: string) => ((after[name]! - before[name]!) * 1000) / frames;
  return { cpu: perFrame('ThreadTime'), task: perFrame('TaskDuration'), fps: frames / ((after.Timestamp! - before.Timestamp!) || NaN) };
}

async function measure(browser: Browser, url: string, ready: (page: Page) => Promise<unknown>): Promise<Window> {
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  await page.goto(url);
  await ready(page);
  const window = await costPerFrame(page);
  await page.close();
  await new Promise((r) => setTimeout(r, SETTLE_MS));
  return window;
}

// Each page is measured from its world's first drawn frame on.
const screenPage = (browser: Browser) =>
  measure(browser, `${BASE}/screen/?pack=bench-heavy&seats=kb-left&seed=1&antialias=0&reducedMotion=1`, (page) =>
    page.waitForFunction(() => (window as unknown as { ludocite: { snapshot(): { round: { firstFrameMs: number | null } | null } } }).ludocite.snapshot().round?.firstFrameMs != null, null, { timeout: 60_000 }),
  );
const barePage = (browser: Browser) =>
  measure(browser, `${BASE}/bench-bare/?shapes=3000`, (page) =>
    page.waitForFunction(() => (window as unknown as { benchFirstFrame?: boolean }).benchFirstFrame === true, null, { timeout: 60_000 }),
  );

export async function frameCost(browser: Browser): Promise<{ shellMs: number; bareMs: number; ratio: number; met: boolean }> {
  const shell: Window[] = [];
  const bare: Window[] = [];
  for (let i = 0; i < REPEATS; i++) {
    if (i % 2 === 0) {
      shell.push(await screenPage(browser));
      bare.push(await barePage(browser));
    } else {
      bare.push(await barePage(browser));
      shell.push(await screenPage(browser));
    }
  }
  const best = (list: Window[], key: keyof Window) => Math.min(...list.map((w) => w[key]));
  const mid = (list: Window[], key: keyof Window) => median(list.map((w) => w[key]));
  const runs = (list: Window[], key: keyof Window) => list.map((w) => w[key].toFixed(2)).join(', ');
  const shellMs = best(shell, 'cpu');
  const bareMs = best(bare, 'cpu');
  const ratio = shellMs / bareMs;
  console.log(`frame cost, heavy scene (3000 moving shapes, 1920×1080, software WebGL), ${REPEATS} windows of ${WINDOW_MS / 1000} s each, alternated:`);
  console.log(`  main-thread CPU per frame, screen shell + SDK: best ${shellMs.toFixed(2)} ms (runs: ${runs(shell, 'cpu')})`);
  console.log(`  main-thread CPU per frame, bare Phaser:        best ${bareMs.toFixed(2)} ms (runs: ${runs(bare, 'cpu')})`);
  console.log(`  frames per second: screen ${runs(shell, 'fps')}; bare ${runs(bare, 'fps')}`);
  console.log(`  task wall time per frame (the figure used before): screen median ${mid(shell, 'task').toFixed(2)} ms, bare ${mid(bare, 'task').toFixed(2)} ms, ratio of medians ${(mid(shell, 'task') / mid(bare, 'task')).toFixed(3)}`);
  console.log(`  CPU ratio ${ratio.toFixed(3)} (of medians ${(mid(shell, 'cpu') / mid(bare, 'cpu')).toFixed(3)}) — goal ≤ ${GOAL}: ${ratio <= GOAL ? 'met' : 'NOT met'}`);
  return { shellMs, bareMs, ratio, met: ratio <= GOAL };
}
