import { join, sep } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { markPublicScope } from '../educators/access-levels';

/** Vite names every file under `assets/` after a hash of its content: a new build, a new name. */
export const HASHED_ASSETS_CACHE = 'public, max-age=31536000, immutable';
/** Everything else (the HTML pages that name the assets) is checked again on each load. */
export const PAGE_CACHE = 'no-cache';

/**
 * Serves the apps Vite built (`<appsDir>/screen/index.html`, …). `/` opens the screen, since a
 * big screen's kiosk browser is pointed at the bare address. A missing folder (apps not built yet)
 * only warns: the API still works and each app path answers 404 until `vite build` has run.
 */
export async function registerStaticApps(app: FastifyInstance, appsDir: string): Promise<void> {
  const assets = join(appsDir, 'assets') + sep;
  // The files are public; the plugin's routes declare no level, so their scope is marked public.
  await app.register(async (scope) => {
    markPublicScope(scope);
    await scope.register(fastifyStatic, {
      root: appsDir,
      prefix: '/',
      index: ['index.html'],
      redirect: true,
      wildcard: true,
      cacheControl: false,
      // A screen that reloads after an update gets the new page at once, and the unchanged assets
      // from its cache without asking.
      setHeaders: (res, path) => res.setHeader('cache-control', path.startsWith(assets) ? HASHED_ASSETS_CACHE : PAGE_CACHE),
    });
    // The phones' controller answers at the short address a QR code holds (`/play?room=HXMA`),
    // without a redirect, so the room code stays in the address the phone shows.
    for (const url of ['/play', '/play/']) scope.get(url, (_request, reply) => reply.sendFile('controller/index.html'));
  });
  app.get('/', { config: { access: 'public' } }, (_request, reply) => reply.redirect('/screen/', 302));
}
