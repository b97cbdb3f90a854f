import { createReadStream } from 'node:fs';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { HttpProblem } from './http-problem';
import { findPackMedia } from '../packs/pack-media';
import type { ServerContext } from './server-context';

/** Whether an `If-None-Match` header names this ETag (a list, weak forms and `*` included). */
function matches(request: FastifyRequest, etag: string): boolean {
  const header = request.headers['if-none-match'];
  if (!header) return false;
  return header.split(',').some((tag) => {
    const t = tag.trim();
    return t === '*' || t.replace(/^W\//, '') === etag;
  });
}

/**
 * `GET /api/packs`: the catalogue (every served pack's pack.json, and the folders set aside with
 * their problems), with an ETag; screens poll it with `If-None-Match`, so an unchanged catalogue
 * costs a 304. `GET /api/packs/<id>/media/<path>`: a media file of a served pack.
 */
export function registerPackRoutes(app: FastifyInstance, context: ServerContext): void {
  app.get('/api/packs', { config: { access: 'public' } }, (request, reply) => {
    const { etag, body } = context.packs.listing();
    // no-cache: a browser may keep it, but asks each time whether it is still the centre's.
    reply.header('etag', etag).header('cache-control', 'no-cache');
    if (matches(request, etag)) return reply.code(304).send();
    return reply.type('application/json; charset=utf-8').send(body);
  });

  app.get('/api/packs/:id/media/*', { config: { access: 'public' } }, (request, reply) => {
    const { id, '*': path } = request.params as { id: string; '*': string };
    const dir = context.packs.folder(id);
    if (!dir) throw new HttpProblem('not_found', `no content pack "${id}" is served by this centre`);
    const found = findPackMedia(dir, path);
    if (!found.ok) {
      throw new HttpProblem(found.status === 400 ? 'bad_request' : found.status === 404 ? 'not_found' : 'unprocessable', found.reason);
    }
    const { file } = found;
    const etag = `"${file.size.toString(36)}-${Math.round(file.mtimeMs).toString(36)}"`;
    reply
      .header('etag', etag)
      .header('cache-control', 'no-cache')
      .header('x-content-type-options', 'nosniff')
      // An SVG opened on its own is a document: it may draw, never run a script or fetch anything.
      .header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'; sandbox");
    if (matches(request, etag)) return reply.code(304).send();
    return reply.type(file.contentType).header('content-length', file.size).send(createReadStream(file.path));
  });
}
