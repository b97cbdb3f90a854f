import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'vite';

/**
 * Builds the dashboard alone into `<appsDir>/dashboard/` and `<appsDir>/assets/`, as the centre's
 * build makes it (same entry, same Vite), from the working tree or, for a before/after figure, from
 * the sources of an earlier commit (served under `base`). Only the dashboard: the bench loads nothing else, and a
 * half-made app elsewhere in the tree cannot stop it.
 */
export async function buildDashboard(appsDir: string, options: { commit?: string; base?: string } = {}): Promise<void> {
  const { commit } = options;
  let root = resolve('src');
  if (commit) {
    // Under node_modules so the old sources resolve the same packages (chart.js, the fonts).
    const tree = resolve('node_modules/.cache/ludocite-bench', commit);
    rmSync(tree, { recursive: true, force: true });
    mkdirSync(tree, { recursive: true });
    const archive = execFileSync('git', ['archive', commit, 'src'], { maxBuffer: 256 * 1024 * 1024 });
    execFileSync('tar', ['-x', '-C', tree], { input: archive });
    root = join(tree, 'src');
  }
  await build({
    configFile: false,
    root,
    base: options.base ?? '/',
    logLevel: 'warn',
    build: { outDir: appsDir, emptyOutDir: true, rolldownOptions: { input: { dashboard: join(root, 'dashboard/index.html') } } },
  });
}
