import { withEducatorAccounts, type EducatorCommandIo } from './educator-store';

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** `ludocite educator list`: every account, its role, when its password last changed, how many groups it owns. */
export function educatorList(_args: string[], io: EducatorCommandIo = {}): Promise<number> {
  return withEducatorAccounts(io, async (accounts, print) => {
    const list = accounts.list();
    if (list.length === 0) {
      print('No educator account yet: `ludocite educator add <login> --role admin` makes the first.');
      return 0;
    }
    for (const e of list) {
      print(`${e.login.padEnd(24)} ${e.role.padEnd(9)} password set ${day(e.passwordChangedAt)}  ${e.groups} group${e.groups === 1 ? '' : 's'}`);
    }
    return 0;
  });
}
