import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { apiErrorSchema } from '../../src/shared/api/api-error';
import { healthSchema } from '../../src/shared/api/health';
import { startTestServer, type TestServer } from './support/test-server';

let server: TestServer;
beforeEach(async () => {
  server = await startTestServer();
});
afterEach(async () => {
  await server.dispose();
});

describe('the centre server', () => {
  it('answers its health over real HTTP on a free port', async () => {
    const address = await server.app.listen({ port: 0, host: '127.0.0.1' });
    const response = await fetch(`${address}/api/health`);
    expect(response.status).toBe(200);
    expect(healthSchema.parse(await response.json()).version).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('sends / to the screen app and serves the built apps', async () => {
    mkdirSync(join(server.config.appsDir, 'screen'), { recursive: true });
    writeFileSync(join(server.config.appsDir, 'screen', 'index.html'), '<title>Ludocité</title>');
    const root = await server.app.inject({ url: '/' });
    expect(root.statusCode).toBe(302);
    expect(root.headers.location).toBe('/screen/');
    const screen = await server.app.inject({ url: '/screen/' });
    expect(screen.statusCode).toBe(200);
    expect(screen.body).toContain('Ludocité');
  });

  it('answers unknown routes with 404 in JSON', async () => {
    for (const url of ['/api/nothing-here', '/nowhere.js']) {
      const response = await server.app.inject({ url });
      expect(response.statusCode).toBe(404);
      expect(apiErrorSchema.parse(response.json()).error).toBe('not_found');
    }
    const wrongMethod = await server.app.inject({ method: 'DELETE', url: '/api/rounds' });
    expect(wrongMethod.statusCode).toBe(404);
  });
});
