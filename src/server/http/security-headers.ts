import fastifyHelmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

/**
 * What the apps may load, and from where: only this server. Each exception is for something the
 * screen does:
 * - `style-src 'unsafe-inline'`: the page's own `<style>` (built into index.html) and Phaser's
 *   inline styles on its canvas;
 * - `img-src data: blob:`: Phaser's built-in textures are data: URLs, and it turns loaded files
 *   into blob: URLs before drawing them;
 * - `media-src data: blob:`: the sound buses synthesise their cues as data: WAV (audio-buses.ts);
 * - `font-src data:`: Vite inlines small font files as data: URLs.
 * No `upgrade-insecure-requests` and no HSTS: a centre serves its hall over plain HTTP on its own
 * network, and upgrading would break every page.
 */
export const CONTENT_SECURITY_POLICY = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'media-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'worker-src': ["'self'", 'blob:'],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'self'"],
  'upgrade-insecure-requests': null,
};

/** Security headers on every answer (helmet's defaults, with the policy above and no HSTS). */
export async function registerSecurityHeaders(app: FastifyInstance): Promise<void> {
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
    strictTransportSecurity: false,
  });
}
