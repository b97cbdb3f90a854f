import type { SqliteDatabase } from '../database';

/** One step of the schema. `version` orders them; a step never changes once released. */
export interface Migration {
  version: number;
  name: string;
  up(db: SqliteDatabase): void;
}
