import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';

const root = fileURLToPath(new URL('./src', import.meta.url));
const projectRoot = fileURLToPath(new URL('.', import.meta.url));

// Test fixtures (the deliberately broken mini-game) are built in only when asked, so they never
// reach a centre's catalogue.
const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };
const withFixtures = process.env.LUDOCITE_FIXTURES === '1';

export default defineConfig({
  root,
  publicDir: false,
  // A centre's build gets no test fixture: their module is swapped for an empty one.
  resolve: withFixtures ? {} : { alias: [{ find: /^\.\/fixture-games$/, replacement: `${root}/screen/catalogue/no-fixture-games.ts` }] },
  define: { __LUDOCITE_FIXTURES__: JSON.stringify(withFixtures), __LUDOCITE_VERSION__: JSON.stringify(version) },
  // `npm run dev` serves the apps with hot reload; the API is the centre server's, if it runs.
  server: { fs: { allow: [projectRoot] }, port: 5173, proxy: { '/api': `http://127.0.0.1:${process.env.PORT ?? 8080}` } },
  build: {
    outDir: fileURLToPath(new URL(withFixtures ? './dist/fixtures' : './dist/apps', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    rolldownOptions: {
      // The educator dashboard is a second page of its own, served at /dashboard/; the phones'
      // controller a third, served at /play (static-apps.ts).
      input: { screen: `${root}/screen/index.html`, dashboard: `${root}/dashboard/index.html`, controller: `${root}/controller/index.html` },
      // Phaser in a chunk of its own: it changes far less often than the screen (browsers keep
      // it cached across updates), and the screen's own weight can be read apart (bench/screen).
      output: { codeSplitting: { groups: [{ name: 'phaser', test: /[\\/]node_modules[\\/]phaser[\\/]/ }] } },
    },
  },
});
