import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eraseCard } from '../../src/server/privacy/card-erase';
import { loadPackCatalogue } from '../../src/server/packs/pack-catalogue';
import { openDatabase, type SqliteDatabase } from '../../src/server/store/database';
import { openSqliteStore } from '../../src/server/store/sqlite-store';
import type { Store } from '../../src/server/store/store';
import {
  ACTIVITY_TYPES,
  VERBS,
  packDescriptionsFrom,
  statementContext,
  statementReader,
  statementsForRound,
  xapiAddresses,
  type StatementReader,
  type XapiStatement,
} from '../../src/server/xapi/statements';
import type { RoundRecord } from '../../src/shared/round/round-record';
import { playedRound, shippedPacks, storeRound } from './support/stored-rounds';
import { xapiProblems } from './support/xapi-validator';

const CARD_A = '7d0c4a57-3a4e-4d1b-9a0e-2f51d6b0c001';
const CARD_B = '7d0c4a57-3a4e-4d1b-9a0e-2f51d6b0c002';
const DAY = 86_400_000;
const FIRST_END = Date.parse('2026-03-02T10:00:00Z');

let folder: string;
let store: Store;
let db: SqliteDatabase;
let reader: StatementReader;
const records: RoundRecord[] = [];
const addresses = xapiAddresses({ publicUrl: 'https://ludocite.example.org/', activityBase: 'https://xapi.example.org/ludocite' });
const context = statementContext(addresses, packDescriptionsFrom(loadPackCatalogue('content', { warn: () => undefined })));

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'ludocite-xapi-'));
  store = openSqliteStore(folder);
  await store.addScreen({ id: 'screen-hall', name: 'hall', addedAt: 0, pairedAt: 0 });
  for (const [id, code, pseudonym] of [[CARD_A, 'AAAABBBB', 'Renard Bleu'], [CARD_B, 'CCCCDDDD', 'Lynx Vert']] as const) {
    const made = await store.createPlayerCard({ id, code, pseudonym, pseudonymKey: pseudonym.toLowerCase(), avatar: 'fox', createdAt: 0 });
    expect(made.outcome).toBe('created');
  }
  // Two rounds of every shipped pack, a day apart: card A at pad-0, card B at pad-1, a guest at pad-2.
  const packs = await shippedPacks();
  let n = 0;
  for (const entry of packs) {
    for (const seed of [11, 12]) {
      const record = playedRound(entry, { seed, endedAt: FIRST_END + n * DAY, cards: [CARD_A, CARD_B] });
      await storeRound(store, record, entry.rules, 'screen-hall');
      records.push(record);
      n += 1;
    }
  }
  db = openDatabase(folder);
  reader = statementReader(db, context);
}, 120_000);

afterAll(async () => {
  db?.close();
  await store?.close();
  rmSync(folder, { recursive: true, force: true });
});

const everything = () => [...reader.all({ groups: null })];

describe('statements from real rounds of every shipped pack', () => {
  it('every statement of every round passes the xAPI validator', () => {
    const statements = everything();
    expect(statements.length).toBeGreaterThan(100);
    const problems = statements.flatMap((s) => xapiProblems(s).map((p) => `${s.object.id} (${s.verb.id}): ${p}`));
    expect(problems).toEqual([]);
  });

  it('gives one statement per evidence row and one per seat, for every pack', () => {
    const packs = new Set(records.map((r) => r.pack.id));
    expect(packs.size).toBeGreaterThanOrEqual(6);
    for (const record of records) {
      const statements = statementsForRound(db, record.id, context);
      expect(statements, record.pack.id).toHaveLength(record.evidence.length + record.seats.length);
      expect(new Set(statements.map((s) => s.id)).size).toBe(statements.length);
      expect(statements.every((s) => s.context.registration === record.id)).toBe(true);
    }
  });

  it('covers right, wrong and unanswered items, and never counts an unanswered one as an answer', () => {
    const statements = everything();
    const answered = statements.filter((s) => s.verb.id === VERBS.answered.id);
    expect(answered.some((s) => s.result.success === true)).toBe(true);
    expect(answered.some((s) => s.result.success === false)).toBe(true);
    const unanswered = statements.filter((s) => s.verb.id === VERBS.experienced.id);
    expect(unanswered.length).toBeGreaterThan(0);
    for (const s of unanswered) {
      expect(s.result).not.toHaveProperty('success');
      expect(s.result).not.toHaveProperty('response');
      expect(s.result.extensions?.[`${addresses.activityBase}extensions/outcome`]).toBe('unanswered');
    }
    const evidence = records.flatMap((r) => r.evidence);
    expect(unanswered).toHaveLength(evidence.filter((e) => e.outcome === 'unanswered').length);
    expect(answered.filter((s) => s.result.success === false)).toHaveLength(evidence.filter((e) => e.outcome === 'wrong').length);
  });

  it('makes each four-choice item a choice interaction whose right answer and responses are among its choices', () => {
    const choices = everything().filter((s) => s.object.definition.interactionType === 'choice');
    expect(new Set(choices.map((s) => s.context.contextActivities.parent![0]!.id))).toEqual(
      new Set(['sante-sport', 'panneaux', 'distances-arret', 'paris-arrondissements', 'paris-monuments'].map((p) => `${addresses.activityBase}packs/${p}`)),
    );
    for (const s of choices) {
      const ids = s.object.definition.choices!.map((c) => c.id);
      expect(ids).toContain(s.object.definition.correctResponsesPattern![0]);
      if (s.result.response !== undefined) expect(ids).toContain(s.result.response);
      if (s.result.response !== undefined) expect(s.result.success).toBe(s.result.response === s.object.definition.correctResponsesPattern![0]);
    }
    const quiz = choices.find((s) => s.object.id.includes('/packs/sante-sport/items/'))!;
    expect(quiz.object.definition.choices).toHaveLength(4);
    expect(Object.keys(quiz.object.definition.name!)).toEqual(['fr', 'en']);
  });

  it('names the actor by card id on the centre, never by pseudonym or code; a guest by an account of its seat alone', () => {
    const statements = everything();
    const text = JSON.stringify(statements);
    for (const secret of ['Renard Bleu', 'Lynx Vert', 'AAAABBBB', 'CCCCDDDD']) expect(text).not.toContain(secret);
    const names = new Set(statements.map((s) => s.actor.account.name));
    expect(names).toContain(CARD_A);
    expect(names).toContain(CARD_B);
    expect(statements.every((s) => s.actor.account.homePage === 'https://ludocite.example.org')).toBe(true);
    // One guest account per guest seat: as many as rounds, each used in one round only.
    const guests = statements.filter((s) => s.actor.account.name.startsWith('guest-'));
    const roundsOfGuest = new Map<string, Set<string>>();
    for (const s of guests) roundsOfGuest.set(s.actor.account.name, (roundsOfGuest.get(s.actor.account.name) ?? new Set()).add(s.context.registration));
    expect(roundsOfGuest.size).toBe(records.length);
    expect([...roundsOfGuest.values()].every((rounds) => rounds.size === 1)).toBe(true);
  });

  it('gives byte-identical statements when made again (ids and timestamps from the record, never the clock)', async () => {
    const first = JSON.stringify(everything());
    await new Promise((resolve) => setTimeout(resolve, 20));
    const again = statementReader(openDatabaseOnce(), statementContext(addresses, packDescriptionsFrom(loadPackCatalogue('content', { warn: () => undefined }))));
    expect(JSON.stringify([...again.all({ groups: null })])).toBe(first);
  });

  it('dates each answer within its round and the round statement at its end', () => {
    for (const record of records) {
      const statements = statementsForRound(db, record.id, context);
      const [start, end] = [Date.parse(record.startedAt), Date.parse(record.endedAt)];
      for (const s of statements) {
        const at = Date.parse(s.timestamp);
        expect(at).toBeGreaterThanOrEqual(start);
        expect(at).toBeLessThanOrEqual(end);
      }
      const ends = statements.filter((s) => s.object.definition.type === ACTIVITY_TYPES.pack);
      expect(ends).toHaveLength(record.seats.length);
      expect(ends.every((s) => s.timestamp === record.endedAt)).toBe(true);
    }
  });

  it('pages through the same statements, in the same order, whatever the page size', () => {
    const all = everything().map((s) => s.id);
    for (const size of [1, 7, 50, 333]) {
      const ids: string[] = [];
      let page = reader.page({ groups: null }, size);
      ids.push(...page.statements.map((s) => s.id));
      while (page.next) {
        expect(page.statements).toHaveLength(size);
        page = reader.page({ groups: null }, size, page.next);
        ids.push(...page.statements.map((s) => s.id));
      }
      expect(ids).toEqual(all);
    }
  });

  it('filters by period and pack on when the round was played', () => {
    const second = records[1]!;
    const since = Date.parse(second.endedAt) - 1;
    const until = Date.parse(second.endedAt) + 2_000;
    const picked = [...reader.all({ groups: null, since, until })];
    expect(new Set(picked.map((s) => s.context.registration))).toEqual(new Set([second.id]));
    const ofPack = [...reader.all({ groups: null, packId: 'panneaux' })];
    expect(ofPack.length).toBeGreaterThan(0);
    expect(ofPack.every((s) => (s.context.contextActivities.parent?.[0] ?? s.object).id === `${addresses.activityBase}packs/panneaux`)).toBe(true);
  });

  it('has no statement about an erased card: its seats and evidence are gone', () => {
    const before = everything().filter((s) => s.actor.account.name === CARD_B).length;
    expect(before).toBeGreaterThan(0);
    expect(eraseCard(db, CARD_B)).toBeDefined();
    const after = everything();
    expect(after.filter((s) => s.actor.account.name === CARD_B)).toEqual([]);
    expect(after.filter((s) => s.actor.account.name === CARD_A).length).toBeGreaterThan(0);
  });
});

describe('the validator used above', () => {
  it('refuses a broken statement (so the checks above can fail)', () => {
    const good: XapiStatement = everything()[0]!;
    expect(xapiProblems(good)).toEqual([]);
    const broken = structuredClone(good) as unknown as Record<string, Record<string, unknown>>;
    broken.context!.registration = 'round-1';
    (broken.result as Record<string, unknown>).duration = '90 seconds';
    delete (broken.verb as Record<string, unknown>).id;
    const problems = xapiProblems(broken);
    expect(problems.join('\n')).toMatch(/context\.registration/);
    expect(problems.join('\n')).toMatch(/result\.duration/);
    expect(problems.join('\n')).toMatch(/verb\.id/);
  });
});

const opened: SqliteDatabase[] = [];
function openDatabaseOnce(): SqliteDatabase {
  const another = openDatabase(folder);
  opened.push(another);
  return another;
}
afterAll(() => opened.forEach((d) => d.close()));
