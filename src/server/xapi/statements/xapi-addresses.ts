import type { XapiAddresses } from './xapi-profile';

/** Where activity ids live under the centre's public address when XAPI_ACTIVITY_BASE is not set. */
export const DEFAULT_ACTIVITY_PATH = '/xapi/';

/**
 * The centre's xAPI addresses from its configuration: `publicUrl` (PUBLIC_URL) without a trailing
 * slash is the accounts' homePage; `activityBase` (XAPI_ACTIVITY_BASE) defaults to
 * `<publicUrl>/xapi/` and always ends in `/`. Both are absolute http(s) addresses (config.ts checks).
 */
export function xapiAddresses(options: { publicUrl: string; activityBase?: string | undefined }): XapiAddresses {
  const homePage = options.publicUrl.replace(/\/+$/, '');
  const base = options.activityBase ?? `${homePage}${DEFAULT_ACTIVITY_PATH}`;
  return { homePage, activityBase: base.endsWith('/') ? base : `${base}/` };
}
