import { mkdirSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PACK_MEDIA_MAX_BYTES, packMediaUrl } from '../../src/shared/api/packs';
import { quizPack, startTestServer, type TestServer } from './support/test-server';

let server: TestServer;
const SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10" fill="#ffd23f"/></svg>';
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');

beforeAll(async () => {
  server = await startTestServer({ packs: [quizPack(), quizPack({ id: 'voisin' })] });
  const pack = join(server.config.contentDir, 'sante-sport');
  mkdirSync(join(pack, 'media', 'images'), { recursive: true });
  writeFileSync(join(pack, 'media', 'images', 'gourde.svg'), SVG);
  writeFileSync(join(pack, 'media', 'coeur.png'), PNG);
  writeFileSync(join(pack, 'media', 'notes.html'), '<script>alert(1)</script>');
  writeFileSync(join(pack, 'media', '.cache.png'), PNG);
  writeFileSync(join(pack, 'media', 'enorme.wav'), '');
  truncateSync(join(pack, 'media', 'enorme.wav'), PACK_MEDIA_MAX_BYTES + 1);
  // A link in the media folder to a file outside it: a pack must not reach other files through it.
  writeFileSync(join(server.folder, 'secret.png'), PNG);
  symlinkSync(join(server.folder, 'secret.png'), join(pack, 'media', 'lien.png'));
  mkdirSync(join(server.config.contentDir, 'voisin', 'media'), { recursive: true });
  writeFileSync(join(server.config.contentDir, 'voisin', 'media', 'autre.png'), PNG);
});
afterAll(async () => {
  await server.dispose();
});

const get = (url: string, headers: Record<string, string> = {}) => server.app.inject({ url, headers });

describe('GET /api/packs/<id>/media/<path>', () => {
  it('serves an SVG as an image that can run no script, with an ETag', async () => {
    const response = await get(packMediaUrl('sante-sport', 'media/images/gourde.svg'));
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('image/svg+xml');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-security-policy']).toContain("default-src 'none'");
    expect(response.body).toBe(SVG);
    const again = await get('/api/packs/sante-sport/media/images/gourde.svg', { 'if-none-match': response.headers.etag as string });
    expect(again.statusCode).toBe(304);
  });

  it('serves a PNG byte for byte', async () => {
    const response = await get('/api/packs/sante-sport/media/coeur.png');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('image/png');
    expect(response.rawPayload.equals(PNG)).toBe(true);
  });

  it.each([
    ['/api/packs/sante-sport/media/../pack.json', [400, 404]],
    ['/api/packs/sante-sport/media/%2e%2e/pack.json', [400, 404]],
    ['/api/packs/sante-sport/media/..%2fpack.json', [400, 404]],
    ['/api/packs/sante-sport/media/images/..%2f..%2f..%2fvoisin%2fmedia%2fautre.png', [400]],
    ['/api/packs/sante-sport/media/%2fetc%2fpasswd.png', [400]],
    ['/api/packs/sante-sport/media/..%5c..%5cpack.json', [400]],
    ['/api/packs/sante-sport/media/images%00.png', [400]],
    ['/api/packs/sante-sport/media/.cache.png', [400]],
    ['/api/packs/sante-sport/media/notes.html', [400]],
    ['/api/packs/sante-sport/media/lien.png', [404]],
    ['/api/packs/..%2fsante-sport/media/coeur.png', [404]],
    ['/api/packs/sante-sport/media/absent.png', [404]],
    ['/api/packs/inconnu/media/coeur.png', [404]],
  ])('refuses %s', async (url, statuses) => {
    const response = await get(url);
    expect(statuses).toContain(response.statusCode);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(response.body).not.toContain('alert');
    expect(response.rawPayload.includes(PNG)).toBe(false);
  });

  it('refuses a file above the size cap, saying why', async () => {
    const response = await get('/api/packs/sante-sport/media/enorme.wav');
    expect(response.statusCode).toBe(422);
    expect(response.json().message).toMatch(/larger than 8 MB/);
  });
});
