import { describe, expect, it } from 'vitest';
import { ConfigError, configFromEnvironment } from '../../config';
import { reasonFrom } from './lrs-client';

const lrs = { XAPI_LRS_URL: 'https://lrs.example.org/xAPI', XAPI_LRS_USERNAME: 'centre', XAPI_LRS_PASSWORD: 's3cret pass' };

describe('forwarding configuration', () => {
  it('is off without XAPI_LRS_URL', () => {
    expect(configFromEnvironment({}).xapiForward).toBeUndefined();
  });

  it('reads the endpoint (with a trailing slash), the credentials and the defaults', () => {
    expect(configFromEnvironment(lrs).xapiForward).toEqual({
      endpoint: 'https://lrs.example.org/xAPI/',
      username: 'centre',
      password: 's3cret pass',
      batchSize: 100,
      retryMaxMs: 60_000,
      timeoutMs: 30_000,
    });
    expect(configFromEnvironment({ ...lrs, XAPI_BATCH_SIZE: '500', XAPI_RETRY_MAX_S: '300', XAPI_LRS_TIMEOUT_S: '10' }).xapiForward).toMatchObject({
      batchSize: 500,
      retryMaxMs: 300_000,
      timeoutMs: 10_000,
    });
  });

  it('names each wrong variable, and never prints the password', () => {
    const attempt = (environment: Record<string, string>) => () => configFromEnvironment(environment);
    expect(attempt({ XAPI_LRS_URL: 'lrs.example.org' })).toThrow(/XAPI_LRS_URL="lrs.example.org": give the LRS endpoint as an address/);
    expect(attempt({ ...lrs, XAPI_LRS_URL: 'ftp://lrs.example.org/' })).toThrow(/XAPI_LRS_URL=.*give an http:\/\/ or https:\/\/ address/);
    expect(attempt({ ...lrs, XAPI_LRS_URL: 'https://centre:pw@lrs.example.org/' })).toThrow(/put the credentials in XAPI_LRS_USERNAME and XAPI_LRS_PASSWORD/);
    expect(attempt({ XAPI_LRS_URL: lrs.XAPI_LRS_URL })).toThrow(/XAPI_LRS_USERNAME="": the LRS needs credentials.*\n.*XAPI_LRS_PASSWORD=\(hidden\): the LRS needs credentials/);
    expect(attempt({ XAPI_LRS_USERNAME: 'centre', XAPI_LRS_PASSWORD: 'x' })).toThrow(/XAPI_LRS_USERNAME="centre": set XAPI_LRS_URL too/);
    expect(attempt({ ...lrs, XAPI_LRS_USERNAME: 'a:b' })).toThrow(/cannot hold ":"/);
    expect(attempt({ ...lrs, XAPI_BATCH_SIZE: '5000' })).toThrow(/XAPI_BATCH_SIZE="5000": give at most 1000/);
    expect(attempt({ ...lrs, XAPI_RETRY_MAX_S: '0' })).toThrow(ConfigError);
    try {
      configFromEnvironment({ XAPI_LRS_PASSWORD: 's3cret pass' });
    } catch (error) {
      expect(String(error)).not.toContain('s3cret');
    }
  });
});

describe('an LRS reason as kept', () => {
  it('joins its message and warnings, masks ids (a card id may be quoted) and is cut when long', () => {
    const body = JSON.stringify({ errorId: '6f1f46e9-79ee-4b25-9b9c-f9a36785859c', warnings: ["Problem in 'statements.0.actor.account.name'. Received '\"0b9d1c2e-5f4a-4b3c-9d8e-7f6a5b4c3d2e\"'"] });
    expect(reasonFrom(400, body)).toBe("400 Problem in 'statements.0.actor.account.name'. Received '\"(id)\"'");
    expect(reasonFrom(502, '<html>\n  bad gateway </html>')).toBe('502 <html> bad gateway </html>');
    expect(reasonFrom(400, 'x'.repeat(2000))).toHaveLength(4 + 500 + 1);
  });
});
