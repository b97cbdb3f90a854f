// Bundles the centre server into one JavaScript file that plain `node` runs in production
// (`npm start`): the sources import without extensions, which only a bundler or tsx resolves.
// Packages stay outside the bundle and load from node_modules (better-sqlite3 is native).
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * Builds `src/server/main.ts` to `outfile`. It must sit two folders below the project
 * (`dist/server/main.js`): the server reads its version from `../../package.json`.
 */
export async function buildServer(outfile = `${root}dist/server/main.js`) {
  await build({
    entryPoints: [`${root}src/server/main.ts`],
    outfile,
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
