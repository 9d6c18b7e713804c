import { describe, expect, it } from 'vitest';
import { readConfig } from './config';

describe('readConfig', () => {
  it('has defaults for everything', () => {
    expect(readConfig({}, '/srv/app')).toEqual({
      ok: true,
      config: {
        host: '127.0.0.1',
        port: 3000,
        databasePath: '/srv/app/data/pledges.db',
        trustProxy: false,
        writesPerMinute: 120,
        readsPerMinute: 600,
      },
    });
  });

  it('reads the variables, treating empty ones as unset', () => {
    const result = readConfig(
      {
        HOST: '0.0.0.0',
        PORT: '0',
        DATABASE_PATH: '/tmp/p.db',
        FIXED_NOW: '2025-09-01T14:00:00+02:00',
        TRUST_PROXY: '1',
        WRITES_PER_MINUTE: '0',
        READS_PER_MINUTE: '0',
        PUBLIC_URL: 'https://pledges.example.org/some/path',
      },
      '/srv',
    );
    expect(result).toEqual({
      ok: true,
      config: {
        host: '0.0.0.0',
        port: 0,
        databasePath: '/tmp/p.db',
        fixedNowMs: Date.parse('2025-09-01T12:00:00Z'),
        trustProxy: true,
        writesPerMinute: false,
        readsPerMinute: false,
        publicUrl: 'https://pledges.example.org',
      },
    });
    expect(readConfig({ WRITES_PER_MINUTE: '30' })).toMatchObject({ ok: true, config: { writesPerMinute: 30 } });
    expect(readConfig({ READS_PER_MINUTE: '90' })).toMatchObject({ ok: true, config: { readsPerMinute: 90 } });
    expect(readConfig({ READS_PER_MINUTE: 'many' })).toMatchObject({
      ok: false,
      message: expect.stringContaining('READS_PER_MINUTE="many"'),
    });
    expect(readConfig({ PORT: '', HOST: ' ' }, '/srv')).toMatchObject({
      ok: true,
      config: { port: 3000, host: '127.0.0.1' },
    });
  });

  it('refuses bad values with a message naming each variable', () => {
    for (const port of ['65536', '-1', 'http', '80.5']) {
      const result = readConfig({ PORT: port });
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.message).toContain(`PORT="${port}"`);
    }
    expect(readConfig({ TRUST_PROXY: 'yes' })).toMatchObject({
      ok: false,
      message: expect.stringContaining('TRUST_PROXY="yes"'),
    });
    expect(readConfig({ WRITES_PER_MINUTE: 'lots' })).toMatchObject({
      ok: false,
      message: expect.stringContaining('WRITES_PER_MINUTE="lots"'),
    });
    expect(readConfig({ PUBLIC_URL: 'javascript:alert(1)' })).toMatchObject({
      ok: false,
      message: expect.stringContaining('PUBLIC_URL='),
    });
    const result = readConfig({ PORT: 'x', FIXED_NOW: 'tomorrow' });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toMatch(/^Invalid configuration:/);
      expect(result.message).toContain('FIXED_NOW="tomorrow"');
      expect(result.message).toContain('PORT="x"');
    }
  });

  it('selects PostgreSQL with a postgres:// or postgresql:// DATABASE_URL, with a pool size', () => {
    for (const url of ['postgres://app:secret@db.internal:5432/pledges', 'postgresql://db/pledges']) {
      const result = readConfig({ DATABASE_URL: url, DATABASE_POOL_SIZE: '25' }, '/srv');
      expect(result.ok && result.config.postgres).toEqual({ url, poolSize: 25 });
    }
    const plain = readConfig({ DATABASE_URL: 'postgres://db/pledges' }, '/srv');
    expect(plain.ok && plain.config.postgres).toEqual({ url: 'postgres://db/pledges', poolSize: 10 });
    const none = readConfig({}, '/srv');
    expect(none.ok && none.config.postgres).toBeUndefined();
  });

  it('refuses a DATABASE_URL that is not PostgreSQL in one line, the password hidden, and a bad pool size', () => {
    const result = readConfig({ DATABASE_URL: 'mysql://app:secret@db/pledges', DATABASE_POOL_SIZE: '0' });
    expect(result.ok).toBe(false);
    const message = result.ok ? '' : result.message;
    expect(message).toContain('DATABASE_URL="mysql://app:***@db/pledges": Use a PostgreSQL URL');
    expect(message).not.toContain('secret');
    expect(message).toContain('DATABASE_POOL_SIZE="0"');
    expect(readConfig({ DATABASE_URL: 'not a url' }).ok).toBe(false);
  });
});
