import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { educatorAccounts, type EducatorRole } from '../../../src/server/educators/educator-accounts';
import { SESSION_COOKIE } from '../../../src/server/educators/educator-sessions';
import { hashPassword } from '../../../src/server/educators/password-hash';
import { DATABASE_FILE } from '../../../src/server/store/database';
import { educatorSessionSchema } from '../../../src/shared/api/educator-auth';

/** A cheap scrypt cost for tests (1 MiB): the stored hash names it, so sign-in checks it the same way. */
export const TEST_COST = { N: 1024, r: 8, p: 1 };
export const TEST_PASSWORD = 'un mot de passe de test';

/** Adds an account straight into the server's store, as `ludocite educator add` does. */
export async function addEducator(dataDir: string, login: string, role: EducatorRole, password = TEST_PASSWORD): Promise<void> {
  const passwordHash = await hashPassword(password, TEST_COST);
  const db = new Database(join(dataDir, DATABASE_FILE));
  try {
    educatorAccounts(db).add({ login, role, passwordHash, now: Date.now() });
  } finally {
    db.close();
  }
}

export interface Browser {
  /** The session cookie's value, or null before any. */
  cookie: string | null;
  csrfToken: string;
  /** A request with the cookie and (unless `csrf: false`) the CSRF header, as the dashboard sends. */
  send(options: InjectOptions & { csrf?: boolean }): Promise<LightMyRequestResponse>;
}

function cookieOf(response: LightMyRequestResponse): string | null {
  const found = (response.cookies as { name: string; value: string }[]).find((c) => c.name === SESSION_COOKIE);
  return found ? found.value : null;
}

/** A browser that opened the dashboard: it holds a session with a CSRF token, not signed in. */
export async function openBrowser(app: FastifyInstance): Promise<Browser> {
  const first = await app.inject({ method: 'GET', url: '/api/educator/session' });
  if (first.statusCode !== 200) throw new Error(`GET /api/educator/session answered ${first.statusCode}: ${first.body}`);
  const browser: Browser = {
    cookie: cookieOf(first),
    csrfToken: educatorSessionSchema.parse(first.json()).csrfToken,
    async send({ csrf = true, ...options }) {
      const headers: Record<string, string> = { ...(options.headers as Record<string, string> | undefined) };
      if (browser.cookie) headers.cookie = `${SESSION_COOKIE}=${browser.cookie}`;
      if (csrf) headers['x-csrf-token'] = browser.csrfToken;
      const response = await app.inject({ ...options, headers });
      browser.cookie = cookieOf(response) ?? browser.cookie;
      return response;
    },
  };
  return browser;
}

/** Opens a browser and signs in; throws with the answer when the sign-in fails. */
export async function signIn(app: FastifyInstance, login: string, password = TEST_PASSWORD): Promise<Browser> {
  const browser = await openBrowser(app);
  const response = await browser.send({ method: 'POST', url: '/api/educator/session', payload: { login, password } });
  if (response.statusCode !== 200) throw new Error(`signing ${login} in answered ${response.statusCode}: ${response.body}`);
  browser.csrfToken = educatorSessionSchema.parse(response.json()).csrfToken;
  return browser;
}
