import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installAccessLevels, routeTable, type AccessLevel } from '../../src/server/educators/access-levels';
import { apiErrorSchema } from '../../src/shared/api/api-error';
import { addEducator, signIn, type Browser } from './support/educator-session';
import { startTestServer, type TestServer } from './support/test-server';

let server: TestServer;
let educator: Browser;
let admin: Browser;

beforeAll(async () => {
  server = await startTestServer();
  await addEducator(server.config.dataDir, 'educ', 'educator');
  await addEducator(server.config.dataDir, 'chef', 'admin');
  educator = await signIn(server.app, 'educ');
  admin = await signIn(server.app, 'chef');
});
afterAll(async () => server.dispose());

/** A concrete address for a route pattern: every parameter and wildcard filled with a plausible value. */
const addressOf = (url: string) => url.replace(/:[A-Za-z]+/g, 'grp-0123456789abcdef').replace(/\*$/, 'x');

const guarded = (level: AccessLevel) => routeTable(server.app).filter((r) => r.access === level);

describe('every route declares who may call it', () => {
  it('has a level for every route the server registered, and covers all four levels', () => {
    const table = routeTable(server.app);
    // Fastify's own view of the routes, to prove the table missed none.
    const printed = server.app.printRoutes({ commonPrefix: false, includeHooks: false });
    const methodsPrinted = [...printed.matchAll(/\(([A-Z, ]+)\)/g)].reduce((n, m) => n + m[1]!.split(', ').length, 0);
    expect(table.length).toBe(methodsPrinted);
    expect(table.length).toBeGreaterThan(25);
    for (const route of table) expect(server.app.hasRoute({ method: route.method as 'GET', url: route.url }), `${route.method} ${route.url}`).toBe(true);
    expect(new Set(table.map((r) => r.access))).toEqual(new Set(['public', 'screen', 'educator', 'admin']));
    expect(table.filter((r) => r.url.startsWith('/api/educator/') && r.access === 'public').map((r) => `${r.method} ${r.url}`).sort()).toEqual([
      'GET /api/educator/session',
      'HEAD /api/educator/session',
      'POST /api/educator/session',
    ]);
  });

  it('answers 401 without credentials on every non-public route', async () => {
    const routes = routeTable(server.app).filter((r) => r.access !== 'public');
    for (const route of routes) {
      const response = await server.app.inject({ method: route.method as 'GET', url: addressOf(route.url) });
      expect(response.statusCode, `${route.method} ${route.url}`).toBe(401);
      if (route.method !== 'HEAD') expect(apiErrorSchema.parse(response.json()).error).toBe('unauthorized');
    }
  });

  it('answers 403 to a signed-in educator on every screen and admin route, and to a screen on every educator route', async () => {
    for (const route of [...guarded('screen'), ...guarded('admin')]) {
      const response = await educator.send({ method: route.method as 'GET', url: addressOf(route.url) });
      expect(response.statusCode, `educator on ${route.method} ${route.url}`).toBe(403);
    }
    for (const route of [...guarded('educator'), ...guarded('admin')]) {
      const response = await server.app.inject({
        method: route.method as 'GET',
        url: addressOf(route.url),
        headers: { authorization: `Bearer ${server.screen.credential}` },
      });
      expect(response.statusCode, `screen on ${route.method} ${route.url}`).toBe(403);
    }
  });

  it('lets the right role through the guard (an admin on admin routes, a screen on screen routes)', async () => {
    for (const route of guarded('admin').filter((r) => r.method === 'GET')) {
      expect((await admin.send({ method: 'GET', url: addressOf(route.url) })).statusCode, route.url).toBe(200);
    }
    const signInAtScreen = await server.app.inject({
      method: 'POST',
      url: '/api/seat-tokens',
      headers: { authorization: `Bearer ${server.screen.credential}` },
      payload: { code: 'AAAAAAAA', seat: 'pad-0' },
    });
    expect(signInAtScreen.statusCode).not.toBe(401);
    expect(signInAtScreen.statusCode).not.toBe(403);
  });

  it('refuses every state-changing educator request without the CSRF token (403), before it changes anything', async () => {
    const changing = routeTable(server.app).filter((r) => ['educator', 'admin'].includes(r.access) && !['GET', 'HEAD'].includes(r.method));
    expect(changing.length).toBeGreaterThan(8);
    for (const route of changing) {
      const response = await admin.send({ method: route.method as 'POST', url: addressOf(route.url), payload: {}, csrf: false });
      expect(response.statusCode, `${route.method} ${route.url}`).toBe(403);
      expect(apiErrorSchema.parse(response.json()).message).toMatch(/CSRF/);
    }
    const groups = await admin.send({ method: 'GET', url: '/api/educator/groups' });
    expect(groups.json()).toEqual({ groups: [] });
  });

  it('stops the start of a server with a route that declares no level, naming it', async () => {
    const app = Fastify();
    installAccessLevels(app, { store: { screenByCredential: async () => undefined }, accounts: { byId: () => undefined }, requireScreen: async () => {} });
    app.get('/api/declared', { config: { access: 'public' } }, async () => ({}));
    const start = async () => {
      await app.register(async (plugin) => {
        plugin.post('/api/forgotten', async () => ({}));
      });
      await app.ready();
    };
    await expect(start()).rejects.toThrow(/route POST \/api\/forgotten declares no access level/);
    await app.close().catch(() => undefined);
  });
});
