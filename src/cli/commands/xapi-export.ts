import { closeSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadPackCatalogue } from '../../server/packs/pack-catalogue';
import { accessLog } from '../../server/privacy/access-log';
import { addressesOfConfig, packDescriptionsFrom, statementContext, statementReader } from '../../server/xapi/statements';
import { exportFiltersSchema, exportRange } from '../../server/xapi/statements/export-filters';
import { withDatabase, type StoreCommandIo } from './store-access';

const USAGE = 'ludocite xapi export --since <day or timestamp> [--until …] [--pack <id>] [--group <id>] [--out <file>]';
/** Who the access log names for an export made at the command line. */
export const OPERATOR = 'operator (ludocite xapi export)';

/**
 * `ludocite xapi export --since …`: every statement of the rounds played in the period (every seat,
 * guests too — the operator holds the whole database anyway), one JSON statement a line, to
 * standard output or `--out` (written beside it, then renamed, so a file is never half there).
 * The export is written in the access log. Exit 2 for a wrong option, 1 for an unknown group.
 */
export function xapiExport(args: string[], io: StoreCommandIo & { write?: (text: string) => void } = {}): number {
  const printError = io.printError ?? console.error;
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: { since: { type: 'string' }, until: { type: 'string' }, pack: { type: 'string' }, group: { type: 'string' }, out: { type: 'string' } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    printError(`ludocite xapi export: ${(error as Error).message}\nusage: ${USAGE}`);
    return 2;
  }
  const { out, ...given } = values;
  if (given.since === undefined) {
    printError(`ludocite xapi export: give --since (a day like 2026-03-01, or a timestamp like 2026-03-01T08:00:00Z)\nusage: ${USAGE}`);
    return 2;
  }
  const parsed = exportFiltersSchema.safeParse(given);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) printError(`ludocite xapi export: --${issue.path.join('.')} ${JSON.stringify(given[issue.path[0] as keyof typeof given])}: ${issue.message}`);
    return 2;
  }
  const filters = parsed.data;

  return withDatabase(io, (db, config) => {
    const range = exportRange(filters, config.timeZone);
    if (Array.isArray(range)) {
      for (const problem of range) printError(`ludocite xapi export: --${problem.path}: ${problem.message}`);
      return 2;
    }
    if (filters.group !== undefined && !db.prepare('SELECT 1 FROM educator_groups WHERE id = ?').get(filters.group)) {
      printError(`ludocite xapi export: no group ${filters.group} in ${config.dataDir}`);
      return 1;
    }
    const packs = loadPackCatalogue(config.contentDir, { warn: () => undefined });
    const reader = statementReader(db, statementContext(addressesOfConfig(config), packDescriptionsFrom(packs)));
    const query = { ...range, ...(filters.pack !== undefined ? { packId: filters.pack } : {}), groups: filters.group !== undefined ? [filters.group] : null };

    const partial = out === undefined ? undefined : `${out}.partial`;
    const fd = partial === undefined ? undefined : openSync(partial, 'w');
    const write = io.write ?? ((text: string) => (fd === undefined ? process.stdout.write(text) : writeSync(fd, text)));
    let count = 0;
    try {
      let lines = '';
      for (const statement of reader.all(query)) {
        lines += `${JSON.stringify(statement)}\n`;
        count += 1;
        if (lines.length > 1 << 20) {
          write(lines);
          lines = '';
        }
      }
      write(lines);
    } catch (error) {
      if (fd !== undefined) closeSync(fd);
      if (partial !== undefined) rmSync(partial, { force: true });
      throw error;
    }
    if (fd !== undefined) {
      closeSync(fd);
      renameSync(partial!, out!);
    }
    const detail = `xAPI statements${Object.entries(filters).map(([k, v]) => ` ${k}=${v}`).join('')}: ${count}${out === undefined ? '' : ` to ${out}`}`;
    accessLog(db, io.now ?? Date.now).recordOperator(OPERATOR, { action: 'export-xapi', groupId: filters.group ?? null, detail });
    (io.printError ?? console.error)(`ludocite xapi export: ${count} statement(s)${out === undefined ? '' : ` written to ${out}`}`);
    return 0;
  });
}
