import { describe, expect, it } from 'vitest';
import { StoreConfig } from './config.ts';

describe('StoreConfig', () => {
  it('defaults to SQLite at ./data/knooppunt.db', () => {
    expect(StoreConfig.parse(undefined)).toEqual({ backend: 'sqlite', path: './data/knooppunt.db' });
  });

  it('accepts a Redis store with URL and prefix', () => {
    const config = { backend: 'redis', url: 'redis://redis.internal:6379/2', prefix: 'kp-prod' };
    expect(StoreConfig.parse(config)).toEqual(config);
  });

  it('rejects an unknown backend and names the field', () => {
    const result = StoreConfig.safeParse({ backend: 'postgres' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['backend']);
  });

  it('rejects fields of the other backend', () => {
    expect(StoreConfig.safeParse({ backend: 'sqlite', url: 'redis://127.0.0.1:6379' }).success).toBe(false);
  });

  it('rejects a Redis URL of another protocol', () => {
    const result = StoreConfig.safeParse({ backend: 'redis', url: 'http://127.0.0.1:6379' });
    expect(result.error?.issues[0]?.path).toEqual(['url']);
  });

  it('rejects a prefix with braces, which would move keys between Cluster slots', () => {
    const result = StoreConfig.safeParse({ backend: 'redis', prefix: 'kp{1}' });
    expect(result.error?.issues[0]?.path).toEqual(['prefix']);
  });
});
