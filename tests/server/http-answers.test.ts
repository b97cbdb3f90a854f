import { mkdirSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { apiErrorSchema } from '../../src/shared/api/api-error';
import { HASHED_ASSETS_CACHE } from '../../src/server/http/static-apps';
import { startTestServer, type TestServer } from './support/test-server';

let server: TestServer;
beforeEach(async () => {
  server = await startTestServer();
});
afterEach(async () => {
  await server.dispose();
});

/** The raw answer to bytes written straight to the socket (what no HTTP client would send). */
function rawAnswer(url: string, bytes: string): Promise<string> {
  const { hostname, port } = new URL(url);
  return new Promise((done, fail) => {
    const socket = connect(Number(port), hostname, () => socket.write(bytes));
    let answer = '';
    socket.on('data', (chunk: Buffer) => (answer += chunk.toString()));
    socket.on('close', () => done(answer));
    socket.on('error', fail);
  });
}

describe('every error answer has the {error, message} shape', () => {
  it("including Fastify's own: a bad address, a wrong content type, bad JSON, no such route", async () => {
    const cases = [
      { request: { url: '/api/player-cards/%E0%A4%A' }, status: 400, message: /address/ },
      { request: { method: 'POST' as const, url: '/api/player-cards', headers: { 'content-type': 'text/plain' }, payload: '{"pseudonym":"Léa","avatar":"🐼"}' }, status: 415, message: /application\/json.*text\/plain/ },
      { request: { method: 'POST' as const, url: '/api/player-cards', headers: { 'content-type': 'application/xml' }, payload: '<card/>' }, status: 415, message: /application\/json/ },
      { request: { method: 'POST' as const, url: '/api/player-cards', headers: { 'content-type': 'application/json' }, payload: '{"pseudonym":' }, status: 400, message: /JSON/ },
      { request: { url: '/api/nothing-here' }, status: 404, message: /nothing at GET \/api\/nothing-here/ },
    ];
    for (const { request, status, message } of cases) {
      const response = await server.app.inject(request);
      expect(response.statusCode, request.url).toBe(status);
      expect(response.headers['content-type'], request.url).toMatch(/^application\/json/);
      expect(apiErrorSchema.parse(response.json()).message, request.url).toMatch(message);
    }
  });

  it('including a request that is not HTTP, answered on the raw socket', async () => {
    const url = await server.app.listen({ port: 0, host: '127.0.0.1' });
    const answer = await rawAnswer(url, 'NOT HTTP AT ALL\r\n\r\n');
    expect(answer).toMatch(/^HTTP\/1\.1 400 /);
    expect(apiErrorSchema.parse(JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4)))).toMatchObject({ error: 'bad_request' });
  });
});

describe('stored text is valid UTF-8', () => {
  it('refuses a lone surrogate anywhere in a body with 400 and its path', async () => {
    for (const payload of ['{"pseudonym":"L\\ud800a Comete","avatar":"🐼"}', '{"pseudonym":"Lea Comete","avatar":"🐼","\\udc00":1}']) {
      const response = await server.app.inject({ method: 'POST', url: '/api/player-cards', headers: { 'content-type': 'application/json' }, payload });
      expect(response.statusCode, payload).toBe(400);
      expect(apiErrorSchema.parse(response.json()).message).toMatch(/lone surrogate/);
    }
    const first = await server.app.inject({ method: 'POST', url: '/api/player-cards', headers: { 'content-type': 'application/json' }, payload: '{"pseudonym":"L\\ud800a Comete","avatar":"🐼"}' });
    expect(apiErrorSchema.parse(first.json()).issues).toEqual([{ path: 'pseudonym', message: expect.stringMatching(/lone surrogate/) }]);
    // A pair of surrogates is one character (an emoji) and passes.
    const paired = await server.app.inject({ method: 'POST', url: '/api/player-cards', headers: { 'content-type': 'application/json' }, payload: '{"pseudonym":"Lea Comete","avatar":"\\ud83d\\udc3c"}' });
    expect(paired.statusCode).toBe(201);
  });
});

describe('headers', () => {
  it('carry a content security policy for a plain-HTTP hall, and cache hashed assets for a year, pages not at all', async () => {
    mkdirSync(join(server.config.appsDir, 'screen'), { recursive: true });
    mkdirSync(join(server.config.appsDir, 'assets'), { recursive: true });
    writeFileSync(join(server.config.appsDir, 'screen', 'index.html'), '<title>Ludocité</title>');
    writeFileSync(join(server.config.appsDir, 'assets', 'screen-BQlGlFkB.js'), 'export {};');
    const page = await server.app.inject({ url: '/screen/' });
    expect(page.statusCode).toBe(200);
    expect(page.headers['cache-control']).toBe('no-cache');
    const policy = String(page.headers['content-security-policy']);
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).not.toContain('upgrade-insecure-requests');
    expect(page.headers['strict-transport-security']).toBeUndefined();
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    const asset = await server.app.inject({ url: '/assets/screen-BQlGlFkB.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toBe(HASHED_ASSETS_CACHE);
    const api = await server.app.inject({ url: '/api/health' });
    expect(api.headers['x-content-type-options']).toBe('nosniff');
  });
});
