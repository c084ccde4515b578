import { describe, expect, it } from 'vitest';
import { quarantineEntry, rawIdOf } from './quarantine.ts';

describe('quarantine entries', () => {
  it('name a record by its primary key, nested keys included', () => {
    expect(rawIdOf({ id: 12 }, 'id')).toBe('12');
    expect(rawIdOf({ attributes: { OBJECTID: 7 } }, 'attributes.OBJECTID')).toBe('7');
    expect(rawIdOf({ attributes: null }, 'attributes.OBJECTID')).toBeUndefined();
    expect(rawIdOf('not an object', 'id')).toBeUndefined();
  });

  it('fall back to a content hash when the record has no readable id, so the same record is one entry', () => {
    const make = () =>
      quarantineEntry({
        source: 's',
        stream: 'x',
        primaryKey: 'id',
        raw: { name: 1 },
        stage: 'validation',
        issues: [],
        at: '2026-11-22T10:00:00Z',
      });
    expect(make().id).toMatch(/^s:x:[0-9a-f]{16}$/);
    expect(make().id).toBe(make().id);
    expect(make().sourceId).toBeUndefined();
  });
});
