import { xapiOutbox } from '../../server/xapi/forward/xapi-outbox';
import { withDatabase, type StoreCommandIo } from './store-access';

/**
 * `ludocite xapi refused`: the forwarding totals and every statement the LRS refused, with its
 * answer. Read beside a running server (SQLite's locking keeps both safe).
 */
export function xapiRefused(args: string[], io: StoreCommandIo = {}): number {
  const print = io.print ?? console.log;
  if (args.length > 0) {
    (io.printError ?? console.error)('ludocite xapi refused: takes no argument');
    return 2;
  }
  return withDatabase(io, (db) => {
    const outbox = xapiOutbox(db);
    const totals = outbox.totals();
    print(`${totals.waitingRounds} round(s) waiting, ${totals.sentStatements} statement(s) stored by the LRS, ${totals.refusedStatements} refused.`);
    for (const refused of outbox.refused()) {
      print(`${new Date(refused.refusedAt).toISOString()}  statement ${refused.statementId}  round ${refused.roundId}  ${refused.reason}`);
    }
    return 0;
  });
}

/**
 * `ludocite xapi resend-refused`: once what the LRS refused is fixed (its configuration, a
 * conflicting statement removed there), the rounds of refused statements wait again, whole; the
 * running server sends them at its next look. Their statements already stored are sent again too,
 * and the LRS answers those as identical resends.
 */
export function xapiResendRefused(args: string[], io: StoreCommandIo = {}): number {
  const print = io.print ?? console.log;
  if (args.length > 0) {
    (io.printError ?? console.error)('ludocite xapi resend-refused: takes no argument');
    return 2;
  }
  return withDatabase(io, (db) => {
    const rounds = xapiOutbox(db).requeueRefused();
    print(rounds === 0 ? 'No refused statement: nothing to send again.' : `${rounds} round(s) wait again; the server sends them within seconds if XAPI_LRS_URL is set.`);
    return 0;
  });
}
