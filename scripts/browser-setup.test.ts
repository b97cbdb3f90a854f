import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const SCRIPT = resolve(import.meta.dirname, 'browser-setup.sh');

/**
 * A PATH of stand-ins, so the script's decisions are seen without touching the machine: `apt-get`
 * logs its calls and "installs" the font by creating a marker `dpkg-query` reads; `id` says who
 * we are. Only grep is real.
 */
let bin: string;
beforeEach(() => {
  bin = mkdtempSync(join(tmpdir(), 'ludocite-browser-setup-'));
  symlinkSync('/usr/bin/grep', join(bin, 'grep'));
  const stub = (name: string, body: string) => {
    writeFileSync(join(bin, name), `#!/bin/bash\n${body}\n`);
    chmodSync(join(bin, name), 0o755);
  };
  stub('dpkg-query', `[ -e "${bin}/font-installed" ] && printf 'install ok installed' || exit 1`);
  stub('apt-get', `echo "apt-get $*" >> "${bin}/apt.log"; [ "$1" != update ] && touch "${bin}/font-installed"; exit 0`);
  stub('id', 'echo "${FAKE_UID:-0}"');
});
afterEach(() => rmSync(bin, { recursive: true, force: true }));

function run(env: Record<string, string> = {}, options: { withApt?: boolean } = {}) {
  if (options.withApt === false) rmSync(join(bin, 'apt-get'));
  const result = spawnSync('/bin/bash', [SCRIPT], { env: { PATH: bin, CHROMIUM_PATH: '/bin/bash', ...env }, encoding: 'utf8' });
  const aptLog = existsSync(join(bin, 'apt.log')) ? readFileSync(join(bin, 'apt.log'), 'utf8').trim().split('\n') : [];
  return { code: result.status, stderr: result.stderr, stdout: result.stdout, apt: aptLog };
}

describe('scripts/browser-setup.sh (before the browser tests)', () => {
  it('does nothing when Chromium and the emoji font are there', () => {
    writeFileSync(join(bin, 'font-installed'), '');
    expect(run()).toMatchObject({ code: 0, apt: [] });
  });

  it('as root with apt, updates the lists and installs what is missing', () => {
    const result = run();
    expect(result.code).toBe(0);
    expect(result.apt).toEqual(['apt-get update -qq', 'apt-get install -y -qq fonts-noto-color-emoji']);
    expect(result.stdout).toContain('fonts-noto-color-emoji installed');
  });

  it('not root: stops at once with the exact command, installing nothing', () => {
    const result = run({ FAKE_UID: '1000' });
    expect(result.code).toBe(1);
    expect(result.apt).toEqual([]);
    expect(result.stderr).toContain("sudo sh -c 'apt-get update && apt-get install -y fonts-noto-color-emoji'");
  });

  it('without apt: stops at once and says what to install', () => {
    const result = run({}, { withApt: false });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('apt-get update && apt-get install -y fonts-noto-color-emoji');
    expect(result.stderr).toContain('CHROMIUM_PATH');
  });

  it('names a CHROMIUM_PATH that is not a program rather than installing Debian\'s', () => {
    writeFileSync(join(bin, 'font-installed'), '');
    const result = run({ CHROMIUM_PATH: '/nowhere/chromium' });
    expect(result.code).toBe(1);
    expect(result.apt).toEqual([]);
    expect(result.stderr).toContain('CHROMIUM_PATH=/nowhere/chromium is not an executable file');
  });
});
