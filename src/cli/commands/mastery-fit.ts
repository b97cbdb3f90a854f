import { storeConfig } from './store-access';
import { fitMastery, type MasteryFitReport } from '../../server/mastery/mastery-fit';
import { readPackPriors } from '../../server/mastery/pack-priors';
import { loadPackCatalogue } from '../../server/packs/pack-catalogue';
import { openDatabase } from '../../server/store/database';
import { applyMigrations } from '../../server/store/migrator';

interface Out {
  log(line: string): void;
  error(line: string): void;
}

/**
 * `ludocite mastery fit`: fits every objective's BKT parameters on the evidence of the store under
 * DATA_DIR (the packs under CONTENT_DIR give starting values), stores them and recomputes every
 * card's mastery — what the server does each night. Safe beside a running server: the store's
 * own locking orders the writes, which go in short transactions. Exit code 0 done, 78 bad
 * configuration, 1 the fit failed.
 */
export function masteryFit(args: string[], out: Out = console, environment: Record<string, string | undefined> = process.env): number {
  if (args.length > 0) {
    out.error(`ludocite mastery fit takes no arguments (got "${args.join(' ')}"); it reads DATA_DIR and CONTENT_DIR`);
    return 2;
  }
  const config = storeConfig(environment, (line) => out.error(line));
  if (!config) return 78;
  const packs = loadPackCatalogue(config.contentDir, { warn: (details: unknown, message?: string) => out.error(`${message ?? ''} ${JSON.stringify(details)}`) });
  const db = openDatabase(config.dataDir);
  let report: MasteryFitReport;
  try {
    applyMigrations(db);
    report = fitMastery(db, readPackPriors(packs));
  } catch (error) {
    out.error(`The mastery fit of the store in ${config.dataDir} failed: ${(error as Error).message}`);
    return 1;
  } finally {
    db.close();
  }
  for (const line of reportLines(report)) out.log(line);
  return 0;
}

function reportLines(report: MasteryFitReport): string[] {
  const p = (value: number) => value.toFixed(3);
  const width = Math.max('objective'.length, ...report.objectives.map((o) => o.objective.length));
  const lines = [`${'objective'.padEnd(width)} source   cards answers  P(L0)  P(T)   P(G)   P(S)`];
  for (const o of report.objectives) {
    const { pInit, pLearn, pGuess, pSlip } = o.parameters;
    const moved = o.moved.length > 0 ? `  (pack values moved into bounds: ${o.moved.join(', ')})` : '';
    lines.push(
      `${o.objective.padEnd(width)} ${o.source.padEnd(8)} ${String(o.sequences).padStart(5)} ${String(o.answers).padStart(7)}  ${p(pInit)}  ${p(pLearn)}  ${p(pGuess)}  ${p(pSlip)}${moved}`,
    );
  }
  const fitted = report.objectives.filter((o) => o.source === 'fitted').length;
  lines.push(
    `${report.objectives.length} objectives, ${fitted} fitted (the rest have too little evidence and keep their pack's values or the defaults).`,
    `Read the evidence in ${(report.readMs / 1000).toFixed(1)} s, fitted in ${(report.fitMs / 1000).toFixed(1)} s, ` +
      `recomputed ${report.recompute.rows} mastery rows of ${report.recompute.cards} cards in ${(report.recompute.ms / 1000).toFixed(1)} s.`,
  );
  return lines;
}
