import { storeConfig } from './store-access';
import { createInterface } from 'node:readline';
import { educatorAccounts, type EducatorAccounts } from '../../server/educators/educator-accounts';
import { openDatabase } from '../../server/store/database';
import { applyMigrations } from '../../server/store/migrator';

export interface EducatorCommandIo {
  environment?: Record<string, string | undefined>;
  print?: (line: string) => void;
  printError?: (line: string) => void;
  now?: () => number;
  /** Reads the new password (tests give it; by default from the terminal or stdin). */
  readPassword?: (prompt: string) => Promise<string>;
}

/**
 * Runs a `ludocite educator …` command on the store under DATA_DIR, migrated first as the server
 * does. The server may be running: SQLite's lock lets both write, and accounts are read per request.
 */
export async function withEducatorAccounts(io: EducatorCommandIo, run: (accounts: EducatorAccounts, print: (line: string) => void) => Promise<number>): Promise<number> {
  const config = storeConfig(io.environment ?? process.env, io.printError ?? console.error);
  if (!config) return 78;
  const db = openDatabase(config.dataDir);
  try {
    applyMigrations(db);
    return await run(educatorAccounts(db), io.print ?? console.log);
  } finally {
    db.close();
  }
}

/**
 * The password, never from the command line (it would stay in the shell's history and the process
 * list): typed twice without echo at a terminal, or the first line of stdin when piped.
 */
export async function readPasswordFromStdin(prompt: string): Promise<string> {
  if (!process.stdin.isTTY) {
    const lines = createInterface({ input: process.stdin });
    for await (const line of lines) {
      lines.close();
      return line;
    }
    return '';
  }
  const ask = (question: string) =>
    new Promise<string>((resolve) => {
      const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
      // Echo nothing of what is typed.
      (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = (s: string) => {
        if (s.startsWith(question)) process.stdout.write(question);
      };
      rl.question(question, (answer) => {
        rl.close();
        process.stdout.write('\n');
        resolve(answer);
      });
    });
  const first = await ask(prompt);
  const again = await ask('Again: ');
  if (first !== again) throw new Error('the two passwords differ; nothing was changed');
  return first;
}
