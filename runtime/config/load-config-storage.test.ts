import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './load-config';

describe('loadConfig: the store settings', () => {
  it('defaults to synchronous NORMAL and 30 days of event archive', () => {
    const config = loadConfig({});
    expect(config.sqliteSynchronous).toBe('NORMAL');
    expect(config.eventRetentionDays).toBe(30);
  });

  it('reads SQLITE_SYNCHRONOUS in any case, and EVENT_RETENTION_DAYS with 0 for forever', () => {
    expect(loadConfig({ SQLITE_SYNCHRONOUS: 'full' }).sqliteSynchronous).toBe('FULL');
    expect(loadConfig({ SQLITE_SYNCHRONOUS: ' NORMAL ' }).sqliteSynchronous).toBe('NORMAL');
    expect(loadConfig({ EVENT_RETENTION_DAYS: '0' }).eventRetentionDays).toBe(0);
    expect(loadConfig({ EVENT_RETENTION_DAYS: '365' }).eventRetentionDays).toBe(365);
  });

  it('names the variable and the values allowed when one is wrong', () => {
    expect(() => loadConfig({ SQLITE_SYNCHRONOUS: 'OFF' })).toThrow(new ConfigError('SQLITE_SYNCHRONOUS must be NORMAL or FULL; it is "OFF".'));
    expect(() => loadConfig({ EVENT_RETENTION_DAYS: '-1' })).toThrow(/^EVENT_RETENTION_DAYS must be a whole number from 0 to 36500; it is "-1"\.$/);
    expect(() => loadConfig({ EVENT_RETENTION_DAYS: '7.5' })).toThrow(ConfigError);
  });
});
