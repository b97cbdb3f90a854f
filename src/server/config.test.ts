import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, configFromEnvironment } from './config';

describe('configFromEnvironment', () => {
  it('fills the defaults, with folders made absolute', () => {
    expect(configFromEnvironment({})).toEqual({
      port: 8080,
      host: '0.0.0.0',
      dataDir: resolve('data'),
      appsDir: resolve('dist/apps'),
      contentDir: resolve('content'),
      logLevel: 'info',
      timeZone: 'Europe/Paris',
      pairLoopbackScreens: false,
      retentionDays: 365,
      rooms: { seatGraceMs: 60_000, heartbeatMs: 15_000 },
      xapi: { homePage: 'http://localhost:8080', activityBase: 'http://localhost:8080/xapi/' },
    });
  });

  it('reads the rooms\' seat grace and heartbeat in seconds, refusing values a hall cannot use', () => {
    expect(configFromEnvironment({ ROOM_SEAT_GRACE_S: '90', ROOM_HEARTBEAT_S: '30' }).rooms).toEqual({ seatGraceMs: 90_000, heartbeatMs: 30_000 });
    expect(() => configFromEnvironment({ ROOM_SEAT_GRACE_S: '2' })).toThrow(/ROOM_SEAT_GRACE_S="2": give a phone at least 10 s/);
    expect(() => configFromEnvironment({ ROOM_HEARTBEAT_S: 'often' })).toThrow(/ROOM_HEARTBEAT_S="often": give a number of seconds/);
  });

  it('reads the centre\'s public address and the xAPI activity base (docs/xapi.md), refusing what is not an http(s) address', () => {
    expect(configFromEnvironment({ PUBLIC_URL: 'https://ludocite.example.org/', PORT: '3000' }).xapi).toEqual({
      homePage: 'https://ludocite.example.org',
      activityBase: 'https://ludocite.example.org/xapi/',
    });
    expect(configFromEnvironment({ PORT: '3000', XAPI_ACTIVITY_BASE: 'https://xapi.paris.example/ludocite' }).xapi).toEqual({
      homePage: 'http://localhost:3000',
      activityBase: 'https://xapi.paris.example/ludocite/',
    });
    expect(() => configFromEnvironment({ PUBLIC_URL: 'ludocite.local' })).toThrow(/PUBLIC_URL="ludocite.local": give an absolute address/);
    expect(() => configFromEnvironment({ XAPI_ACTIVITY_BASE: 'ftp://x.example/' })).toThrow(/XAPI_ACTIVITY_BASE="ftp:\/\/x.example\/": give an http/);
    expect(() => configFromEnvironment({ PUBLIC_URL: 'https://x.example/?a=1' })).toThrow(/PUBLIC_URL=.*without credentials, query or fragment/);
  });

  it('reads RETENTION_DAYS as whole days from 7 to 3650', () => {
    expect(configFromEnvironment({ RETENTION_DAYS: '30' }).retentionDays).toBe(30);
    expect(() => configFromEnvironment({ RETENTION_DAYS: '3' })).toThrow(/RETENTION_DAYS="3": keep at least 7 days/);
    expect(() => configFromEnvironment({ RETENTION_DAYS: 'forever' })).toThrow(/RETENTION_DAYS="forever"/);
  });

  it('turns loopback pairing on only when LUDOCITE_PAIR_LOOPBACK is 1', () => {
    expect(configFromEnvironment({ LUDOCITE_PAIR_LOOPBACK: '1' }).pairLoopbackScreens).toBe(true);
    expect(configFromEnvironment({ LUDOCITE_PAIR_LOOPBACK: '0' }).pairLoopbackScreens).toBe(false);
    expect(() => configFromEnvironment({ LUDOCITE_PAIR_LOOPBACK: 'yes' })).toThrow(/LUDOCITE_PAIR_LOOPBACK="yes"/);
  });

  it('reads the variables given and treats an empty one as unset', () => {
    const config = configFromEnvironment({ PORT: '3000', DATA_DIR: '/var/lib/ludocite', LOG_LEVEL: 'warn', HOST: '', TIME_ZONE: 'America/Cayenne' });
    expect(config).toMatchObject({ port: 3000, host: '0.0.0.0', dataDir: '/var/lib/ludocite', logLevel: 'warn', timeZone: 'America/Cayenne' });
  });

  it('stops with a message naming every bad variable', () => {
    const attempt = () => configFromEnvironment({ PORT: '80000', LOG_LEVEL: 'loud', TIME_ZONE: 'Mars/Olympus' });
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(/PORT="80000".*\n.*LOG_LEVEL="loud".*\n.*TIME_ZONE="Mars\/Olympus"/);
  });
});
