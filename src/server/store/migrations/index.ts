import { initialSchema } from './001-initial';
import { evidenceOutcome } from './002-evidence-outcome';
import { trustedScreens } from './003-trusted-screens';
import { nameKeys } from './004-name-keys';
import { masteryTables } from './005-mastery';
import { educatorTables } from './006-educators';
import { xapiOutbox } from './007-xapi-outbox';
import type { Migration } from './migration';

/**
 * Every migration, oldest first. A new one is a new file `NNN-what.ts` added at the end. Versions
 * must rise but may skip a number (2 and 3 were written at the same time): a database that got 3
 * first gets 2 on its next start.
 */
export const MIGRATIONS: readonly Migration[] = [initialSchema, evidenceOutcome, trustedScreens, nameKeys, masteryTables, educatorTables, xapiOutbox];
