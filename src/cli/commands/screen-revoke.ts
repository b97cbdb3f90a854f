import { withScreenStore, type ScreenCommandIo } from './screen-store';

/**
 * `ludocite screen revoke <id or name>`: the screen may no longer post rounds nor sign seats in
 * (401), and its seat tokens are dropped. Pairing it again (`screen add`) gives it a new credential.
 */
export function screenRevoke(args: string[], io: ScreenCommandIo = {}): Promise<number> {
  const which = args.join(' ').trim();
  const printError = io.printError ?? console.error;
  if (!which) {
    printError('ludocite screen revoke: name the screen by its id or name (see `ludocite screen list`)');
    return Promise.resolve(2);
  }
  return withScreenStore(io, async (store, _config, print) => {
    const result = await store.revokeScreen(which, (io.now ?? Date.now)());
    if (result.outcome === 'unknown') {
      printError(`ludocite screen revoke: no screen has the id or name "${which}" (see \`ludocite screen list\`)`);
      return 1;
    }
    if (result.outcome === 'ambiguous') {
      printError(`ludocite screen revoke: several screens are named "${which}"; give one id: ${result.ids.join(', ')}`);
      return 1;
    }
    print(`Screen "${result.screen.name}" (${result.screen.id}) is revoked: it can no longer post rounds.`);
    return 0;
  });
}
