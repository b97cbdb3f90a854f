import { z } from 'zod';

/** How the server forwards statements to a learning record store; absent when XAPI_LRS_URL is unset. */
export interface ForwardConfig {
  /** The LRS's xAPI endpoint, ending in `/`: statements go to `<endpoint>statements`. */
  endpoint: string;
  username: string;
  password: string;
  /** Statements per POST (1–1000). */
  batchSize: number;
  /** The longest wait between two tries after a network error, a 5xx or a 429. */
  retryMaxMs: number;
  /** A POST unanswered after this long counts as a network error (its statements are sent again). */
  timeoutMs: number;
}

const seconds = (what: string, min: number, max: number, fallback: number) =>
  z.coerce
    .number({ error: `give a number of seconds (${what})` })
    .int('give a whole number of seconds')
    .min(min, `give at least ${min} s`)
    .max(max, `give at most ${max} s`)
    .default(fallback);

function httpUrlProblem(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'give the LRS endpoint as an address, like "https://lrs.example.org/xAPI/"';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'give an http:// or https:// address';
  if (url.username || url.password) return 'put the credentials in XAPI_LRS_USERNAME and XAPI_LRS_PASSWORD, not in the address';
  if (url.search || url.hash) return 'give the endpoint without a query or fragment';
  return undefined;
}

/**
 * The forwarding variables, merged into the server's environment schema (config.ts). An empty
 * variable counts as unset there, as for every other variable.
 */
export const forwardEnvironmentShape = {
  XAPI_LRS_URL: z
    .string()
    .trim()
    .superRefine((value, context) => {
      const problem = httpUrlProblem(value);
      if (problem) context.addIssue({ code: 'custom', message: problem });
    })
    .optional(),
  XAPI_LRS_USERNAME: z
    .string()
    .refine((value) => !value.includes(':'), 'a Basic-auth username cannot hold ":" (RFC 7617)')
    .optional(),
  XAPI_LRS_PASSWORD: z.string().optional(),
  XAPI_BATCH_SIZE: z.coerce
    .number({ error: 'give a number of statements' })
    .int('give a whole number of statements')
    .min(1, 'give at least 1 statement')
    .max(1000, 'give at most 1000 statements (LRSs refuse larger posts)')
    .default(100),
  XAPI_RETRY_MAX_S: seconds('the longest wait between tries', 1, 3600, 60),
  XAPI_LRS_TIMEOUT_S: seconds('how long to wait for the LRS to answer', 1, 600, 30),
};

type ForwardEnvironment = z.infer<z.ZodObject<typeof forwardEnvironmentShape>>;

/** Problems between variables (each is fine alone): reported with the rest by config.ts. */
export function forwardEnvironmentProblems(env: ForwardEnvironment): { name: keyof ForwardEnvironment; message: string }[] {
  const problems: { name: keyof ForwardEnvironment; message: string }[] = [];
  if (env.XAPI_LRS_URL === undefined) {
    for (const name of ['XAPI_LRS_USERNAME', 'XAPI_LRS_PASSWORD'] as const) {
      if (env[name] !== undefined) problems.push({ name, message: 'set XAPI_LRS_URL too, or unset this one' });
    }
    return problems;
  }
  if (env.XAPI_LRS_USERNAME === undefined) problems.push({ name: 'XAPI_LRS_USERNAME', message: 'the LRS needs credentials: give the username (Basic auth, as the LRS issued it)' });
  if (env.XAPI_LRS_PASSWORD === undefined) problems.push({ name: 'XAPI_LRS_PASSWORD', message: 'the LRS needs credentials: give the password (Basic auth, as the LRS issued it)' });
  return problems;
}

/** The forwarding part of the configuration, once the environment has parsed without problems. */
export function forwardConfigOf(env: ForwardEnvironment): ForwardConfig | undefined {
  if (env.XAPI_LRS_URL === undefined || env.XAPI_LRS_USERNAME === undefined || env.XAPI_LRS_PASSWORD === undefined) return undefined;
  return {
    endpoint: env.XAPI_LRS_URL.endsWith('/') ? env.XAPI_LRS_URL : `${env.XAPI_LRS_URL}/`,
    username: env.XAPI_LRS_USERNAME,
    password: env.XAPI_LRS_PASSWORD,
    batchSize: env.XAPI_BATCH_SIZE,
    retryMaxMs: env.XAPI_RETRY_MAX_S * 1000,
    timeoutMs: env.XAPI_LRS_TIMEOUT_S * 1000,
  };
}
