import { addScreen, PAIRING_TTL_MS } from '../../server/screens/screen-register';
import { centreAddress, withScreenStore, type ScreenCommandIo } from './screen-store';

/**
 * `ludocite screen add "Salle 1"`: registers a screen and prints its one-time pairing address.
 * Opened on that screen within the hour, the address pairs it; the screen keeps its credential.
 */
export function screenAdd(args: string[], io: ScreenCommandIo = {}): Promise<number> {
  const name = args.join(' ').trim();
  if (!name || name.length > 64) {
    (io.printError ?? console.error)('ludocite screen add: give the screen a name of 1 to 64 characters, like "Salle 1"');
    return Promise.resolve(2);
  }
  return withScreenStore(io, async (store, config, print) => {
    const pairing = await addScreen(store, name, (io.now ?? Date.now)());
    print(`Screen "${pairing.name}" added as ${pairing.id}.`);
    print(`On that screen, within ${PAIRING_TTL_MS / 60_000} minutes, open:`);
    print(`  ${centreAddress(config)}/screen/?pair=${pairing.code}`);
    print(`(pairing code ${pairing.code}, good once; \`ludocite screen revoke ${pairing.id}\` takes the screen's right to post rounds away)`);
    return 0;
  });
}
