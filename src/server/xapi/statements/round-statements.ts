import { activityCache, type ActivityCache } from './activity-cache';
import { isoDuration } from './iso-duration';
import type { PackDescription, PackDescriptions } from './pack-descriptions';
import { evidenceStatementId, guestAccountName, registrationOf, roundStatementId } from './statement-ids';
import type { StoredEvidence, StoredRound, StoredSeat } from './stored-round';
import { EXTENSION_NAMES, PLATFORM, VERBS, activityIds, type ActivityIds, type ExtensionName, type XapiAddresses } from './xapi-profile';
import type { XapiActivity, XapiAgent, XapiContext, XapiExtensions, XapiStatement } from './xapi-statement';

/** A seat's round is a success when at least this share of its answers were right (and it answered). */
export const SUCCESS_ACCURACY = 0.5;

/** What statements are made with: the centre's addresses and its packs' texts. Make it once. */
export interface StatementContext {
  addresses: XapiAddresses;
  ids: ActivityIds;
  packs: PackDescriptions;
  /** The activities, made once and shared by every statement (activity-cache.ts). */
  activities: ActivityCache;
  /** Every extension's IRI, by name. */
  extensions: Readonly<Record<ExtensionName, string>>;
}

export function statementContext(addresses: XapiAddresses, packs: PackDescriptions): StatementContext {
  const ids = activityIds(addresses);
  const extensions = Object.fromEntries(EXTENSION_NAMES.map((name) => [name, ids.extension(name)])) as Record<ExtensionName, string>;
  return { addresses, ids, packs, activities: activityCache(ids), extensions };
}

/**
 * The statements of one seat of a stored round, in the order things happened: one per evidence row
 * of the seat (`answered`, or `experienced` when unanswered), then the round's (`completed`, or
 * `terminated` when the round stopped early). Pure: the same rows and packs give the same bytes.
 */
export function seatStatements(round: StoredRound, seat: StoredSeat, context: StatementContext): XapiStatement[] {
  const shared = roundParts(round, seat, context);
  const evidence = round.evidence.filter((e) => e.seat === seat.seat);
  return [...evidence.map((e) => evidenceStatement(round, e, shared, context)), completionStatement(round, seat, evidence, shared, context)];
}

/** Every statement of a stored round, seat after seat in the round's seat order. */
export function roundStatements(round: StoredRound, context: StatementContext): XapiStatement[] {
  return round.seats.flatMap((seat) => seatStatements(round, seat, context));
}

interface RoundParts {
  described: PackDescription | undefined;
  actor: XapiAgent;
  pack: XapiActivity;
  game: XapiActivity;
  registration: string;
  contextExtensions: XapiExtensions;
}

function roundParts(round: StoredRound, seat: StoredSeat, context: StatementContext): RoundParts {
  const described = context.packs(round.packId);
  const ext = context.extensions;
  return {
    described,
    actor: {
      objectType: 'Agent',
      account: { homePage: context.addresses.homePage, name: seat.playerCardId ?? guestAccountName(round.id, seat.seat) },
    },
    pack: context.activities.pack(round.packId, described),
    game: context.activities.game(round.gameId),
    registration: registrationOf(round.id),
    contextExtensions: {
      [ext['pack-version']]: round.packVersion,
      [ext['game-version']]: round.gameVersion,
      [ext.seat]: seat.seat,
      [ext.input]: seat.input,
    },
  };
}

const context = (parts: RoundParts, activities: XapiContext['contextActivities']): XapiContext => ({
  registration: parts.registration,
  contextActivities: activities,
  platform: PLATFORM,
  extensions: parts.contextExtensions,
});

/** When an answer was given: the round's start plus its round time, never after the round's end. */
const evidenceTime = (round: StoredRound, e: StoredEvidence) => new Date(Math.min(round.startedAt + e.atMs, round.endedAt)).toISOString();

function evidenceStatement(round: StoredRound, e: StoredEvidence, parts: RoundParts, statements: StatementContext): XapiStatement {
  const { activities } = statements;
  const object = activities.item(round.packId, e.item, parts.described);
  const objective = activities.objective(round.packId, e.objectiveId, parts.described);
  const extensions = { [statements.extensions.outcome]: e.outcome, [statements.extensions.attempt]: e.attempt };
  const answered = e.outcome !== 'unanswered';
  return {
    id: evidenceStatementId(round.id, e.lineNo),
    actor: parts.actor,
    verb: answered ? VERBS.answered : VERBS.experienced,
    object,
    // An unanswered item has no success at all: it is neither right nor wrong.
    result: answered
      ? {
          success: e.outcome === 'correct',
          ...(e.response !== null ? { response: e.response } : {}),
          ...(e.responseMs !== null ? { duration: isoDuration(e.responseMs) } : {}),
          extensions,
        }
      : { completion: false, extensions },
    context: context(parts, { parent: [parts.pack], grouping: [parts.game, objective] }),
    timestamp: evidenceTime(round, e),
  };
}

function completionStatement(round: StoredRound, seat: StoredSeat, evidence: readonly StoredEvidence[], parts: RoundParts, statements: StatementContext): XapiStatement {
  const ext = statements.extensions;
  const max = Math.max(round.maxPointsPerSeat, seat.points, 1);
  const min = Math.min(0, seat.points);
  const scaled = Math.round((Math.max(-1, Math.min(1, seat.points / max)) * 10_000)) / 10_000;
  const complete = round.endReason === 'complete';
  return {
    id: roundStatementId(round.id, seat.seat),
    actor: parts.actor,
    verb: complete ? VERBS.completed : VERBS.terminated,
    object: parts.pack,
    result: {
      score: { scaled, raw: seat.points, min, max },
      // No answer, no verdict: a seat that answered nothing neither succeeded nor failed.
      ...(seat.answered > 0 ? { success: seat.correct / seat.answered >= SUCCESS_ACCURACY } : {}),
      completion: complete,
      duration: isoDuration(round.endedAt - round.startedAt),
      extensions: {
        [ext['centre-score']]: seat.centreScore,
        [ext['correct']]: seat.correct,
        [ext['answered']]: seat.answered,
        [ext['unanswered']]: evidence.filter((e) => e.outcome === 'unanswered').length,
        [ext['end-reason']]: round.endReason,
      },
    },
    context: context(parts, { grouping: [parts.game] }),
    timestamp: new Date(round.endedAt).toISOString(),
  };
}
