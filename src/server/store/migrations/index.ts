import { initialSchema } from './001-initial';
import type { Migration } from './migration';

/** Every migration, oldest first. A new one is a new file `NNN-what.ts` added at the end. */
export const MIGRATIONS: readonly Migration[] = [initialSchema];
