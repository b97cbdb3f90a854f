import type { CardProgress } from '../../shared/api/educator-reports';
import { MASTERED_AT } from '../../shared/mastery/bkt-parameters';
import { updateKnown } from '../../shared/mastery/knowledge-trace';
import { observationOf } from '../../shared/mastery/observation';
import type { Outcome } from '../../shared/round/round-record';
import { parameterLookup } from '../mastery/parameter-table';
import type { SqliteDatabase } from '../store/database';
import { hasMasteryTables, type CardRef } from './group-report-data';
import { objectiveTitles, type TitleOf } from './objective-titles';
import { answerCounts, localDay, periodView, type PeriodRange } from './report-period';

const LAST_ROUNDS = 20;

/**
 * One card over the period: answers per day, its last rounds, its mastery now, and P(known) after
 * each round of the period, replayed from its whole evidence with the parameters now in force (the
 * same trace the mastery table holds at its end).
 */
export function cardProgressReport(db: SqliteDatabase, options: { groupId: string; card: CardRef; period: PeriodRange; timeZone: string; titleOf: TitleOf }): CardProgress {
  const { groupId, card, period } = options;
  const seats = db
    .prepare<[string], { roundId: string; packId: string; playedAt: number; points: number; centreScore: number }>(
      `SELECT rs.round_id AS roundId, rs.pack_id AS packId, rs.played_at AS playedAt, rs.points, rs.centre_score AS centreScore
       FROM round_seats rs WHERE rs.player_card_id = ? ORDER BY rs.played_at, rs.round_id`,
    )
    .all(card.cardId);
  const evidence = db
    .prepare<[string], { roundId: string; objectiveId: string; outcome: Outcome; attempt: number }>(
      `SELECT e.round_id AS roundId, e.objective_id AS objectiveId, e.outcome, e.attempt
       FROM round_seats rs JOIN evidence e ON e.round_id = rs.round_id AND e.seat = rs.seat
       WHERE rs.player_card_id = ? ORDER BY rs.played_at, rs.round_id, e.line_no`,
    )
    .all(card.cardId);
  const byRound = new Map<string, typeof evidence>();
  for (const e of evidence) {
    const list = byRound.get(e.roundId);
    if (list) list.push(e);
    else byRound.set(e.roundId, [e]);
  }
  const masteryOn = hasMasteryTables(db);
  const parametersOf = masteryOn ? parameterLookup(db) : undefined;

  const known = new Map<string, number>();
  const trace = new Map<string, CardProgress['masteryAfterRounds'][number]['points']>();
  const days = new Map<string, [number, number, number]>();
  const rounds: CardProgress['lastRounds'] = [];
  const total = [0, 0, 0];
  for (const seat of seats) {
    const inPeriod = seat.playedAt >= period.start && seat.playedAt < period.end;
    const counts = [0, 0, 0];
    const touched = new Set<string>();
    for (const e of byRound.get(seat.roundId) ?? []) {
      if (inPeriod) {
        if (e.outcome === 'correct') counts[0]! += 1;
        if (e.outcome !== 'unanswered') counts[1]! += 1;
        else counts[2]! += 1;
      }
      const right = parametersOf ? observationOf(e) : undefined;
      if (right === undefined || !parametersOf) continue;
      const parameters = parametersOf(e.objectiveId);
      known.set(e.objectiveId, updateKnown(known.get(e.objectiveId) ?? parameters.pInit, right, parameters));
      touched.add(e.objectiveId);
    }
    if (!inPeriod) continue;
    const at = new Date(seat.playedAt).toISOString();
    for (const objective of touched) {
      const points = trace.get(objective) ?? [];
      points.push({ at, roundId: seat.roundId, pKnown: known.get(objective)! });
      trace.set(objective, points);
    }
    const day = localDay(seat.playedAt, options.timeZone);
    const dayCounts = days.get(day) ?? [0, 0, 0];
    counts.forEach((n, i) => (dayCounts[i]! += n));
    counts.forEach((n, i) => (total[i]! += n));
    days.set(day, dayCounts);
    rounds.push({ ...seat, playedAt: at, ...answerCounts(counts[0]!, counts[1]!, counts[2]!) });
  }
  const mastery = masteryOn
    ? db
        .prepare<[string], { objectiveId: string; pKnown: number; answers: number }>(
          'SELECT objective_id AS objectiveId, p_known AS pKnown, answers FROM mastery WHERE player_card_id = ? ORDER BY objective_id',
        )
        .all(card.cardId)
        .map((row) => ({ ...row, mastered: row.pKnown >= MASTERED_AT }))
    : [];
  return {
    groupId,
    period: periodView(period),
    card,
    answers: answerCounts(total[0]!, total[1]!, total[2]!),
    days: [...days].map(([day, [c, a, u]]) => ({ day, ...answerCounts(c, a, u) })),
    masteryAfterRounds: [...trace].sort(([a], [b]) => a.localeCompare(b)).map(([objectiveId, points]) => ({ objectiveId, points })),
    mastery,
    lastRounds: rounds.reverse().slice(0, LAST_ROUNDS),
    objectiveTitles: objectiveTitles([...mastery.map((m) => m.objectiveId), ...trace.keys()], options.titleOf),
  };
}
