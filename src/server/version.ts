import { readFileSync } from 'node:fs';

/** The centre server's version: the one in package.json, read once at start. */
export const SERVER_VERSION: string = (() => {
  const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: unknown };
  return typeof manifest.version === 'string' ? manifest.version : '0.0.0';
})();
