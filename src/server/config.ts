import { resolve } from 'node:path';
import { z } from 'zod';
import { forwardConfigOf, forwardEnvironmentProblems, forwardEnvironmentShape, type ForwardConfig } from './xapi/forward/forward-config';
import { statementEnvironmentShape, xapiAddressesOf } from './xapi/statements/xapi-environment';
import type { XapiAddresses } from './xapi/statements/xapi-profile';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** A folder given relative to where the server starts is made absolute once, here. */
const folder = (fallback: string) =>
  z
    .string()
    .trim()
    .min(1, 'give a folder path')
    .default(fallback)
    .transform((path) => resolve(path));

/**
 * The server's environment variables. Unknown variables are ignored (the environment carries many);
 * an empty value counts as unset, so `PORT=` in a unit file falls back to the default.
 */
const environmentSchema = z.object({
  PORT: z.coerce
    .number({ error: 'give a port number from 0 to 65535' })
    .int('give a whole port number')
    .min(0, 'give a port number from 0 to 65535')
    .max(65535, 'give a port number from 0 to 65535')
    .default(8080),
  HOST: z.string().trim().min(1).default('0.0.0.0'),
  DATA_DIR: folder('./data'),
  APPS_DIR: folder('./dist/apps'),
  CONTENT_DIR: folder('./content'),
  LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
  /** Tests and development only: see docs/operations.md, "Pairing screens". */
  LUDOCITE_PAIR_LOOPBACK: z.enum(['0', '1'], { error: 'give 1 (on) or 0 (off)' }).default('0'),
  TIME_ZONE: z
    .string()
    .trim()
    .refine(isTimeZone, 'give an IANA time zone, like "Europe/Paris"')
    .default('Europe/Paris'),
  /** Rounds, evidence and logs older than this are deleted each night: docs/operations.md, "Children's data". */
  RETENTION_DAYS: z.coerce
    .number({ error: 'give a number of days' })
    .int('give a whole number of days')
    .min(7, 'keep at least 7 days (a week of play for the reports)')
    .max(3650, 'keep at most 3650 days (ten years)')
    .default(365),
  /** How long a phone that dropped keeps its seat: docs/operations.md, "Rooms". */
  ROOM_SEAT_GRACE_S: z.coerce
    .number({ error: 'give a number of seconds' })
    .int('give a whole number of seconds')
    .min(10, 'give a phone at least 10 s to come back (a reload takes a few)')
    .max(600, 'hold a seat at most 600 s (ten minutes)')
    .default(60),
  /** How often every room socket is pinged; a silent one is dropped at the next ping: docs/operations.md, "Rooms". */
  ROOM_HEARTBEAT_S: z.coerce
    .number({ error: 'give a number of seconds' })
    .int('give a whole number of seconds')
    .min(5, 'ping at most every 5 s')
    .max(120, 'ping at least every 120 s (a dead phone holds its seat until then)')
    .default(15),
  /** Forwarding statements to a learning record store: docs/operations.md, "Forwarding to a learning record store". */
  ...forwardEnvironmentShape,
  /** The centre's public address and xAPI ids: docs/xapi.md, "Configuration". */
  ...statementEnvironmentShape,
});

function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

export interface ServerConfig {
  port: number;
  host: string;
  /** Holds the SQLite file (`ludocite.sqlite`) and its WAL; created on first start. */
  dataDir: string;
  /** The built apps: `<appsDir>/screen/index.html` and so on. */
  appsDir: string;
  /** Content packs: `<contentDir>/<pack-id>/pack.json`. */
  contentDir: string;
  logLevel: (typeof LOG_LEVELS)[number];
  /** Where "today" and "this week" begin for the leaderboards. */
  timeZone: string;
  /**
   * LUDOCITE_PAIR_LOOPBACK=1: a screen on the server machine itself may pair without a code, so
   * the e2e and development setups need no operator. Off unless set.
   */
  pairLoopbackScreens: boolean;
  /** Rounds and evidence older than this many days are deleted by the daily retention job (default 365). */
  retentionDays?: number;
  /** Where xAPI statements are forwarded; absent when XAPI_LRS_URL is unset (nothing is sent). */
  xapiForward?: ForwardConfig;
  /** ROOM_SEAT_GRACE_S and ROOM_HEARTBEAT_S, in ms; absent in hand-made configurations (the defaults, 60 s and 15 s). */
  rooms?: { seatGraceMs: number; heartbeatMs: number };
  /** PUBLIC_URL and XAPI_ACTIVITY_BASE (docs/xapi.md); absent in hand-made configurations: `http://localhost:<port>`. */
  xapi?: XapiAddresses;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Reads the configuration from environment variables; throws a ConfigError naming each bad one. */
export function configFromEnvironment(environment: Record<string, string | undefined> = process.env): ServerConfig {
  const known = Object.keys(environmentSchema.shape);
  const given = Object.fromEntries(
    known.filter((name) => environment[name] !== undefined && environment[name] !== '').map((name) => [name, environment[name]]),
  );
  const parsed = environmentSchema.safeParse(given);
  const problems = parsed.success
    ? forwardEnvironmentProblems(parsed.data)
    : parsed.error.issues.map((issue) => ({ name: String(issue.path[0] ?? 'environment'), message: issue.message }));
  if (!parsed.success || problems.length > 0) {
    // A password is never echoed back: the message may land in a log.
    const shown = (name: string) => (name === 'XAPI_LRS_PASSWORD' ? '(hidden)' : JSON.stringify(given[name] ?? ''));
    const lines = problems.map(({ name, message }) => `  ${name}=${shown(name)}: ${message}`);
    throw new ConfigError(`The server cannot start: bad environment variable(s)\n${lines.join('\n')}`);
  }
  const env = parsed.data;
  return {
    port: env.PORT,
    host: env.HOST,
    dataDir: env.DATA_DIR,
    appsDir: env.APPS_DIR,
    contentDir: env.CONTENT_DIR,
    logLevel: env.LOG_LEVEL,
    timeZone: env.TIME_ZONE,
    pairLoopbackScreens: env.LUDOCITE_PAIR_LOOPBACK === '1',
    retentionDays: env.RETENTION_DAYS,
    xapiForward: forwardConfigOf(env),
    rooms: { seatGraceMs: env.ROOM_SEAT_GRACE_S * 1000, heartbeatMs: env.ROOM_HEARTBEAT_S * 1000 },
    xapi: xapiAddressesOf(env),
  };
}
