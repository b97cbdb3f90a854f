import { DEFAULT_EVIDENCE_PER_SEAT, type ContentPack } from '../../shared/pack/content-pack';
import type { PackProblem } from '../../shared/pack/check-pack';
import { roundRecordSchema } from '../../shared/round/round-record';
import { formatPath } from '../../shared/pack/check-pack';
import { seatLimit, type MiniGame } from '../mini-game';
import type { RulesSeat } from '../rules/rules';
import { playRound, randomBot, type PlayedRound } from './play-round';

export interface RoundChecks {
  /** Rounds of random bots to play; 1,000 unless said. */
  randomRounds?: number;
  /** Seat counts to try; every count the pack allows, up to four, unless said. */
  seatCounts?: readonly number[];
  /**
   * Stops the random rounds once this much wall time has gone (a test suite's budget); the best,
   * idle and replayed rounds always run. `onRandomRounds` is told how many were played.
   */
  budgetMs?: number;
  onRandomRounds?: (played: number) => void;
}

/**
 * Plays rounds of one pack in Node and reports what a player or the centre would suffer: a round
 * that does not end in time, points beyond `maxPointsPerSeat` (the server refuses such rounds),
 * a best play that cannot reach it (the centre score would be unfair), an objective no round ever
 * gives evidence for, a replay that differs, a throw under random presses.
 */
export function checkRounds(game: MiniGame, pack: ContentPack, checks: RoundChecks = {}): PackProblem[] {
  const problems: PackProblem[] = [];
  const counts = checks.seatCounts ?? range(pack.players.min, Math.min(pack.players.max, 4));
  const evidenced = new Set<string>();
  const play = (label: string, run: () => PlayedRound): PlayedRound | undefined => {
    try {
      const played = run();
      played.record.evidence.forEach((e) => evidenced.add(e.objective));
      const valid = roundRecordSchema.safeParse(played.record);
      if (!valid.success) {
        problems.push(...valid.error.issues.slice(0, 3).map((issue) => ({ path: `rounds.${label}.record.${formatPath(issue.path)}`, message: issue.message })));
      }
      if (played.endReason !== 'complete') {
        problems.push({ path: `rounds.${label}`, message: `the round did not end within maxDurationS (${game.maxDurationS} s): the rules must call end()` });
      }
      for (const seat of played.record.seats) {
        const evidence = played.record.evidence.filter((e) => e.seat === seat.seat).length;
        if (evidence > (pack.evidencePerSeat ?? DEFAULT_EVIDENCE_PER_SEAT)) {
          problems.push({ path: 'evidencePerSeat', message: `a seat gave ${evidence} pieces of evidence in one round, more than the ${pack.evidencePerSeat ?? `default ${DEFAULT_EVIDENCE_PER_SEAT}`} the server accepts: say the real maximum` });
        }
        const points = played.engine.totals(seat.seat).points;
        if (points > pack.maxPointsPerSeat) {
          problems.push({ path: `rounds.${label}.${seat.seat}`, message: `${points} points is more than maxPointsPerSeat (${pack.maxPointsPerSeat}): the server would refuse this round` });
        }
      }
      return played;
    } catch (error) {
      problems.push({ path: `rounds.${label}`, message: `the rules threw: ${(error as Error).message}` });
      return undefined;
    }
  };

  const best = game.bots?.best;
  if (!best) problems.push({ path: 'bots.best', message: 'the mini-game gives no best-play bot, so nobody can check maxPointsPerSeat is reachable' });
  for (const seats of counts) {
    for (const seed of [1, 2, 3]) {
      if (best) {
        const played = play(`best[${seats} seats, seed ${seed}]`, () => playRound(game, pack, { seats, seed, bots: best }));
        if (played) {
          const short = played.record.seats.map((s) => played.engine.totals(s.seat).points).filter((p) => p < pack.maxPointsPerSeat);
          if (short.length) {
            problems.push({ path: `maxPointsPerSeat`, message: `the best play made ${Math.max(...short)} points with ${seats} seats (seed ${seed}), not ${pack.maxPointsPerSeat}: say the real maximum` });
          }
          const again = playRound(game, pack, { seats, seed, inputs: played.log });
          if (JSON.stringify(again.record) !== JSON.stringify(played.record)) {
            problems.push({ path: `rounds.best[${seats} seats, seed ${seed}]`, message: 'replaying the input log gave a different record: the rules use something besides the seed, content and input (Math.random, Date.now, object order?)' });
          }
        }
      }
      play(`idle[${seats} seats, seed ${seed}]`, () => playRound(game, pack, { seats, seed }));
    }
  }
  // A game that takes a whole group on phones is played once at that size, with phone seats:
  // the best play must still reach the maximum, and the record must still be one the server takes.
  const group = seatLimit(game, pack, true);
  if (group > seatLimit(game, pack, false)) {
    const phones: RulesSeat[] = Array.from({ length: group }, (_, i) => ({ id: `phone-${i}`, input: 'phone' }));
    const label = `${group} phone seats, seed 1`;
    if (best) {
      const played = play(`best[${label}]`, () => playRound(game, pack, { seats: phones, seed: 1, bots: best }));
      const short = played?.record.seats.map((s) => played.engine.totals(s.seat).points).filter((p) => p < pack.maxPointsPerSeat) ?? [];
      if (short.length) problems.push({ path: 'maxPointsPerSeat', message: `the best play made ${Math.max(...short)} points with ${group} phone seats (seed 1), not ${pack.maxPointsPerSeat}` });
    }
    play(`idle[${label}]`, () => playRound(game, pack, { seats: phones, seed: 1 }));
  }
  const rounds = checks.randomRounds ?? 1000;
  const stopAt = checks.budgetMs === undefined ? Infinity : performance.now() + checks.budgetMs;
  let randomPlayed = 0;
  for (let i = 0; i < rounds && performance.now() < stopAt; i++) {
    randomPlayed++;
    const seats = counts[i % counts.length]!;
    const seed = 1000 + i;
    const played = play(`random[${seats} seats, seed ${seed}]`, () => playRound(game, pack, { seats, seed, bots: game.bots?.random ?? randomBot }));
    if (played && i < 5) {
      const again = playRound(game, pack, { seats, seed, inputs: played.log });
      if (JSON.stringify(again.record) !== JSON.stringify(played.record)) {
        problems.push({ path: `rounds.random[${seats} seats, seed ${seed}]`, message: 'replaying the input log gave a different record' });
      }
    }
    if (problems.length > 20) break;
  }
  checks.onRandomRounds?.(randomPlayed);
  pack.objectives.forEach((objective, i) => {
    if (!evidenced.has(objective.id)) problems.push({ path: `objectives[${i}]`, message: `"${objective.id}" got no evidence in any round the kit played` });
  });
  return dedupe(problems);
}

const range = (from: number, to: number) => Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);

/** The same problem found in many rounds is told once, with how many. */
function dedupe(problems: PackProblem[]): PackProblem[] {
  const seen = new Map<string, { problem: PackProblem; count: number }>();
  for (const problem of problems) {
    const key = problem.message;
    const entry = seen.get(key);
    if (entry) entry.count += 1;
    else seen.set(key, { problem, count: 1 });
  }
  return [...seen.values()].map(({ problem, count }) => (count > 1 ? { ...problem, message: `${problem.message} (and in ${count - 1} more rounds)` } : problem));
}
