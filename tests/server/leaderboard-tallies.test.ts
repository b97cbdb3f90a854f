import Database from 'better-sqlite3';
import fc from 'fast-check';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../src/server/store/database';
import { rebuildTallies } from '../../src/server/store/sqlite-tallies';
import { issuedPlayerCardSchema } from '../../src/shared/api/player-cards';
import type { RoundSeat } from '../../src/shared/round/round-record';
import { roundRecord } from './support/round-records';
import { quizPack, startTestServer, TEST_NOW } from './support/test-server';

const seatPlay = fc.record({
  who: fc.integer({ min: -1, max: 3 }), // -1: a guest, else one of four cards
  team: fc.constantFrom(undefined, 'sky', 'orange'),
  points: fc.integer({ min: 0, max: 100 }),
  answered: fc.integer({ min: 0, max: 4 }),
  correct: fc.integer({ min: 0, max: 4 }),
});
const roundPlay = fc.record({
  pack: fc.constantFrom('sante-sport', 'code-route'),
  agoMs: fc.integer({ min: 0, max: 2 * 86_400_000 }), // within this week: TEST_NOW is a Wednesday
  seats: fc.array(seatPlay, { minLength: 1, maxLength: 4 }),
});

const QUERIES = ['by=player', 'by=player&pack=sante-sport', 'by=team', 'by=team&pack=code-route'];

describe('all-time tallies', () => {
  it('agree with the boards computed from the rounds themselves, and rebuild to the same', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(roundPlay, { minLength: 1, maxLength: 12 }), async (rounds) => {
        const server = await startTestServer({ packs: [quizPack(), quizPack({ id: 'code-route' })] });
        try {
          const cards: string[] = [];
          for (const pseudonym of ['Panda Rapide 10', 'Tigre Calme 20', 'Lynx Agile 30', 'Orque Sage 40']) {
            const response = await server.app.inject({ method: 'POST', url: '/api/player-cards', payload: { pseudonym, avatar: '🐼' } });
            cards.push(issuedPlayerCardSchema.parse(response.json()).id);
          }
          for (const round of rounds) {
            const plays = round.seats.map((play, i) => {
              const seat: RoundSeat = { seat: `pad-${i}`, input: 'pad' };
              if (play.who >= 0 && !round.seats.slice(0, i).some((p) => p.who === play.who)) seat.playerCard = cards[play.who];
              if (play.team) seat.team = play.team;
              return { seat, points: play.points, answered: play.answered, correct: Math.min(play.correct, play.answered) };
            });
            const record = roundRecord(plays, { pack: round.pack, endedAt: TEST_NOW - round.agoMs });
            const response = await server.postRound(record);
            expect(response.statusCode).toBe(201);
          }
          const board = async (query: string) => {
            const { period: _period, since: _since, ...rest } = (await server.app.inject({ url: `/api/leaderboards?limit=100&${query}` })).json();
            return rest;
          };
          const boards = async () => Promise.all(QUERIES.map((q) => board(`period=all&${q}`)));
          const fromTallies = await boards();
          const fromRounds = await Promise.all(QUERIES.map((q) => board(`period=week&${q}`)));
          expect(fromTallies).toEqual(fromRounds);

          const db = new Database(join(server.config.dataDir, DATABASE_FILE));
          rebuildTallies(db);
          db.close();
          expect(await boards()).toEqual(fromTallies);
        } finally {
          await server.dispose();
        }
      }),
      { numRuns: 15 },
    );
  }, 60_000);
});
