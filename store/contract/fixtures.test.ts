import { describe, expect, it } from 'vitest';
import { Initiative, SOURCE_RECORD_KINDS, SourceRecord } from '../../schema/index.ts';
import { initiative, sourceRecord, sourceRecords } from './fixtures.ts';

describe('contract fixtures', () => {
  it.each(SOURCE_RECORD_KINDS)('build a valid %s source record', (kind) => {
    expect(() => SourceRecord.parse(sourceRecord({ kind, sourceId: `id-${kind}` }))).not.toThrow();
  });

  it('give records with another description another content hash but the same key', () => {
    const before = sourceRecord();
    const after = sourceRecord({ description: 'Nu ook op donderdagavond open.' });
    expect(after.key).toBe(before.key);
    expect(after.contentHash).not.toBe(before.contentHash);
  });

  it('number many records so that their keys sort in creation order', () => {
    const keys = sourceRecords(12).map((record) => record.key);
    expect(keys).toEqual([...keys].sort());
    expect(new Set(keys).size).toBe(12);
  });

  it('build a valid initiative', () => {
    expect(() =>
      Initiative.parse(initiative('ini_01abc', ['nlvoorelkaar:1001', 'voordekunst:88'])),
    ).not.toThrow();
  });
});
