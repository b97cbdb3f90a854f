import type { SqliteDatabase } from '../../src/server/store/database';
import type { RoundRecord } from '../../src/shared/round/round-record';
import { BENCH_PACK } from '../server/bench-fixtures';

const OBJECTIVES = ['hydratation', 'echauffement', 'sommeil', 'nutrition'].map((slug) => `${BENCH_PACK}/${slug}`);
export const BENCH_SCREEN = 'screen-0';

/** The bench's player cards and its screen, straight into the tables (the store's checks need them). */
export function seedCardsAndScreen(db: SqliteDatabase, cards: number): void {
  const insertCard = db.prepare('INSERT INTO player_cards (id, code, pseudonym, pseudonym_key, avatar, created_at) VALUES (?, ?, ?, ?, ?, 0)');
  db.transaction(() => {
    db.prepare('INSERT INTO screens (id, first_seen_at, last_seen_at) VALUES (?, 0, 0)').run(BENCH_SCREEN);
    for (let c = 0; c < cards; c++) insertCard.run(`card-${c}`, `C${c}`, `Joueur ${c}`, `joueur${c}`, '🦊');
  })();
}

/**
 * Round `n`: 4 seats, every one signed in with a card (so each seat's mastery is updated), 20
 * score lines and `evidencePerRound` answers over four objectives.
 */
export function cardedRound(n: number, evidencePerRound: number, cards: number): RoundRecord {
  const seats = ['pad-0', 'pad-1', 'pad-2', 'pad-3'];
  const ended = Date.parse('2025-03-12T10:00:00Z') + n * 1000;
  return {
    id: `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`,
    pack: { id: BENCH_PACK, version: '1.0.0' },
    game: { id: 'quiz', version: '1.0.0' },
    sdk: 2,
    seed: n,
    screen: BENCH_SCREEN,
    startedAt: new Date(ended - 120_000).toISOString(),
    endedAt: new Date(ended).toISOString(),
    endReason: 'complete',
    seats: seats.map((seat, s) => ({ seat, input: 'pad', playerCard: `card-${(n * 4 + s) % cards}` })),
    scoreLines: Array.from({ length: 20 }, (_, i) => ({ seat: seats[i % 4]!, points: 10, reason: 'answer', atMs: i * 1000 })),
    evidence: Array.from({ length: evidencePerRound }, (_, i) => ({
      seat: seats[i % 4]!,
      objective: OBJECTIVES[Math.floor(i / 4) % OBJECTIVES.length]!,
      item: `q${i}`,
      outcome: (i + n) % 3 !== 0 ? 'correct' : 'wrong',
      response: 'a',
      responseMs: 800 + ((i * 37) % 4000),
      attempt: 1,
      atMs: i * 900,
    })),
  };
}
