import { normaliseLogin } from '../../server/educators/educator-accounts';
import { hashPassword, passwordProblem } from '../../server/educators/password-hash';
import { readPasswordFromStdin, withEducatorAccounts, type EducatorCommandIo } from './educator-store';

/** `ludocite educator password <login>`: sets a new password; the account's sessions end. */
export async function educatorPassword(args: string[], io: EducatorCommandIo = {}): Promise<number> {
  const printError = io.printError ?? console.error;
  if (args.length !== 1) {
    printError('ludocite educator password: give one login');
    return 2;
  }
  const login = normaliseLogin(args[0]!);
  const password = await (io.readPassword ?? readPasswordFromStdin)(`New password for ${login}: `);
  const problem = passwordProblem(password);
  if (problem) {
    printError(`ludocite educator password: ${problem}; nothing was changed`);
    return 2;
  }
  const passwordHash = await hashPassword(password);
  return withEducatorAccounts(io, async (accounts, print) => {
    if (!accounts.setPassword(login, passwordHash, (io.now ?? Date.now)())) {
      printError(`ludocite educator password: no account "${login}" (see \`ludocite educator list\`)`);
      return 1;
    }
    print(`New password set for "${login}"; their open sessions are ended.`);
    return 0;
  });
}
