import type { SqliteDatabase } from './database';
import type { AdmittedRound } from './store';

/** One team's result in one round: the mean centre score of its seats, and their answers. */
export interface TeamResult {
  team: string;
  centreScore: number;
  correct: number;
  answered: number;
}

/**
 * A team's round score is the mean of its seats' centre scores, so a team of four does not beat a
 * team of two by headcount. Guests in a team count: the team is listed, never the guest.
 */
export function teamResults(round: AdmittedRound): TeamResult[] {
  const results = new Map(round.seatResults.map((r) => [r.seat, r]));
  const teams = new Map<string, { total: number; seats: number; correct: number; answered: number }>();
  for (const seat of round.record.seats) {
    const result = results.get(seat.seat);
    if (!seat.team || !result) continue;
    const team = teams.get(seat.team) ?? { total: 0, seats: 0, correct: 0, answered: 0 };
    team.total += result.centreScore;
    team.seats += 1;
    team.correct += result.correct;
    team.answered += result.answered;
    teams.set(seat.team, team);
  }
  return [...teams].map(([team, t]) => ({ team, centreScore: Math.round(t.total / t.seats), correct: t.correct, answered: t.answered }));
}

/**
 * Keeps the all-time tallies in step with round_seats. Called inside the round's transaction,
 * so a tally never counts a round that was not stored.
 */
export function createTallyWriter(db: SqliteDatabase): (round: AdmittedRound) => void {
  const tallyPlayer = db.prepare(
    `INSERT INTO player_pack_tallies (player_card_id, pack_id, best, correct, answered, rounds) VALUES (?, ?, ?, ?, ?, 1)
     ON CONFLICT (player_card_id, pack_id) DO UPDATE SET
       best = max(best, excluded.best), correct = correct + excluded.correct,
       answered = answered + excluded.answered, rounds = rounds + 1`,
  );
  const tallyTeam = db.prepare(
    `INSERT INTO team_pack_tallies (team, pack_id, best, correct, answered, rounds) VALUES (?, ?, ?, ?, ?, 1)
     ON CONFLICT (team, pack_id) DO UPDATE SET
       best = max(best, excluded.best), correct = correct + excluded.correct,
       answered = answered + excluded.answered, rounds = rounds + 1`,
  );
  const tallyGuests = db.prepare(
    `INSERT INTO pack_guest_tallies (pack_id, seats) VALUES (?, ?)
     ON CONFLICT (pack_id) DO UPDATE SET seats = seats + excluded.seats`,
  );

  return (round) => {
    const pack = round.record.pack.id;
    const results = new Map(round.seatResults.map((r) => [r.seat, r]));
    let guests = 0;
    for (const seat of round.record.seats) {
      const result = results.get(seat.seat);
      if (!result) continue;
      if (seat.playerCard) tallyPlayer.run(seat.playerCard, pack, result.centreScore, result.correct, result.answered);
      else guests += 1;
    }
    for (const team of teamResults(round)) tallyTeam.run(team.team, pack, team.centreScore, team.correct, team.answered);
    if (guests > 0) tallyGuests.run(pack, guests);
  };
}

/**
 * Recomputes every tally from round_seats, in one transaction: after a bulk import, a repair, or
 * erasing player cards (whose seats then count as guest seats). Gives what the round writer keeps.
 */
export function rebuildTallies(db: SqliteDatabase): void {
  db.transaction(() => {
    db.exec(`
      DELETE FROM player_pack_tallies;
      DELETE FROM team_pack_tallies;
      DELETE FROM pack_guest_tallies;
      INSERT INTO player_pack_tallies (player_card_id, pack_id, best, correct, answered, rounds)
        SELECT player_card_id, pack_id, max(centre_score), sum(correct), sum(answered), count(*)
        FROM round_seats WHERE player_card_id IS NOT NULL GROUP BY player_card_id, pack_id;
      INSERT INTO team_pack_tallies (team, pack_id, best, correct, answered, rounds)
        SELECT team, pack_id, max(score), sum(correct), sum(answered), count(*)
        FROM (
          SELECT team, pack_id, CAST(round(avg(centre_score)) AS INTEGER) AS score,
                 sum(correct) AS correct, sum(answered) AS answered
          FROM round_seats WHERE team IS NOT NULL GROUP BY team, round_id
        )
        GROUP BY team, pack_id;
      INSERT INTO pack_guest_tallies (pack_id, seats)
        SELECT pack_id, count(*) FROM round_seats WHERE player_card_id IS NULL GROUP BY pack_id;
    `);
  }).immediate();
}
