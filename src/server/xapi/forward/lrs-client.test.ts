import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { lrsClient } from './lrs-client';

// How each answer of an LRS is read. The real LRS is in tests/server/xapi-forward-*; this plain HTTP
// server gives the answers a well-behaved LRS rarely gives (5xx, 429, 401, a hang).

let server: Server | undefined;
afterEach(() => new Promise<void>((done) => (server ? server.close(() => done()) : done())));

// A loaded machine may take a second to answer the first request: 5 s, but half a second where no answer is the point.
async function answering(status: number, body = '', headers: Record<string, string> = {}, timeoutMs = 5_000) {
  const seen: { method?: string; url?: string; headers?: Record<string, unknown>; body?: string }[] = [];
  server = createServer((request, response) => {
    let body_ = '';
    request.on('data', (chunk: Buffer) => (body_ += chunk.toString()));
    request.on('end', () => {
      seen.push({ method: request.method, url: request.url, headers: request.headers, body: body_ });
      if (status === 0) return; // never answers
      response.writeHead(status, headers).end(body);
    });
  });
  await new Promise<void>((done) => server!.listen(0, '127.0.0.1', done));
  const port = (server.address() as AddressInfo).port;
  const client = lrsClient({ endpoint: `http://127.0.0.1:${port}/lrs/xAPI/`, username: 'centre', password: 'pw', timeoutMs });
  return { client, seen };
}

describe('lrsClient.post', () => {
  it('posts the statements as one JSON array with the xAPI version and Basic credentials', async () => {
    const { client, seen } = await answering(200, '["a"]');
    expect(await client.post([{ id: 'a' }])).toEqual({ kind: 'stored' });
    expect(seen[0]).toMatchObject({ method: 'POST', url: '/lrs/xAPI/statements', body: '[{"id":"a"}]' });
    expect(seen[0]!.headers).toMatchObject({
      authorization: `Basic ${Buffer.from('centre:pw').toString('base64')}`,
      'x-experience-api-version': '1.0.3',
      'content-type': 'application/json',
    });
  });

  it.each([200, 204])('reads %i as stored', async (status) => {
    expect(await (await answering(status)).client.post([{ id: 'a' }])).toEqual({ kind: 'stored' });
  });

  it.each([400, 409, 413, 422])('reads %i as a refusal of the statements, with the reason', async (status) => {
    const { client } = await answering(status, JSON.stringify({ message: 'no' }));
    expect(await client.post([{ id: 'a' }])).toEqual({ kind: 'refused', status, reason: `${status} no` });
  });

  it.each([401, 403, 404, 405, 500, 502, 503])('reads %i as "try again later": nothing is wrong with the statements', async (status) => {
    const { client } = await answering(status, 'nope');
    expect(await client.post([{ id: 'a' }])).toMatchObject({ kind: 'retry', reason: `${status} nope` });
  });

  it("honours a 429's Retry-After", async () => {
    const { client } = await answering(429, '', { 'retry-after': '7' });
    expect(await client.post([{ id: 'a' }])).toEqual({ kind: 'retry', reason: '429', retryAfterMs: 7000 });
  });

  it('reads no answer in time, and no server at all, as "try again later"', async () => {
    const { client } = await answering(0, '', {}, 500);
    expect(await client.post([{ id: 'a' }])).toEqual({ kind: 'retry', reason: 'no answer within 0.5 s' });
    // The same port once its server is gone.
    const port = (server!.address() as AddressInfo).port;
    server!.closeAllConnections();
    await new Promise((done) => server!.close(done));
    server = undefined;
    const nobody = lrsClient({ endpoint: `http://127.0.0.1:${port}/xAPI/`, username: 'u', password: 'p', timeoutMs: 2000 });
    expect(await nobody.post([{ id: 'a' }])).toEqual({ kind: 'retry', reason: 'network: ECONNREFUSED' });
  });
});
