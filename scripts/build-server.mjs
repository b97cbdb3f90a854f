// Bundles the centre server into one JavaScript file that plain `node` runs in production
// (`npm start`): the sources import without extensions, which only a bundler or tsx resolves.
// Packages stay outside the bundle and load from node_modules (better-sqlite3 is native).
import { basename, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * Builds `src/server/main.ts` to `outfile`, and beside it `fit-worker.js`, the nightly mastery
 * fit's worker thread (a worker runs a file of its own). It must sit two folders below the
 * project (`dist/server/main.js`): the server reads its version from `../../package.json`.
 */
export async function buildServer(outfile = `${root}dist/server/main.js`) {
  await build({
    entryPoints: { [basename(outfile, '.js')]: `${root}src/server/main.ts`, 'fit-worker': `${root}src/server/mastery/fit-worker.ts` },
    outdir: dirname(outfile),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: true,
    logLevel: 'warning',
  });
  return outfile;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const outfile = await buildServer(process.argv[2]);
  console.log(`server built: ${outfile}`);
}
