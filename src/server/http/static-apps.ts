import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/**
 * Serves the apps Vite built (`<appsDir>/screen/index.html`, …). `/` opens the screen, since a
 * big screen's kiosk browser is pointed at the bare address. A missing folder (apps not built yet)
 * only warns: the API still works and each app path answers 404 until `vite build` has run.
 */
export async function registerStaticApps(app: FastifyInstance, appsDir: string): Promise<void> {
  await app.register(fastifyStatic, {
    root: appsDir,
    prefix: '/',
    index: ['index.html'],
    redirect: true,
    wildcard: true,
    // Vite fingerprints asset names, so they may be cached; the HTML files are not.
    setHeaders: (res, path) => {
      if (path.endsWith('.html')) res.setHeader('cache-control', 'no-cache');
    },
  });
  app.get('/', (_request, reply) => reply.redirect('/screen/', 302));
}
