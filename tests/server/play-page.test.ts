import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support/test-server';

let server: TestServer;
beforeEach(async () => {
  server = await startTestServer();
});
afterEach(async () => {
  await server.dispose();
});

describe('the controller page', () => {
  it('answers at /play, with the room code a QR code puts in its query, never cached', async () => {
    mkdirSync(join(server.config.appsDir, 'controller'), { recursive: true });
    writeFileSync(join(server.config.appsDir, 'controller', 'index.html'), '<title>Ludocité — manette</title>');
    for (const url of ['/play', '/play?room=HXMA', '/play/']) {
      const page = await server.app.inject({ url });
      expect(page.statusCode, url).toBe(200);
      expect(page.headers['content-type'], url).toMatch(/^text\/html/);
      expect(page.body, url).toContain('manette');
      expect(page.headers['cache-control'], url).toBe('no-cache');
      expect(String(page.headers['content-security-policy']), url).toContain("script-src 'self'");
    }
  });
});
