import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const apps = ['screen', 'controller', 'dashboard', 'server', 'cli'];
/** A folder under src/, however the import reaches it: from outside src/ or relatively from inside. */
const under = (folder) => [`**/src/${folder}`, `**/src/${folder}/**`, `../${folder}`, `../${folder}/**`, `../../${folder}/**`, `../../../${folder}/**`];
const appPatterns = (except = []) =>
  apps.filter((a) => !except.includes(a)).map((a) => ({ group: under(a), message: `imports point one way (docs/architecture.md): this layer may not import src/${a}` }));
const gamesPattern = { group: ['**/games/**'], message: 'only the shell loads mini-games, by discovery: never import a game' };
const nodePattern = { group: ['node:*', 'fs', 'path', 'os', 'child_process', 'url'], message: 'browser code never imports Node built-ins' };
const phaserPattern = { group: ['phaser'], message: 'this module must load without Phaser (in Node, the CLI and the conformance kit)' };
const restrict = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'data/', '.e2e-data/', 'test-results/', 'playwright-report/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  // The import directions of docs/architecture.md: games → sdk → shared; apps → shared; no app imports another.
  { files: ['src/shared/**/*.ts'], ignores: ['**/*.test.ts'], rules: restrict(...appPatterns(), { group: under('sdk'), message: 'shared is the bottom layer' }, gamesPattern, nodePattern, phaserPattern) },
  { files: ['src/sdk/**/*.ts'], ignores: ['**/*.test.ts', 'src/sdk/scene/**', 'src/sdk/testing/**'], rules: restrict(...appPatterns(), gamesPattern, nodePattern, phaserPattern) },
  { files: ['src/sdk/scene/**/*.ts'], rules: restrict(...appPatterns(), gamesPattern, nodePattern) },
  { files: ['src/sdk/testing/**/*.ts'], rules: restrict(...appPatterns(), gamesPattern) },
  { files: ['src/screen/**/*.ts'], ignores: ['**/*.test.ts'], rules: restrict(...appPatterns(['screen']), gamesPattern, nodePattern) },
  { files: ['src/controller/**/*.ts'], ignores: ['**/*.test.ts'], rules: restrict(...appPatterns(['controller']), { group: under('sdk'), message: 'apps import shared, not the SDK' }, gamesPattern, nodePattern) },
  { files: ['src/dashboard/**/*.ts'], ignores: ['**/*.test.ts'], rules: restrict(...appPatterns(['dashboard']), { group: under('sdk'), message: 'apps import shared, not the SDK' }, gamesPattern, nodePattern) },
  { files: ['src/server/**/*.ts'], rules: restrict(...appPatterns(['server']), { group: under('sdk'), message: 'the server imports shared, not the SDK' }, gamesPattern) },
  { files: ['src/cli/**/*.ts'], rules: restrict(...appPatterns(['cli', 'server']), gamesPattern) },
  {
    files: ['games/**/*.ts', 'tests/fixtures/games/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: restrict(
      { group: ['**/src/*', '!**/src/sdk', '**/src/*/**', '!**/src/sdk/**'], message: 'a mini-game imports nothing from src/ but src/sdk: it proves a studio can write one' },
      nodePattern,
    ),
  },
);
