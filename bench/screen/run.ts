import { buildPages, launch, startServer } from './browser';
import { frameCost } from './frame-cost';
import { roundChurn } from './round-churn';

/** The screen's benchmarks, in real Chromium against the real server. */
export async function runScreenBenches(): Promise<void> {
  await buildPages();
  const server = await startServer();
  const browser = await launch();
  try {
    await frameCost(browser);
    await roundChurn(browser);
  } finally {
    await browser.close();
    server.kill();
  }
}
