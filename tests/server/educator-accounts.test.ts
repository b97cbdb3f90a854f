import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { hashPassword, PASSWORD_COST, verifyPassword } from '../../src/server/educators/password-hash';
import { DATABASE_FILE } from '../../src/server/store/database';
import { educatorSessionSchema } from '../../src/shared/api/educator-auth';
import { addEducator, openBrowser, signIn, TEST_COST, TEST_PASSWORD } from './support/educator-session';
import { startTestServer, type TestServer } from './support/test-server';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.dispose();
  server = undefined;
});

function rows<T>(sql: string): T[] {
  const db = new Database(join(server!.config.dataDir, DATABASE_FILE), { readonly: true });
  try {
    return db.prepare(sql).all() as T[];
  } finally {
    db.close();
  }
}

describe('educator passwords', () => {
  it('are scrypt hashes with a salt and the cost inside, checked by their own cost', async () => {
    const a = await hashPassword('correct horse battery', TEST_COST);
    const b = await hashPassword('correct horse battery', TEST_COST);
    expect(a).toMatch(/^scrypt\$1024\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword('correct horse battery', a)).toBe(true);
    expect(await verifyPassword('correct horse batterY', a)).toBe(false);
    expect(await verifyPassword('x', 'not a hash')).toBe(false);
    // The centre's own cost: 128 MiB each, the OWASP figure for scrypt.
    expect(128 * PASSWORD_COST.N * PASSWORD_COST.r).toBe(128 * 1024 * 1024);
  });
});

describe('educator sessions', () => {
  it('signs in with a HttpOnly SameSite=Strict cookie, knows who is signed in, and signs out', async () => {
    server = await startTestServer();
    await addEducator(server.config.dataDir, 'm.dupont', 'educator');
    const browser = await openBrowser(server.app);
    const response = await browser.send({ method: 'POST', url: '/api/educator/session', payload: { login: 'M.Dupont', password: TEST_PASSWORD } });
    expect(response.statusCode).toBe(200);
    expect(educatorSessionSchema.parse(response.json()).educator).toEqual({ login: 'm.dupont', role: 'educator' });
    const setCookie = String(response.headers['set-cookie']);
    expect(setCookie).toMatch(/ludocite_educator=/);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Strict/);
    expect(setCookie).toMatch(/Path=\//);
    browser.csrfToken = educatorSessionSchema.parse(response.json()).csrfToken;

    expect((await browser.send({ method: 'GET', url: '/api/educator/me' })).json()).toEqual({ educator: { login: 'm.dupont', role: 'educator' } });
    expect((await browser.send({ method: 'DELETE', url: '/api/educator/session' })).statusCode).toBe(204);
    expect((await browser.send({ method: 'GET', url: '/api/educator/me' })).statusCode).toBe(401);
  });

  it('refuses a wrong password or an unknown login alike (401), and logs each try without the password or the unknown login', async () => {
    server = await startTestServer();
    await addEducator(server.config.dataDir, 'm.dupont', 'educator');
    const browser = await openBrowser(server.app);
    const wrong = await browser.send({ method: 'POST', url: '/api/educator/session', payload: { login: 'm.dupont', password: 'pas le bon mot' } });
    const unknown = await browser.send({ method: 'POST', url: '/api/educator/session', payload: { login: 'personne', password: 'pas le bon mot' } });
    expect([wrong.statusCode, unknown.statusCode]).toEqual([401, 401]);
    expect(wrong.json().message).toBe(unknown.json().message);
    await signIn(server.app, 'm.dupont');
    const log = rows<{ login: string; success: number; at: number }>('SELECT login, success, at FROM educator_sign_ins ORDER BY id');
    expect(log.map(({ login, success }) => [login, success])).toEqual([['m.dupont', 0], ['(unknown login)', 0], ['m.dupont', 1]]);
    // Neither the password nor a login no account has (often a password typed in the wrong field).
    expect(JSON.stringify(rows('SELECT * FROM educator_sign_ins'))).not.toMatch(/pas le bon mot|mot de passe|personne/);
  });

  it('needs the CSRF token to sign in, and gives a new session id and token when it does', async () => {
    server = await startTestServer();
    await addEducator(server.config.dataDir, 'm.dupont', 'educator');
    const browser = await openBrowser(server.app);
    const before = browser.cookie;
    const forged = await browser.send({ method: 'POST', url: '/api/educator/session', payload: { login: 'm.dupont', password: TEST_PASSWORD }, csrf: false });
    expect(forged.statusCode).toBe(403);
    const token = browser.csrfToken;
    const signedIn = await browser.send({ method: 'POST', url: '/api/educator/session', payload: { login: 'm.dupont', password: TEST_PASSWORD } });
    expect(signedIn.statusCode).toBe(200);
    expect(browser.cookie).not.toBe(before);
    expect(educatorSessionSchema.parse(signedIn.json()).csrfToken).not.toBe(token);
  });

  it('limits sign-ins per address: the eleventh in five minutes gets 429', async () => {
    server = await startTestServer();
    await addEducator(server.config.dataDir, 'm.dupont', 'educator');
    const browser = await openBrowser(server.app);
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) {
      statuses.push((await browser.send({ method: 'POST', url: '/api/educator/session', payload: { login: 'm.dupont', password: 'y' } })).statusCode);
    }
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    expect(statuses[10]).toBe(429);
  });

  it('ends the sessions of an account whose password changes', async () => {
    server = await startTestServer();
    await addEducator(server.config.dataDir, 'm.dupont', 'educator');
    const browser = await signIn(server.app, 'm.dupont');
    const { educatorAccounts } = await import('../../src/server/educators/educator-accounts');
    const db = new Database(join(server.config.dataDir, DATABASE_FILE));
    educatorAccounts(db).setPassword('m.dupont', await hashPassword('un tout autre mot', TEST_COST), Date.now());
    db.close();
    expect((await browser.send({ method: 'GET', url: '/api/educator/me' })).statusCode).toBe(401);
    await signIn(server.app, 'm.dupont', 'un tout autre mot');
  });
});
