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
    });
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
