// The door to xAPI statements made from stored rounds (issue 11; docs/xapi.md). The forwarder and
// the export call these; nothing here writes to the store.

// Making statements
export { statementContext, seatStatements, roundStatements, SUCCESS_ACCURACY } from './round-statements';
export type { StatementContext } from './round-statements';
export { statementReader, statementsForRound } from './statement-reader';
export type { StatementReader, StatementQuery, StatementCursor, StatementPage } from './statement-reader';
export { encodeCursor, decodeCursor } from './statement-cursor';

// Addresses, packs and the profile
export { xapiAddresses, DEFAULT_ACTIVITY_PATH } from './xapi-addresses';
export { addressesOfConfig, statementEnvironmentShape, xapiAddressesOf } from './xapi-environment';
export { packDescriptionsFrom, describePack, describeItems } from './pack-descriptions';
export type { PackDescription, PackDescriptions, ItemDescription } from './pack-descriptions';
export { VERBS, ACTIVITY_TYPES, EXTENSION_NAMES, PLATFORM, activityIds } from './xapi-profile';
export type { XapiAddresses, ExtensionName } from './xapi-profile';
export { nameBasedUuid, registrationOf, LUDOCITE_XAPI_NAMESPACE } from './statement-ids';

// What is made
export type { StoredRound, StoredSeat, StoredEvidence } from './stored-round';
export type { XapiStatement, XapiStatementResult, XapiAgent, XapiActivity, XapiResult, XapiContext, LanguageMap } from './xapi-statement';
