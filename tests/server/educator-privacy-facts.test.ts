import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_RETENTION_DAYS } from '../../src/server/educators/educator-side';
import { privacyFactsSchema } from '../../src/shared/api/educator-privacy';
import { addEducator, openBrowser, signIn } from './support/educator-session';
import { startTestServer, type TestServer } from './support/test-server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
  await addEducator(server.config.dataDir, 'educ', 'educator');
});
afterAll(async () => server.dispose());

describe('GET /api/educator/privacy (the children\'s-data page)', () => {
  it('tells any signed-in educator how long rounds are kept, and nobody else', async () => {
    const educator = await signIn(server.app, 'educ');
    const answer = await educator.send({ method: 'GET', url: '/api/educator/privacy' });
    expect(answer.statusCode).toBe(200);
    expect(privacyFactsSchema.parse(answer.json())).toEqual({ retentionDays: DEFAULT_RETENTION_DAYS });
    const stranger = await openBrowser(server.app);
    expect((await stranger.send({ method: 'GET', url: '/api/educator/privacy' })).statusCode).toBe(401);
  });
});
