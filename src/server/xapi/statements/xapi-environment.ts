import { z } from 'zod';
import { xapiAddresses } from './xapi-addresses';
import type { XapiAddresses } from './xapi-profile';

function httpAddress(example: string) {
  return z
    .string()
    .trim()
    .superRefine((value, context) => {
      let url: URL;
      try {
        url = new URL(value);
      } catch {
        context.addIssue({ code: 'custom', message: `give an absolute address, like "${example}"` });
        return;
      }
      if (url.protocol !== 'http:' && url.protocol !== 'https:') context.addIssue({ code: 'custom', message: 'give an http:// or https:// address' });
      else if (url.username || url.password || url.search || url.hash) context.addIssue({ code: 'custom', message: 'give the address without credentials, query or fragment' });
    })
    .optional();
}

/**
 * The statements' variables, merged into the server's environment schema (config.ts): PUBLIC_URL,
 * the centre's address as its people reach it (the actors' account homePage), and
 * XAPI_ACTIVITY_BASE, under which every activity and extension id is minted.
 */
export const statementEnvironmentShape = {
  PUBLIC_URL: httpAddress('https://ludocite.example.org'),
  XAPI_ACTIVITY_BASE: httpAddress('https://ludocite.example.org/xapi/'),
};

type StatementEnvironment = { [name in keyof typeof statementEnvironmentShape]?: z.infer<(typeof statementEnvironmentShape)[name]> };

/** The addresses from the parsed environment; without PUBLIC_URL, `http://localhost:<PORT>`. */
export function xapiAddressesOf(env: StatementEnvironment & { PORT: number }): XapiAddresses {
  return xapiAddresses({ publicUrl: env.PUBLIC_URL ?? `http://localhost:${env.PORT}`, activityBase: env.XAPI_ACTIVITY_BASE });
}

/** The addresses of a configuration, or, for one made by hand (tests), those of `http://localhost:<port>`. */
export function addressesOfConfig(config: { xapi?: XapiAddresses | undefined; port: number }): XapiAddresses {
  return config.xapi ?? xapiAddresses({ publicUrl: `http://localhost:${config.port}` });
}
