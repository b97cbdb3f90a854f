import { removeRound } from '../../server/store/sqlite-removal';
import { withDatabase, type StoreCommandIo } from './store-access';

/**
 * `ludocite round remove <id>`: takes a forged round off every leaderboard for good (its seats,
 * score lines and evidence go; tallies and its cards' mastery are derived again). For the centre's
 * operator, on the server machine: there is no API for it.
 */
export function roundRemove(args: string[], io: StoreCommandIo = {}): number {
  const print = io.print ?? console.log;
  const printError = io.printError ?? console.error;
  const [id, ...rest] = args;
  if (!id || rest.length > 0) {
    printError('ludocite round remove: give one round id (the `id` of its record, a UUID)');
    return 2;
  }
  return withDatabase(io, (db, config) => {
    const removed = removeRound(db, id, (io.now ?? Date.now)());
    if (!removed) {
      printError(`ludocite round remove: no round has the id "${id}" in ${config.dataDir}`);
      return 1;
    }
    print(
      `Removed round ${removed.id} (pack ${removed.packId}, screen ${removed.screenId}, received ${new Date(removed.receivedAt).toISOString()}): ` +
        `${removed.seats} seats, ${removed.evidence} evidence. Leaderboard tallies rebuilt; mastery derived again for ${removed.cards.length} card(s).`,
    );
    return 0;
  });
}
