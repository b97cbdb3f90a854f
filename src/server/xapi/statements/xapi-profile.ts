import type { XapiVerb } from './xapi-statement';

/**
 * Ludocité's xAPI profile (docs/xapi.md says it for an LRS administrator): ADL verbs and activity
 * types wherever one fits, and a few extensions of our own under the centre's activity base.
 */

/** Where our statements say they come from (`context.platform`). */
export const PLATFORM = 'Ludocité';

export const VERBS = {
  /** A seat played a round of a pack to its end. */
  completed: { id: 'http://adlnet.gov/expapi/verbs/completed', display: { fr: 'a terminé', en: 'completed' } },
  /** A round stopped before its end (time limit, quit, failure): the seat's results so far. */
  terminated: { id: 'http://adlnet.gov/expapi/verbs/terminated', display: { fr: 'a arrêté', en: 'terminated' } },
  /** A seat answered an item, right or wrong. */
  answered: { id: 'http://adlnet.gov/expapi/verbs/answered', display: { fr: 'a répondu', en: 'answered' } },
  /**
   * An item was put to the seat and it gave no answer: never counted as wrong, nor as answered
   * (accuracy is correct ÷ answered), so it is not an `answered` statement.
   */
  experienced: { id: 'http://adlnet.gov/expapi/verbs/experienced', display: { fr: 'a vu sans répondre', en: 'experienced' } },
} as const satisfies Record<string, XapiVerb>;

export const ACTIVITY_TYPES = {
  /** A mini-game (`quiz-duel`): the mechanics. */
  game: 'http://activitystrea.ms/schema/1.0/game',
  /** A content pack (`sante-sport`): what a round plays and assesses. */
  pack: 'http://adlnet.gov/expapi/activities/assessment',
  /** One item of a pack: a question, a road test, a place to find. */
  item: 'http://adlnet.gov/expapi/activities/cmi.interaction',
  /** What a pack assesses (`sante-sport/hydratation`). */
  objective: 'http://adlnet.gov/expapi/activities/objective',
} as const;

/** Our extensions, each an IRI under the activity base (`<base>extensions/<name>`). */
export const EXTENSION_NAMES = [
  // context
  'pack-version',
  'game-version',
  'seat',
  'input',
  // result of a round
  'centre-score',
  'correct',
  'answered',
  'unanswered',
  'end-reason',
  // result of an item
  'outcome',
  'attempt',
] as const;
export type ExtensionName = (typeof EXTENSION_NAMES)[number];

/** How the statements of one centre are addressed (docs/xapi.md, "Configuration"). */
export interface XapiAddresses {
  /** The centre's public address (PUBLIC_URL), the `homePage` of every actor's account. */
  homePage: string;
  /** XAPI_ACTIVITY_BASE, ending in `/`: every activity and extension id we mint starts with it. */
  activityBase: string;
}

const segment = (value: string) => encodeURIComponent(value);

/**
 * Activity and extension ids. Versions never enter them: a pack's item stays the same activity
 * when the pack is updated, so an LRS sees one history per item.
 */
export function activityIds(addresses: XapiAddresses) {
  const base = addresses.activityBase;
  return {
    game: (gameId: string) => `${base}games/${segment(gameId)}`,
    pack: (packId: string) => `${base}packs/${segment(packId)}`,
    item: (packId: string, itemId: string) => `${base}packs/${segment(packId)}/items/${segment(itemId)}`,
    /** An objective id already names its pack: `sante-sport/hydratation`. */
    objective: (objectiveId: string) => `${base}objectives/${objectiveId.split('/').map(segment).join('/')}`,
    extension: (name: ExtensionName) => `${base}extensions/${name}`,
  };
}
export type ActivityIds = ReturnType<typeof activityIds>;
