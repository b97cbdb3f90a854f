import { EDUCATOR_ROLES, loginProblem, normaliseLogin, type EducatorRole } from '../../server/educators/educator-accounts';
import { hashPassword, passwordProblem } from '../../server/educators/password-hash';
import { readPasswordFromStdin, withEducatorAccounts, type EducatorCommandIo } from './educator-store';

/** `ludocite educator add <login> --role educator|admin`: the password is asked for (or read from stdin). */
export async function educatorAdd(args: string[], io: EducatorCommandIo = {}): Promise<number> {
  const printError = io.printError ?? console.error;
  const roleAt = args.indexOf('--role');
  const role = roleAt >= 0 ? args[roleAt + 1] : 'educator';
  const rest = roleAt < 0 ? args : args.filter((_, i) => i !== roleAt && i !== roleAt + 1);
  const login = normaliseLogin(rest[0] ?? '');
  if (rest.length !== 1 || loginProblem(login)) {
    printError(`ludocite educator add: give one login, like \`educator add m.dupont --role educator\` (${loginProblem(login) ?? 'one login only'})`);
    return 2;
  }
  if (!(EDUCATOR_ROLES as readonly string[]).includes(role ?? '')) {
    printError(`ludocite educator add: --role is ${EDUCATOR_ROLES.join(' or ')}, not "${role ?? ''}"`);
    return 2;
  }
  const password = await (io.readPassword ?? readPasswordFromStdin)(`Password for ${login}: `);
  const problem = passwordProblem(password);
  if (problem) {
    printError(`ludocite educator add: ${problem}; nothing was changed`);
    return 2;
  }
  const passwordHash = await hashPassword(password);
  return withEducatorAccounts(io, async (accounts, print) => {
    if (!accounts.add({ login, role: role as EducatorRole, passwordHash, now: (io.now ?? Date.now)() })) {
      printError(`ludocite educator add: the login "${login}" is taken (see \`ludocite educator list\`)`);
      return 1;
    }
    print(`Educator "${login}" added as ${role}. They sign in at /dashboard/.`);
    return 0;
  });
}
