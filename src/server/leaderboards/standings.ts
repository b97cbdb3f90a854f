import type { PlayerStanding, TeamStanding } from '../../shared/api/leaderboards';
import type { LeaderboardLine } from '../store/store';

/** Accuracy beside the score, never folded into it; null when nothing was answered. */
function accuracy(line: LeaderboardLine): number | null {
  return line.answered > 0 ? line.correct / line.answered : null;
}

/** A player's public line: pseudonym and avatar only, never the card's id or code. */
export function toPlayerStanding(line: LeaderboardLine): PlayerStanding {
  return {
    rank: line.rank,
    pseudonym: line.name,
    avatar: line.avatar ?? '',
    centreScore: line.centreScore,
    accuracy: accuracy(line),
    rounds: line.rounds,
  };
}

export function toTeamStanding(line: LeaderboardLine): TeamStanding {
  return { rank: line.rank, team: line.name, centreScore: line.centreScore, accuracy: accuracy(line), rounds: line.rounds };
}
