import { buildServer } from './app';
import { ConfigError, configFromEnvironment } from './config';

/** How long a shutdown may take before the process leaves anyway. */
const SHUTDOWN_GRACE_MS = 10_000;

async function start(): Promise<void> {
  let config;
  try {
    config = configFromEnvironment();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(78); // EX_CONFIG: a supervisor should not restart into the same mistake
    }
    throw error;
  }

  const app = await buildServer(config);
  let closing = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down: finishing requests, closing the database');
    setTimeout(() => {
      app.log.error('shutdown took too long; leaving now');
      process.exit(1);
    }, SHUTDOWN_GRACE_MS).unref();
    app.close().then(
      () => process.exit(0),
      (error: unknown) => {
        app.log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);

  await app.listen({ port: config.port, host: config.host });
}

start().catch((error: unknown) => {
  console.error('The server could not start:', error);
  process.exit(1);
});
