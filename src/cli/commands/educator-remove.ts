import { normaliseLogin } from '../../server/educators/educator-accounts';
import { withEducatorAccounts, type EducatorCommandIo } from './educator-store';

/**
 * `ludocite educator remove <login> [--give-groups-to <login>]`: the account, its sessions and
 * shares go; its groups go to the other account (they are never deleted with it).
 */
export function educatorRemove(args: string[], io: EducatorCommandIo = {}): Promise<number> {
  const printError = io.printError ?? console.error;
  const giveAt = args.indexOf('--give-groups-to');
  const heir = giveAt >= 0 ? normaliseLogin(args[giveAt + 1] ?? '') : undefined;
  const rest = args.filter((_, i) => giveAt < 0 || (i !== giveAt && i !== giveAt + 1));
  if (rest.length !== 1 || heir === '') {
    printError('ludocite educator remove: give one login, and after --give-groups-to the login that takes its groups');
    return Promise.resolve(2);
  }
  const login = normaliseLogin(rest[0]!);
  return withEducatorAccounts(io, async (accounts, print) => {
    const to = heir === undefined ? undefined : accounts.byLogin(heir);
    if (heir !== undefined && (!to || heir === login)) {
      printError(`ludocite educator remove: "${heir}" cannot take the groups (no such other account)`);
      return 1;
    }
    const result = accounts.remove(login, to);
    switch (result.outcome) {
      case 'unknown':
        printError(`ludocite educator remove: no account "${login}" (see \`ludocite educator list\`)`);
        return 1;
      case 'last-admin':
        printError(`ludocite educator remove: "${login}" is the last admin; add another admin first`);
        return 1;
      case 'owns-groups':
        printError(`ludocite educator remove: "${login}" owns ${result.groups} group(s); add --give-groups-to <login> to hand them over`);
        return 1;
      case 'removed':
        print(`Educator "${login}" removed${to ? `; their groups now belong to "${to.login}"` : ''}.`);
        return 0;
    }
  });
}
