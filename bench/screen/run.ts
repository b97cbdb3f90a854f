import { buildPages, launch, startServer } from './browser';
import { coldStart } from './cold-start';
import { frameCost } from './frame-cost';
import { ownJavaScript } from './own-javascript';
import { roundChurn } from './round-churn';

/** The screen's benchmarks: its built weight, then in real Chromium against the real server. */
export async function runScreenBenches(): Promise<void> {
  await ownJavaScript();
  await buildPages();
  const server = await startServer();
  const browser = await launch();
  try {
    await coldStart(browser);
    await frameCost(browser);
    await roundChurn(browser);
  } finally {
    await browser.close();
    server.kill();
  }
}
