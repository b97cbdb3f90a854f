import type { ApiIssue } from '../../shared/api/api-error';
import { checkName, TEAM_LABEL_NAME } from '../../shared/player-card/name-filter';
import type { RoundRecord } from '../../shared/round/round-record';

export type TeamLabelCheck = { ok: true; record: RoundRecord } | { ok: false; issues: ApiIssue[] };

/**
 * Team labels reach the team leaderboard on every big screen, so they pass the same name filter
 * as pseudonyms. The record comes back with each label in its tidied form (NFKC, spaces
 * collapsed), so "Ｂｌｅｕ" and "Bleu" are one team on the board.
 */
export function checkTeamLabels(record: RoundRecord): TeamLabelCheck {
  const issues: ApiIssue[] = [];
  const seats = record.seats.map((seat, i) => {
    if (seat.team === undefined) return seat;
    const check = checkName(seat.team, TEAM_LABEL_NAME);
    if (check.ok) return check.name === seat.team ? seat : { ...seat, team: check.name };
    issues.push({ path: `seats[${i}].team`, message: `${check.reason} (rule: ${check.rule})` });
    return seat;
  });
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, record: seats.every((seat, i) => seat === record.seats[i]) ? record : { ...record, seats } };
}
