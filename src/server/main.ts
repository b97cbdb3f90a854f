import type { FastifyInstance } from 'fastify';
import { buildServer } from './app';
import { ConfigError, configFromEnvironment } from './config';
import { DataFolderError, EXIT_CONFIG, lockDataFolder } from './store/data-folder';

/** How long a shutdown may take before the process leaves anyway. */
const SHUTDOWN_GRACE_MS = 10_000;

/** Says why the server cannot start, and leaves with a code a supervisor can act on. */
function refuseToStart(message: string, exitCode: number): never {
  console.error(message);
  process.exit(exitCode);
}

/**
 * The order of a clean stop, on SIGTERM (a supervisor) or SIGINT (Ctrl-C): stop accepting
 * connections and close idle keep-alive ones; finish every request already begun (a request
 * arriving on a connection still open is served too, with `Connection: close`); close the store,
 * folding the write-ahead log into the database file (checkpoint TRUNCATE); release the data
 * folder; exit 0. A second signal changes nothing; a stop longer than SHUTDOWN_GRACE_MS exits 1.
 */
function stopOnSignals(app: FastifyInstance, release: () => void): void {
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'stopping: finishing requests in flight, then closing the store');
    setTimeout(() => {
      app.log.error(`the stop took more than ${SHUTDOWN_GRACE_MS} ms; leaving now`);
      process.exit(1);
    }, SHUTDOWN_GRACE_MS).unref();
    // The exit comes last whatever happens before it: a log line that cannot be written (its pipe
    // gone with the supervisor) must not leave the process running.
    const stopped = app.close().then(
      () => {
        release();
        return 0;
      },
      (error: unknown) => {
        app.log.error({ err: error }, 'the stop failed');
        return 1;
      },
    );
    void stopped.then((code) => {
      try {
        if (code === 0) app.log.info('stopped: every request answered, the store closed');
      } finally {
        process.exit(code);
      }
    });
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

async function start(): Promise<void> {
  let config;
  try {
    config = configFromEnvironment();
  } catch (error) {
    // EX_CONFIG: a supervisor should not restart into the same mistake.
    if (error instanceof ConfigError) refuseToStart(error.message, EXIT_CONFIG);
    throw error;
  }
  let app;
  let lock;
  try {
    lock = lockDataFolder(config.dataDir);
    app = await buildServer(config);
  } catch (error) {
    if (error instanceof DataFolderError) refuseToStart(error.message, error.exitCode);
    throw error;
  }
  stopOnSignals(app, lock.release);
  await app.listen({ port: config.port, host: config.host });
}

start().catch((error: unknown) => {
  console.error('The server could not start:', error);
  process.exit(1);
});
