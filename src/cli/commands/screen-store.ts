import { storeConfig } from './store-access';
import { networkInterfaces } from 'node:os';
import type { ServerConfig } from '../../server/config';
import { openSqliteStore } from '../../server/store/sqlite-store';
import type { Store } from '../../server/store/store';

export interface ScreenCommandIo {
  environment?: Record<string, string | undefined>;
  print?: (line: string) => void;
  printError?: (line: string) => void;
  now?: () => number;
}

/**
 * Runs a `ludocite screen …` command against the store under DATA_DIR, as the server reads it
 * (migrating it first, like the server does). Returns the exit code: 78 for a bad configuration.
 */
export async function withScreenStore(io: ScreenCommandIo, run: (store: Store, config: ServerConfig, print: (line: string) => void) => Promise<number>): Promise<number> {
  const print = io.print ?? console.log;
  const printError = io.printError ?? console.error;
  const config = storeConfig(io.environment ?? process.env, printError);
  if (!config) return 78;
  const store = openSqliteStore(config.dataDir);
  try {
    return await run(store, config, print);
  } finally {
    await store.close();
  }
}

/** The address a screen in the hall reaches the server at: its first LAN address, else localhost. */
export function centreAddress(config: Pick<ServerConfig, 'host' | 'port'>): string {
  const lan = Object.values(networkInterfaces())
    .flat()
    .find((address) => address && address.family === 'IPv4' && !address.internal);
  const host = config.host !== '0.0.0.0' && config.host !== '::' ? config.host : (lan?.address ?? 'localhost');
  return `http://${host}:${config.port}`;
}
