import { withScreenStore, type ScreenCommandIo } from './screen-store';

const when = (ms: number | null) => (ms === null ? '—' : new Date(ms).toISOString().slice(0, 16).replace('T', ' '));

/** `ludocite screen list`: every screen with its state (waiting, expired, paired, revoked) and when it was last seen. */
export function screenList(_args: string[], io: ScreenCommandIo = {}): Promise<number> {
  return withScreenStore(io, async (store, _config, print) => {
    const screens = await store.listScreens((io.now ?? Date.now)());
    if (screens.length === 0) {
      print('No screen is registered yet: `ludocite screen add "Salle 1"` adds one.');
      return 0;
    }
    for (const screen of screens) {
      // A screen is seen once paired (its rounds and sign-ins); before, only its adding is known.
      const seen = screen.pairedAt === null ? 'never seen' : `last seen ${when(screen.lastSeenAt)} UTC`;
      print(`${screen.id.padEnd(16)} ${screen.state.padEnd(12)} ${seen.padEnd(31)} ${screen.name}`);
    }
    return 0;
  });
}
