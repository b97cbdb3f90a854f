import type { FastifyInstance, FastifyReply, FastifyRequest, onRequestHookHandler, RouteOptions } from 'fastify';
import { HttpProblem } from '../http/http-problem';
import { bearerCredential } from '../screens/screen-auth';
import { hashSecret } from '../screens/secrets';
import type { Store } from '../store/store';
import type { Educator, EducatorAccounts } from './educator-accounts';
import { CSRF_HEADER } from './educator-sessions';

/**
 * Who may call a route. Every route declares one in its options (`config: { access: 'educator' }`);
 * a route without one stops the server's start (see installAccessLevels).
 *
 * - `public`: anyone (the catalogue, a player's own card, the sign-in itself);
 * - `screen`: a registered screen's credential (`authorization: Bearer …`, issue 9);
 * - `educator`: a signed-in educator or admin (which groups they may see is the route's business);
 * - `admin`: a signed-in admin.
 */
export const ACCESS_LEVELS = ['public', 'screen', 'educator', 'admin'] as const;
export type AccessLevel = (typeof ACCESS_LEVELS)[number];

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: AccessLevel;
  }
}

export interface RouteAccess {
  method: string;
  url: string;
  access: AccessLevel;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const tables = new WeakMap<FastifyInstance, RouteAccess[]>();
const educators = new WeakMap<FastifyRequest, Educator>();
const publicScopes = new WeakSet<FastifyInstance>();

/** Every route of the server with its access level, as registered (HEAD routes included). */
export function routeTable(app: FastifyInstance): readonly RouteAccess[] {
  return tables.get(app) ?? [];
}

/** Routes a third-party plugin registers inside `scope` (static files) are public. */
export function markPublicScope(scope: FastifyInstance): void {
  publicScopes.add(scope);
}

/** The educator the route's guard let in (routes of access `educator` or `admin` only). */
export function educatorOf(request: FastifyRequest): Educator {
  const educator = educators.get(request);
  if (!educator) throw new Error('educatorOf: the route is not of access educator or admin');
  return educator;
}

export interface AccessDependencies {
  store: Pick<Store, 'screenByCredential'>;
  accounts: Pick<EducatorAccounts, 'byId'>;
  /** The screens' own check (screen-auth.ts): 401 with why (no credential, unknown, revoked). */
  requireScreen: (request: FastifyRequest) => Promise<void>;
}

function signedInEducator(request: FastifyRequest, accounts: AccessDependencies['accounts']): Educator | undefined {
  const id = request.session?.educatorId;
  return id === undefined ? undefined : accounts.byId(id);
}

async function screenCredentialHolds(request: FastifyRequest, store: AccessDependencies['store']): Promise<boolean> {
  const credential = bearerCredential(request);
  return credential !== null && (await store.screenByCredential(hashSecret(credential))) !== undefined;
}

/**
 * The guard of one access level, run first among the route's onRequest hooks (after the session
 * is read): 401 when the caller shows no credential of any kind, 403 when it shows one of the
 * wrong kind (a screen on an educator route, an educator on an admin or screen route). Educator
 * and admin routes that change something also need the session's CSRF token (403 without).
 */
function guardFor(access: Exclude<AccessLevel, 'public'>, deps: AccessDependencies, app: FastifyInstance): onRequestHookHandler {
  return async function guard(request: FastifyRequest) {
    const educator = signedInEducator(request, deps.accounts);
    if (access === 'screen') {
      if (educator && bearerCredential(request) === null) throw new HttpProblem('forbidden', 'only a registered screen may do this, not an educator');
      return deps.requireScreen(request);
    }
    if (!educator) {
      if (await screenCredentialHolds(request, deps.store)) throw new HttpProblem('forbidden', 'a screen may not use the educator API');
      throw new HttpProblem('unauthorized', 'sign in as an educator first (POST /api/educator/session)');
    }
    if (access === 'admin' && educator.role !== 'admin') throw new HttpProblem('forbidden', 'only an admin may do this');
    educators.set(request, educator);
    if (!SAFE_METHODS.has(request.method)) await csrfCheck(app, request);
  };
}

/**
 * Runs @fastify/csrf-protection's check. It answers a refusal by `reply.send(error)`; it is given a
 * stand-in reply that turns that into our own 403 with a sentence saying what to send.
 */
export function csrfCheck(app: FastifyInstance, request: FastifyRequest): Promise<void> {
  return new Promise((resolve, reject) => {
    const refuse = () =>
      reject(new HttpProblem('forbidden', `missing or wrong CSRF token: send the token GET /api/educator/session gives in the ${CSRF_HEADER} header`));
    app.csrfProtection(request, { send: refuse } as unknown as FastifyReply, () => resolve());
  });
}

/**
 * Makes every route declare its access level, and enforces it: an onRoute hook records each
 * route in the table `routeTable` returns, throws (so the server does not start) for a route
 * without `config.access`, and puts the level's guard before the route's own onRequest hooks.
 * Install it before any route is registered.
 */
export function installAccessLevels(app: FastifyInstance, deps: AccessDependencies): void {
  const table: RouteAccess[] = [];
  tables.set(app, table);
  app.addHook('onRoute', function declareAccess(this: FastifyInstance, route: RouteOptions) {
    const declared = route.config?.access ?? (publicScopes.has(this) ? 'public' : undefined);
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    if (!declared || !(ACCESS_LEVELS as readonly string[]).includes(declared)) {
      throw new Error(
        `route ${methods.join(',')} ${route.url} declares no access level: add config: { access: ${ACCESS_LEVELS.map((a) => `'${a}'`).join(' | ')} } to its options`,
      );
    }
    for (const method of methods) table.push({ method, url: route.url, access: declared });
    route.config = { ...route.config, access: declared };
    if (declared === 'public') return;
    const own = route.onRequest === undefined ? [] : Array.isArray(route.onRequest) ? route.onRequest : [route.onRequest];
    route.onRequest = [guardFor(declared, deps, app), ...own];
  });
}
