import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { xapiRefused, xapiResendRefused } from '../../src/cli/commands/xapi-refused';
import { openDatabase } from '../../src/server/store/database';
import { xapiOutbox } from '../../src/server/xapi/forward/xapi-outbox';
import { outboxRows } from './support/forwarding';
import { guest, roundRecord } from './support/round-records';
import { startTestServer, type TestServer } from './support/test-server';

let server: TestServer;
let lines: string[];
beforeEach(async () => {
  server = await startTestServer();
  lines = [];
});
afterEach(() => server.dispose());

const io = () => ({ environment: { DATA_DIR: server.config.dataDir, CONTENT_DIR: server.config.contentDir }, print: (line: string) => lines.push(line), printError: (line: string) => lines.push(line) });

describe('ludocite xapi refused / resend-refused', () => {
  it('lists the refused statements with the LRS answer, then queues their rounds again, whole', async () => {
    const records = [roundRecord([{ seat: guest('pad-0'), points: 10, answered: 2, correct: 1 }]), roundRecord([{ seat: guest('pad-0'), points: 20, answered: 2, correct: 2 }])];
    for (const record of records) expect((await server.postRound(record)).statusCode).toBe(201);
    // As the forwarder leaves them: the first round with one statement refused, the second all stored.
    const db = openDatabase(server.config.dataDir);
    xapiOutbox(db).markDelivered(
      [
        { roundId: records[0]!.id, stored: 2, refusals: [{ statementId: '1b4e28ba-2fa1-51d2-883f-0016d3cca427', status: 400, reason: "400 Problem in 'statements.0.result.duration'" }] },
        { roundId: records[1]!.id, stored: 3, refusals: [] },
      ],
      Date.parse('2025-03-12T11:00:00Z'),
    );
    db.close();

    expect(xapiRefused([], io())).toBe(0);
    expect(lines).toEqual([
      '0 round(s) waiting, 5 statement(s) stored by the LRS, 1 refused.',
      `2025-03-12T11:00:00.000Z  statement 1b4e28ba-2fa1-51d2-883f-0016d3cca427  round ${records[0]!.id}  400 Problem in 'statements.0.result.duration'`,
    ]);

    lines = [];
    expect(xapiResendRefused([], io())).toBe(0);
    expect(lines).toEqual(['1 round(s) wait again; the server sends them within seconds if XAPI_LRS_URL is set.']);
    expect(outboxRows(server.config.dataDir).find((row) => row.roundId === records[0]!.id)?.sentAt).toBeNull();
    expect(outboxRows(server.config.dataDir).find((row) => row.roundId === records[1]!.id)?.sentAt).not.toBeNull();

    lines = [];
    xapiRefused([], io());
    xapiResendRefused([], io());
    expect(lines).toEqual(['1 round(s) waiting, 3 statement(s) stored by the LRS, 0 refused.', 'No refused statement: nothing to send again.']);
  });

  it('takes no argument', () => {
    expect(xapiRefused(['--all'], io())).toBe(2);
    expect(xapiResendRefused(['x'], io())).toBe(2);
  });
});
