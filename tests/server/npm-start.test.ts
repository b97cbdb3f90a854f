import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runServer, serverFolder } from './support/server-process';

/** The processes a process started (Linux: /proc/<pid>/task/<tid>/children). */
function childrenOf(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('npm start', () => {
  it('builds, runs the server as its own child, and passes SIGTERM on: the server stops cleanly, nothing is left', async () => {
    const place = serverFolder();
    const npm = await runServer('npm', ['start', '--silent'], { ...place, env: { APPS_DIR: 'dist/apps', LOG_LEVEL: 'info' } });
    // `exec` in the script: npm's child is the server itself, not a shell waiting on it.
    const [server, ...others] = childrenOf(npm.child.pid!);
    expect(others).toEqual([]);
    expect(readFileSync(`/proc/${server}/cmdline`, 'utf8').split('\0')).toContain('dist/server/main.js');
    npm.child.kill('SIGTERM');
    const exit = await npm.exited;
    expect(exit).toEqual({ code: 0, signal: null });
    await new Promise((done) => setTimeout(done, 200));
    expect(alive(server!)).toBe(false);
    expect(npm.output()).toContain('stopped: every request answered');
    await expect(fetch(`${npm.url}/api/health`)).rejects.toThrow();
    place.remove();
  }, 240_000);
});
