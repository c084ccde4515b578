import { describe, expect, it } from 'vitest';
import { redisKeys } from './keys.ts';

/** The part of a key Redis Cluster hashes: the first non-empty `{...}`, else the whole key. */
function hashTag(key: string): string {
  const open = key.indexOf('{');
  const close = open === -1 ? -1 : key.indexOf('}', open + 1);
  return close > open + 1 ? key.slice(open + 1, close) : key;
}

describe('Redis keys', () => {
  const keys = redisKeys('kp');

  it('put the keys one script touches into one Cluster slot', () => {
    expect(hashTag(keys.feedSeq)).toBe(hashTag(keys.feedLog));
    expect(hashTag(keys.runs('nlvoorelkaar'))).toBe(hashTag(keys.runOrder('nlvoorelkaar')));
    expect(hashTag(keys.runs('nlvoorelkaar'))).not.toBe(hashTag(keys.runs('voordekunst')));
  });

  it('keep the slot of a source run history even when the source holds braces', () => {
    expect(hashTag(keys.runs('a}b'))).toBe(hashTag(keys.runOrder('a}b')));
  });

  it('start every key with the prefix, so a prefix can be purged by SCAN', () => {
    const all = [
      keys.record('nlvoorelkaar:1'),
      keys.allRecords,
      keys.recordsOf('nlvoorelkaar'),
      keys.initiative('ini_a1'),
      keys.allInitiatives,
      keys.alias('ini_b2'),
      keys.index('block:domain', 'zuidenwind.nl'),
      keys.state('nlvoorelkaar'),
      keys.quarantine('q'),
      keys.quarantineByTime,
      keys.quarantineOf('nlvoorelkaar'),
      keys.runs('nlvoorelkaar'),
      keys.runOrder('nlvoorelkaar'),
      keys.feedSeq,
      keys.feedLog,
      keys.lease('harvest:nlvoorelkaar'),
    ];
    for (const key of all) expect(key.startsWith('kp:')).toBe(true);
    expect(new Set(all).size).toBe(all.length);
  });

  it('tell index names and values apart when both hold colons', () => {
    expect(keys.index('block', 'domain:x')).not.toBe(keys.index('block:domain', 'x'));
  });
});
