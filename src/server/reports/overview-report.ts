import { ACCURACY_BANDS, type Overview } from '../../shared/api/educator-reports';
import { MASTERED_AT } from '../../shared/mastery/bkt-parameters';
import type { SqliteDatabase } from '../store/database';
import { hasMasteryTables } from './group-report-data';
import { objectiveTitles, type TitleOf } from './objective-titles';
import { answerCounts, periodView, type PeriodRange } from './report-period';

type ObjectiveMastery = NonNullable<Overview['masteryByObjective']>[number];

/** Participation, rounds, answers, accuracy bands and mastery per objective of one group. */
export function overviewReport(db: SqliteDatabase, groupId: string, period: PeriodRange, titleOf: TitleOf): Overview {
  const cards = db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM group_cards WHERE group_id = ?').get(groupId)!.n;
  const seats = db
    .prepare<[string, number, number], { seats: number; rounds: number; active: number }>(
      `SELECT count(*) AS seats, count(DISTINCT rs.round_id) AS rounds, count(DISTINCT rs.player_card_id) AS active
       FROM group_cards gc JOIN round_seats rs ON rs.player_card_id = gc.player_card_id
       WHERE gc.group_id = ? AND rs.played_at >= ? AND rs.played_at < ?`,
    )
    .get(groupId, period.start, period.end)!;
  const perCard = db
    .prepare<[string, number, number], { card: string; correct: number; answered: number; unanswered: number }>(
      `SELECT rs.player_card_id AS card,
              sum(e.outcome = 'correct') AS correct, sum(e.outcome != 'unanswered') AS answered, sum(e.outcome = 'unanswered') AS unanswered
       FROM group_cards gc
       JOIN round_seats rs ON rs.player_card_id = gc.player_card_id
       JOIN evidence e ON e.round_id = rs.round_id AND e.seat = rs.seat
       WHERE gc.group_id = ? AND rs.played_at >= ? AND rs.played_at < ?
       GROUP BY rs.player_card_id`,
    )
    .all(groupId, period.start, period.end);
  const total = perCard.reduce((t, c) => ({ c: t.c + c.correct, a: t.a + c.answered, u: t.u + c.unanswered }), { c: 0, a: 0, u: 0 });
  const bands = ACCURACY_BANDS.map((band) => ({
    id: band.id,
    cards: perCard.filter((c) => c.answered > 0 && (100 * c.correct) / c.answered >= band.min && (100 * c.correct) / c.answered < band.max).length,
  }));
  const masteryByObjective = hasMasteryTables(db)
    ? db
        .prepare<[number, string], ObjectiveMastery>(
          `SELECT m.objective_id AS objectiveId, substr(m.objective_id, 1, instr(m.objective_id, '/') - 1) AS packId,
                  count(*) AS cards, sum(m.p_known >= ?) AS mastered, avg(m.p_known) AS meanPKnown
           FROM group_cards gc JOIN mastery m ON m.player_card_id = gc.player_card_id
           WHERE gc.group_id = ? GROUP BY m.objective_id ORDER BY m.objective_id`,
        )
        .all(MASTERED_AT, groupId)
    : null;
  return {
    groupId,
    period: periodView(period),
    cards,
    activeCards: seats.active,
    rounds: seats.rounds,
    seats: seats.seats,
    answers: answerCounts(total.c, total.a, total.u),
    bands,
    masteryByObjective,
    objectiveTitles: objectiveTitles((masteryByObjective ?? []).map((o) => o.objectiveId), titleOf),
  };
}
