import { packInstall } from './commands/pack-install';
import { packValidate } from './commands/pack-validate';
import { dbMigrateCommand } from '../server/store/migrate-command';

const USAGE = `ludocite — the centre's command line

  npm run ludocite -- check [game|pack] [--rounds N]      everything a studio must get right: the mini-game,
                                                          its packs, and rounds played in Node
  npm run ludocite -- pack validate [dir]                 check packs (default: content/)
  npm run ludocite -- pack install <folder>               check a pack and install it into the centre's
                                                          content folder (CONTENT_DIR, or --content-dir <dir>)
  npm run ludocite -- content import-geojson <file> ...   import official arrondissement shapes
  npm run ludocite -- db migrate                          apply the store's migrations
  npm run ludocite -- db backup [file]                    a checked online copy of the database
                                                          (default: backups/ludocite-<date>.sqlite)
  npm run ludocite -- round remove <id>                   take a forged round off the leaderboards
  npm run ludocite -- card remove <code or id>            erase a player card; its seats become guest seats
  npm run ludocite -- mastery fit                         fit every objective's mastery model on the evidence
                                                          and recompute every card's mastery (also nightly)
  npm run ludocite -- screen add "<name>"                 register a screen: prints its one-time pairing address
  npm run ludocite -- screen list                         the registered screens and their state
  npm run ludocite -- screen revoke <id or name>          a screen may no longer post rounds
  npm run ludocite -- educator add <login> --role educator|admin
                                                          add a dashboard account (password asked, or read from stdin)
  npm run ludocite -- educator list                       the accounts, their roles and groups
  npm run ludocite -- educator remove <login> [--give-groups-to <login>]
                                                          remove an account (its groups go to another)
  npm run ludocite -- educator password <login>           set a new password (the account's sessions end)
  npm run ludocite -- xapi export --since <day> [--until <day>] [--pack <id>] [--group <id>] [--out <file>]
                                                          the rounds' xAPI statements as JSON lines (docs/xapi.md)
  npm run ludocite -- xapi refused                        forwarding totals and the statements the LRS refused
  npm run ludocite -- xapi resend-refused                 send the rounds of refused statements again
`;

type Command = (args: string[]) => Promise<number> | number;

const COMMANDS: Record<string, Command> = {
  check: async (args) => (await import('./commands/check')).check(args),
  'pack validate': packValidate,
  'pack install': packInstall,
  'db migrate': () => dbMigrateCommand(),
  'db backup': async (args) => (await import('./commands/db-backup')).dbBackup(args),
  'round remove': async (args) => (await import('./commands/round-remove')).roundRemove(args),
  'card remove': async (args) => (await import('./commands/card-remove')).cardRemove(args),
  'mastery fit': async (args) => (await import('./commands/mastery-fit')).masteryFit(args),
  'screen add': async (args) => (await import('./commands/screen-add')).screenAdd(args),
  'screen list': async (args) => (await import('./commands/screen-list')).screenList(args),
  'screen revoke': async (args) => (await import('./commands/screen-revoke')).screenRevoke(args),
  'educator add': async (args) => (await import('./commands/educator-add')).educatorAdd(args),
  'educator list': async (args) => (await import('./commands/educator-list')).educatorList(args),
  'educator remove': async (args) => (await import('./commands/educator-remove')).educatorRemove(args),
  'educator password': async (args) => (await import('./commands/educator-password')).educatorPassword(args),
  'xapi refused': async (args) => (await import('./commands/xapi-refused')).xapiRefused(args),
  'xapi resend-refused': async (args) => (await import('./commands/xapi-refused')).xapiResendRefused(args),
  'xapi export': async (args) => (await import('./commands/xapi-export')).xapiExport(args),
  'content import-geojson': async (args) => (await import('./commands/content-import-geojson')).importGeojson(args),
};

async function main(argv: string[]): Promise<number> {
  const single = argv[0] !== undefined && COMMANDS[argv[0]] !== undefined;
  const name = single ? argv[0]! : argv.slice(0, 2).join(' ');
  const command = COMMANDS[name];
  if (!command) {
    if (argv.length && argv[0] !== 'help' && argv[0] !== '--help') console.error(`ludocite: unknown command "${argv.join(' ')}"\n`);
    console.log(USAGE);
    return argv.length && argv[0] !== 'help' && argv[0] !== '--help' ? 2 : 0;
  }
  return command(argv.slice(single ? 1 : 2));
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error('ludocite:', error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
