import { randomBytes } from 'node:crypto';
import fastifyCookie from '@fastify/cookie';
import fastifyCsrfProtection from '@fastify/csrf-protection';
import fastifySession from '@fastify/session';
import type { FastifyInstance } from 'fastify';
import type { SqliteDatabase } from '../store/database';
import { sqliteSessionStore } from './session-store';

/** The session cookie. Its path is the whole site, so an educator's session is known (and refused, 403) on a screen's routes too. */
export const SESSION_COOKIE = 'ludocite_educator';
export const SESSION_COOKIE_PATH = '/';
/**
 * A working day in the hall, counted from the sign-in. Not rolling: a rolling session is written
 * back to the store on every request, an fsync each time the dashboard reads a report.
 */
export const SESSION_MAX_AGE_MS = 8 * 3_600_000;
/** Header the dashboard sends the CSRF token in on every POST, PATCH, PUT and DELETE. */
export const CSRF_HEADER = 'x-csrf-token';

/** The cookie's signing key, made once per centre and kept in the store (server_secrets). */
function sessionSecret(db: SqliteDatabase): string {
  db.prepare("INSERT OR IGNORE INTO server_secrets (name, value) VALUES ('session-cookie', ?)").run(randomBytes(48).toString('base64url'));
  return db.prepare<[], { value: string }>("SELECT value FROM server_secrets WHERE name = 'session-cookie'").get()!.value;
}

/**
 * Cookies, server-side sessions and CSRF tokens, with the maintained Fastify plugins. The cookie
 * is HttpOnly (no script reads it) and SameSite=Strict (no other site's page sends it). Sessions are
 * saved only once something is put in them, so screens and players never get a cookie.
 */
export async function registerEducatorSessions(app: FastifyInstance, db: SqliteDatabase, now: () => number): Promise<void> {
  await app.register(fastifyCookie);
  await app.register(fastifySession, {
    secret: sessionSecret(db),
    cookieName: SESSION_COOKIE,
    // secure: false because the server itself speaks plain HTTP in the hall (the plugin's 'auto'
    // would also turn SameSite down to Lax on HTTP); behind an HTTPS proxy, see docs/operations.md.
    cookie: { path: SESSION_COOKIE_PATH, httpOnly: true, sameSite: 'strict', secure: false, maxAge: SESSION_MAX_AGE_MS },
    store: sqliteSessionStore(db, now),
    saveUninitialized: false,
    rolling: false,
  });
  await app.register(fastifyCsrfProtection, {
    sessionPlugin: '@fastify/session',
    // Only the header: a form another site makes cannot set one.
    getToken: (request) => {
      const value = request.headers[CSRF_HEADER];
      return typeof value === 'string' ? value : undefined;
    },
  });
}
