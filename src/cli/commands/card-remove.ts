import { removeCard } from '../../server/store/sqlite-removal';
import { withDatabase, type StoreCommandIo } from './store-access';

/**
 * `ludocite card remove <code or id>`: erases a forged or abusive player card. Its pseudonym leaves
 * every leaderboard; its seats stay as guest seats, so the rounds of the others who played with it
 * keep their results.
 */
export function cardRemove(args: string[], io: StoreCommandIo = {}): number {
  const print = io.print ?? console.log;
  const printError = io.printError ?? console.error;
  const which = args.join(' ').trim();
  if (!which) {
    printError('ludocite card remove: give the card\'s code (as printed on it) or its id');
    return 2;
  }
  return withDatabase(io, (db, config) => {
    const removed = removeCard(db, which);
    if (!removed) {
      printError(`ludocite card remove: no player card has the code or id "${which}" in ${config.dataDir}`);
      return 1;
    }
    print(
      `Removed player card "${removed.pseudonym}" (code ${removed.code}, id ${removed.id}): its ${removed.seats} seat(s) are now guest seats. Leaderboard tallies rebuilt.`,
    );
    return 0;
  });
}
