import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { BUTTON, pads, tapKey } from './fake-pads';
import { snapshot } from './screen';
import { enterCodeWithPad, tapUntil } from './sign-in';
import type { CentreServer } from './server';

const ROOT = resolve(import.meta.dirname, '../../..');

/**
 * Adds an educator account to `centre`'s data folder with `ludocite educator add`, the password on
 * stdin, as a centre's administrator does.
 */
export async function addEducatorAccount(centre: CentreServer, login: string, password: string, role: 'educator' | 'admin' = 'educator'): Promise<void> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'educator', 'add', login, '--role', role], {
    cwd: ROOT,
    env: { ...process.env, DATA_DIR: centre.dataDir },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stdin.end(`${password}\n`);
  const code = await new Promise<number | null>((done) => child.once('exit', done));
  if (code !== 0) throw new Error(`ludocite educator add ${login} exited ${code}:\n${output}`);
}

/**
 * A signed-in seat sees its card's welcome page (its progress) until it confirms; a card that has
 * played nothing may close it by itself. Either way the panel is gone afterwards.
 */
async function closeWelcome(page: Page, confirm: () => Promise<void>): Promise<void> {
  await expect.poll(async () => (await snapshot(page)).signIn?.step ?? 'closed', { timeout: 15_000 }).toMatch(/^(welcome|closed)$/);
  await tapUntil(page, confirm, (s) => s.signIn === null);
}

/** Signs the right-hand keyboard seat in with a card code typed on the keyboard. */
export async function signInKeyboardRight(page: Page, code: string): Promise<void> {
  await tapUntil(page, () => tapKey(page, 'Digit9'), (s) => s.signIn?.seat === 'kb-right');
  await tapUntil(page, () => tapKey(page, 'Enter'), (s) => s.signIn?.step === 'code');
  await page.keyboard.type(code.toLowerCase());
  await expect.poll(async () => (await snapshot(page)).signIn?.typed).toBe(code.length);
  await tapKey(page, 'Enter');
  await expect.poll(async () => (await snapshot(page)).seats.find((s) => s.id === 'kb-right')?.playerCard).not.toBeNull();
  await closeWelcome(page, () => tapKey(page, 'Enter'));
}

/** Signs a pad's seat in with a card code entered on the on-screen grid (d-pad and A). */
export async function signInPad(page: Page, pad: number, code: string): Promise<void> {
  await tapUntil(page, () => pads.tap(page, pad, BUTTON.X), (s) => s.signIn?.step === 'menu');
  await tapUntil(page, () => pads.tap(page, pad, BUTTON.A), (s) => s.signIn?.step === 'code');
  await enterCodeWithPad(page, pad, code);
  await pads.tap(page, pad, BUTTON.A);
  await expect.poll(async () => (await snapshot(page)).seats.find((s) => s.id === `pad-${pad}`)?.playerCard).not.toBeNull();
  await closeWelcome(page, () => pads.tap(page, pad, BUTTON.A));
}
