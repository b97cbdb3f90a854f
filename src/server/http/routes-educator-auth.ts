import type { FastifyInstance } from 'fastify';
import {
  educatorSessionSchema,
  signInBodySchema,
  type EducatorList,
  type EducatorSession,
  type EducatorSettings,
  type Me,
} from '../../shared/api/educator-auth';
import { csrfCheck, educatorOf } from '../educators/access-levels';
import type { EducatorContext } from '../educators/educator-context';
import { SESSION_MAX_AGE_MS } from '../educators/educator-sessions';
import { PASSWORD_COST, verifyPassword } from '../educators/password-hash';
import { HttpProblem } from './http-problem';
import { parseRequest } from './parse-request';

const MINUTE = 60_000;
/** What the sign-in log says for a login no account has. */
export const UNKNOWN_LOGIN = '(unknown login)';
/** Sign-ins per client address: a person mistypes a few times, a guessing run is stopped here. */
export const SIGN_IN_LIMIT = { max: 10, timeWindow: 5 * MINUTE } as const;

/**
 * A stored hash of nothing anyone types, checked when the login is unknown, so an unknown login
 * takes as long to refuse as a wrong password and logins cannot be discovered by timing.
 */
const UNKNOWN_LOGIN_HASH = ['scrypt', PASSWORD_COST.N, PASSWORD_COST.r, PASSWORD_COST.p, 'A'.repeat(22), 'A'.repeat(43)].join('$');

/** Sign-in, sign-out, the signed-in account, the account list and the settings. */
export function registerEducatorAuthRoutes(app: FastifyInstance, context: EducatorContext): void {
  const signIns = context.db.prepare('INSERT INTO educator_sign_ins (login, educator_id, at, success) VALUES (?, ?, ?, ?)');
  const view = (id: number | undefined) => {
    const educator = id === undefined ? undefined : context.accounts.byId(id);
    return educator ? { login: educator.login, role: educator.role } : null;
  };

  app.get('/api/educator/session', { config: { access: 'public' } }, async (request, reply): Promise<EducatorSession> => {
    reply.header('cache-control', 'no-store');
    return educatorSessionSchema.parse({ educator: view(request.session.educatorId), csrfToken: reply.generateCsrf() });
  });

  app.post('/api/educator/session', { config: { access: 'public', rateLimit: SIGN_IN_LIMIT } }, async (request, reply): Promise<EducatorSession> => {
    // The sign-in changes state (a session starts), so it needs the token of GET /api/educator/session too.
    await csrfCheck(app, request);
    const { login, password } = parseRequest(signInBodySchema, request.body, 'sign-in');
    const account = context.accounts.byLogin(login);
    const ok = await verifyPassword(password, account?.passwordHash ?? UNKNOWN_LOGIN_HASH);
    // A login no account has is not written down: people type their password in the login field.
    const who = account ? account.login : UNKNOWN_LOGIN;
    signIns.run(who, account?.id ?? null, context.server.now(), ok && account ? 1 : 0);
    request.log.info({ login: who, success: ok && !!account }, 'educator sign-in');
    if (!ok || !account) throw new HttpProblem('unauthorized', 'wrong login or password');
    // A new session id at sign-in, so an id planted before it (session fixation) is worth nothing.
    await request.session.regenerate();
    request.session.educatorId = account.id;
    reply.header('cache-control', 'no-store');
    return { educator: { login: account.login, role: account.role }, csrfToken: reply.generateCsrf() };
  });

  app.delete('/api/educator/session', { config: { access: 'educator' } }, async (request, reply) => {
    await request.session.destroy();
    reply.code(204);
  });

  app.get('/api/educator/me', { config: { access: 'educator' } }, async (request): Promise<Me> => {
    const educator = educatorOf(request);
    return { educator: { login: educator.login, role: educator.role } };
  });

  app.get('/api/educator/educators', { config: { access: 'educator' } }, async (request): Promise<EducatorList> => {
    const admin = educatorOf(request).role === 'admin';
    return {
      educators: context.accounts
        .list()
        .map((e) => (admin ? { login: e.login, role: e.role, createdAt: new Date(e.createdAt).toISOString(), groups: e.groups } : { login: e.login, role: e.role })),
    };
  });

  app.get('/api/educator/settings', { config: { access: 'admin' } }, async (): Promise<EducatorSettings> => ({
    retentionDays: context.retentionDays,
    sessionHours: SESSION_MAX_AGE_MS / 3_600_000,
    timeZone: context.server.timeZone,
  }));
}
