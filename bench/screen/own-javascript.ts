import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Plugin } from 'vite';

/**
 * The screen's own JavaScript, gzipped, without Phaser: the production build (no fixture games)
 * is made into a scratch folder and every JS chunk it writes is weighed. A chunk is Phaser's when
 * all its modules come from the phaser package; a chunk that mixes Phaser with other code cannot
 * be weighed apart, and is reported as such. Goal: ≤ 150 kB for what the screen loads to start
 * (its entry and what that imports); the mini-games' lazy chunks are printed beside it.
 */
const GOAL_BYTES = 150 * 1000;
/** The screen's entry in vite.config.ts; the build may hold other pages (the dashboard). */
const SCREEN_ENTRY = 'screen';
const isPhaser = (id: string) => /[\\/]node_modules[\\/]phaser[\\/]/.test(id);

interface Chunk {
  file: string;
  gzip: number;
  /** Loaded when the screen starts: its entry or a chunk that imports statically. */
  atStart: boolean;
  /** Loaded later by the screen (the mini-games' scenes); neither: another page's. */
  lazy: boolean;
  phaser: 'all' | 'none' | 'some';
}

/** Weighs each JS chunk as the bundle is written: size after gzip, and how much of it is Phaser. */
function weigh(into: Chunk[]): Plugin {
  return {
    name: 'bench-weigh-chunks',
    generateBundle(_options, bundle) {
      const chunks = new Map(Object.values(bundle).flatMap((c) => (c.type === 'chunk' ? [[c.fileName, c] as const] : [])));
      // What the screen's entry imports, statically (at start) and then dynamically (later).
      const reach = (from: string[], follow: 'imports' | 'dynamicImports', into: Set<string>) => {
        const stack = [...from];
        while (stack.length) {
          const file = stack.pop()!;
          if (into.has(file)) continue;
          into.add(file);
          stack.push(...(chunks.get(file)?.imports ?? []));
          if (follow === 'dynamicImports') stack.push(...(chunks.get(file)?.dynamicImports ?? []));
        }
      };
      const entry = [...chunks.values()].find((c) => c.isEntry && c.name === SCREEN_ENTRY);
      if (!entry) throw new Error(`the build has no entry named "${SCREEN_ENTRY}" (see build.rolldownOptions.input in vite.config.ts)`);
      const atStart = new Set<string>();
      const everything = new Set<string>();
      reach([entry.fileName], 'imports', atStart);
      reach([entry.fileName], 'dynamicImports', everything);
      for (const chunk of chunks.values()) {
        const phaserModules = chunk.moduleIds.filter(isPhaser).length;
        const phaser = phaserModules === 0 ? 'none' : phaserModules === chunk.moduleIds.length ? 'all' : 'some';
        const start = atStart.has(chunk.fileName);
        into.push({ file: chunk.fileName, gzip: gzipSync(chunk.code).length, atStart: start, lazy: !start && everything.has(chunk.fileName), phaser });
      }
    },
  };
}

export async function ownJavaScript(): Promise<{ startBytes: number; met: boolean }> {
  const chunks: Chunk[] = [];
  const outDir = mkdtempSync(join(tmpdir(), 'ludocite-bench-build-'));
  const fixtures = process.env.LUDOCITE_FIXTURES;
  delete process.env.LUDOCITE_FIXTURES; // the centre's build, not the test one
  try {
    await build({ logLevel: 'warn', build: { outDir, emptyOutDir: true, reportCompressedSize: false }, plugins: [weigh(chunks)] });
  } finally {
    if (fixtures !== undefined) process.env.LUDOCITE_FIXTURES = fixtures;
    rmSync(outDir, { recursive: true, force: true });
  }
  const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
  const sum = (list: Chunk[]) => list.reduce((total, c) => total + c.gzip, 0);
  const mixed = chunks.filter((c) => (c.atStart || c.lazy) && c.phaser === 'some');
  const phaser = sum(chunks.filter((c) => (c.atStart || c.lazy) && c.phaser === 'all'));
  const start = chunks.filter((c) => c.atStart && c.phaser === 'none');
  const lazy = chunks.filter((c) => c.lazy && c.phaser === 'none');
  console.log(`the screen's JavaScript, production build, gzip (zlib default level):`);
  if (mixed.length) {
    console.log(`  not measured: Phaser shares ${mixed.map((c) => `${c.file} (${kB(c.gzip)})`).join(', ')} with other code, so the screen's own part cannot be weighed apart`);
    return { startBytes: NaN, met: false };
  }
  const startBytes = sum(start);
  const met = startBytes <= GOAL_BYTES;
  console.log(`  own code loaded at start: ${kB(startBytes)} in ${start.length} chunk(s) — goal ≤ ${kB(GOAL_BYTES)}: ${met ? 'met' : 'NOT met'}`);
  console.log(`  mini-games' lazy chunks: ${kB(sum(lazy))} in ${lazy.length} (all own code: ${kB(startBytes + sum(lazy))}); Phaser apart: ${kB(phaser)}`);
  return { startBytes, met };
}
