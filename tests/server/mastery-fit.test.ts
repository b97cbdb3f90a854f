import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { masteryFit } from '../../src/cli/commands/mastery-fit';
import { fitInWorker, nextFitAt, scheduleMasteryFits } from '../../src/server/mastery/mastery-schedule';
import { openDatabase, type SqliteDatabase } from '../../src/server/store/database';
import { applyMigrations } from '../../src/server/store/migrator';
import { DEFAULT_BKT, type BktParameters } from '../../src/shared/mastery/bkt-parameters';
import { traceKnown } from '../../src/shared/mastery/knowledge-trace';
import { simulateStudents } from '../../src/shared/mastery/simulated-students';
import { createRandom } from '../../src/shared/random';
import { quizPack } from './support/test-server';

const TRUTH: BktParameters = { pInit: 0.3, pLearn: 0.2, pGuess: 0.2, pSlip: 0.1 };
const RICH = 'sante-sport/hydratation';
const POOR = 'sante-sport/echauffement';

let folder: string;
let env: { DATA_DIR: string; CONTENT_DIR: string };
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'ludocite-mastery-fit-'));
  env = { DATA_DIR: join(folder, 'data'), CONTENT_DIR: join(folder, 'content') };
  // The poor objective's pack values: a guess above the bounds, which the centre moves to 0.3.
  const pack = quizPack();
  pack.objectives = pack.objectives.map((o) => (o.id === POOR ? { ...o, bkt: { pInit: 0.6, pGuess: 0.4 } } : o));
  mkdirSync(join(env.CONTENT_DIR, pack.id), { recursive: true });
  writeFileSync(join(env.CONTENT_DIR, pack.id, 'pack.json'), JSON.stringify(pack));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

/**
 * 400 cards × 10 answers on RICH drawn from TRUTH, 30 cards × 3 answers on POOR (too few to fit),
 * written as rounds of 5 answers straight into the tables, with an unanswered item and a second
 * attempt in each round (neither is an observation). Returns each card's observed answers.
 */
function seedEvidence(db: SqliteDatabase): Map<string, Map<string, boolean[]>> {
  const random = createRandom(11);
  const rich = simulateStudents(TRUTH, { students: 400, items: 10, random });
  const poor = simulateStudents(TRUTH, { students: 30, items: 3, random });
  const seen = new Map<string, Map<string, boolean[]>>();
  const card = db.prepare("INSERT INTO player_cards (id, code, pseudonym, pseudonym_key, avatar, created_at) VALUES (?, ?, ?, ?, '🦊', 0)");
  const round = db.prepare(
    `INSERT INTO rounds (id, pack_id, pack_version, game_id, game_version, sdk, seed, screen_id, started_at, ended_at, end_reason, max_points_per_seat, record_hash, received_at)
     VALUES (?, 'sante-sport', '1.0.0', 'quiz', '1.0.0', 2, 1, 's', ?, ?, 'complete', 100, 'h', ?)`,
  );
  const seat = db.prepare("INSERT INTO round_seats VALUES (?, 'pad-0', 'pad', ?, NULL, 'sante-sport', ?, 0, 0, 0, 0)");
  const evidence = db.prepare("INSERT INTO evidence VALUES (?, ?, 'pad-0', ?, ?, ?, ?, ?, ?, ?)");
  let rounds = 0;
  const play = (cardId: string, objective: string, list: boolean[]) => {
    const kept = seen.get(cardId) ?? new Map<string, boolean[]>();
    seen.set(cardId, kept.set(objective, [...(kept.get(objective) ?? []), ...list]));
    for (let from = 0; from < list.length; from += 5) {
      const id = `r${rounds}`;
      const at = 1_000_000 + rounds++ * 1000; // rounds stored in the order played
      round.run(id, at, at + 500, at + 600);
      seat.run(id, cardId, at + 500);
      let line = 0;
      list.slice(from, from + 5).forEach((correct, i) => {
        evidence.run(id, line++, objective, `q${i}`, correct ? 'correct' : 'wrong', 'a', 900, 1, i * 10);
        // A second try after a wrong answer, always right: no observation.
        if (!correct) evidence.run(id, line++, objective, `q${i}`, 'correct', 'b', 900, 2, i * 10 + 5);
      });
      evidence.run(id, line++, objective, 'q-left', 'unanswered', null, null, 1, 99);
    }
  };
  db.transaction(() => {
    db.prepare("INSERT INTO screens (id, first_seen_at, last_seen_at) VALUES ('s', 0, 0)").run();
    const { answers, starts } = rich.sequences;
    for (let c = 0; c < 400; c++) {
      card.run(`card-${c}`, `C${c}`, `Joueur ${c}`, `joueur${c}`);
      play(`card-${c}`, RICH, [...answers.subarray(starts[c]!, starts[c + 1]!)].map((a) => a === 1));
    }
    for (let c = 0; c < 30; c++) {
      play(`card-${c}`, POOR, [...poor.sequences.answers.subarray(poor.sequences.starts[c]!, poor.sequences.starts[c + 1]!)].map((a) => a === 1));
    }
  })();
  return seen;
}

function seededStore() {
  const db = openDatabase(env.DATA_DIR);
  applyMigrations(db);
  const seen = seedEvidence(db);
  // A stale value the fit must replace.
  db.prepare("INSERT INTO mastery VALUES ('card-0', ?, 0.5, 1, 0)").run(RICH);
  db.close();
  return seen;
}

const parametersOf = (db: SqliteDatabase, objective: string) => {
  const row = db.prepare<[string], { p_init: number; p_learn: number; p_guess: number; p_slip: number; source: string; sequences: number; answers: number }>(
    'SELECT * FROM mastery_parameters WHERE objective_id = ?',
  ).get(objective)!;
  return { parameters: { pInit: row.p_init, pLearn: row.p_learn, pGuess: row.p_guess, pSlip: row.p_slip }, source: row.source, sequences: row.sequences, answers: row.answers };
};

describe('ludocite mastery fit', () => {
  it('fits the objective with enough evidence, keeps the pack values of the other, and recomputes every card\'s mastery', () => {
    const seen = seededStore();
    const lines: string[] = [];
    const errors: string[] = [];
    expect(masteryFit([], { log: (l) => lines.push(l), error: (l) => errors.push(l) }, env)).toBe(0);
    expect(errors).toEqual([]);

    const db = openDatabase(env.DATA_DIR);
    const rich = parametersOf(db, RICH);
    expect(rich.source).toBe('fitted');
    expect({ sequences: rich.sequences, answers: rich.answers }).toEqual({ sequences: 400, answers: 4000 });
    for (const name of ['pInit', 'pLearn', 'pGuess', 'pSlip'] as const) expect(Math.abs(rich.parameters[name] - TRUTH[name])).toBeLessThanOrEqual(0.06);
    const poor = parametersOf(db, POOR);
    expect(poor).toEqual({ parameters: { ...DEFAULT_BKT, pInit: 0.6, pGuess: 0.3 }, source: 'pack', sequences: 30, answers: 90 });

    // Every card's mastery is its answers traced with the parameters now in force.
    const stored = db.prepare<[], { player_card_id: string; objective_id: string; p_known: number; answers: number }>('SELECT * FROM mastery').all();
    expect(stored).toHaveLength(430);
    for (const row of stored) {
      const list = seen.get(row.player_card_id)!.get(row.objective_id)!;
      const parameters = row.objective_id === RICH ? rich.parameters : poor.parameters;
      expect(row.answers).toBe(list.length);
      expect(row.p_known).toBeCloseTo(traceKnown(list, parameters), 12);
    }
    db.close();

    expect(lines.find((l) => l.startsWith(RICH))).toMatch(/fitted\s+400\s+4000/);
    expect(lines.find((l) => l.startsWith(POOR))).toMatch(/pack\s+30\s+90.*moved into bounds: pGuess/);
    expect(lines.at(-1)).toMatch(/recomputed 430 mastery rows of 400 cards/);
  });

  it('says what is wrong with its configuration or arguments', () => {
    const errors: string[] = [];
    const out = { log: () => undefined, error: (l: string) => errors.push(l) };
    expect(masteryFit([], out, { ...env, DATA_DIR: ' ' })).toBe(78);
    expect(errors.at(-1)).toMatch(/DATA_DIR/);
    expect(masteryFit(['now'], out, env)).toBe(2);
    expect(errors.at(-1)).toMatch(/takes no arguments/);
  });

  it('runs the same fit in a worker thread, off the server\'s event loop', async () => {
    seededStore();
    const report = await fitInWorker(env.DATA_DIR, new Map([[POOR, { pInit: 0.6, pGuess: 0.4 }]]));
    expect(report.objectives.map((o) => [o.objective, o.source])).toEqual([[POOR, 'pack'], [RICH, 'fitted']]);
    const db = openDatabase(env.DATA_DIR);
    const inWorker = parametersOf(db, RICH).parameters;
    db.close();
    masteryFit([], { log: () => undefined, error: () => undefined }, env);
    const again = openDatabase(env.DATA_DIR);
    expect(parametersOf(again, RICH).parameters).toEqual(inWorker);
    again.close();
  });
});

describe('the nightly fit', () => {
  it('starts at 3 o\'clock in the centre\'s time zone', () => {
    expect(new Date(nextFitAt(Date.parse('2025-03-12T11:00:00Z'), 'Europe/Paris')).toISOString()).toBe('2025-03-13T02:00:00.000Z');
    expect(new Date(nextFitAt(Date.parse('2025-03-12T01:00:00Z'), 'Europe/Paris')).toISOString()).toBe('2025-03-12T02:00:00.000Z');
    expect(new Date(nextFitAt(Date.parse('2025-07-01T12:00:00Z'), 'Europe/Paris')).toISOString()).toBe('2025-07-02T01:00:00.000Z');
  });

  it('fits at start when a pack brings new values for stored mastery, then each night, and stops cleanly', async () => {
    const db = openDatabase(env.DATA_DIR);
    applyMigrations(db);
    db.close();
    const packs = { ids: () => ['sante-sport'], folder: (id: string) => join(env.CONTENT_DIR, id) };
    const fits: string[] = [];
    const options = {
      dataDir: env.DATA_DIR,
      packs,
      timeZone: 'Europe/Paris',
      log: { info: () => undefined, error: () => undefined },
      runFit: async () => {
        fits.push('fit');
        return { objectives: [], readMs: 0, fitMs: 0, recompute: { cards: 0, rows: 0, slices: 0, ms: 0 } };
      },
    };
    // A new centre: the pack's values are written, but there is no mastery to recompute.
    await scheduleMasteryFits(options).stop();
    expect(fits).toEqual([]);
    // The pack changes its values once a card has mastery of that objective: fit at once.
    const pack = quizPack();
    pack.objectives = pack.objectives.map((o) => (o.id === POOR ? { ...o, bkt: { pInit: 0.2 } } : o));
    writeFileSync(join(env.CONTENT_DIR, pack.id, 'pack.json'), JSON.stringify(pack));
    const card = openDatabase(env.DATA_DIR);
    card.prepare("INSERT INTO player_cards (id, code, pseudonym, pseudonym_key, avatar, created_at) VALUES ('c', 'C', 'Joueur', 'joueur', '🦊', 0)").run();
    card.prepare("INSERT INTO mastery VALUES ('c', ?, 0.5, 3, 0)").run(POOR);
    card.close();
    const second = scheduleMasteryFits(options);
    expect(fits).toEqual(['fit']);
    expect(second.nextRunAt()).toBe(nextFitAt(Date.now(), 'Europe/Paris'));
    await second.stop();
    // Nothing new since: the next fit waits for the night.
    await scheduleMasteryFits(options).stop();
    expect(fits).toEqual(['fit']);
  });
});
