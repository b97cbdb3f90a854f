/** Bundles src/server/main.ts for plain `node`; resolves with the file written. */
export function buildServer(outfile?: string): Promise<string>;
