import { describe, expect, it } from 'vitest';
import type { JsonValue, RawPage, SyncMode } from '../types.ts';
import { type SnapshotFetch, snapshotPages } from './snapshot-pages.ts';
import { idSortKey, planSnapshot } from './snapshot-state.ts';

interface Item {
  readonly id?: string;
  readonly updated?: string;
}

const items: Item[] = Array.from({ length: 11 }, (_, i) => ({
  id: String(11 - i),
  updated: `2026-01-${String(11 - i).padStart(2, '0')}T00:00:00Z`,
}));

/** An export server in miniature: answers 304 when the caller's ETag is the current one. */
function exportOf(records: readonly Item[], etag = '"v1"') {
  const asked: { etag?: string }[] = [];
  const fetch = async (conditional: { etag?: string }): Promise<SnapshotFetch> => {
    asked.push(conditional);
    return conditional.etag === etag ? { notModified: true, etag } : { notModified: false, etag, records };
  };
  return { fetch, asked };
}

async function read(
  fetch: (conditional: { etag?: string }) => Promise<SnapshotFetch>,
  mode: SyncMode,
  checkpoint?: JsonValue,
  stopAfter = Infinity,
): Promise<RawPage[]> {
  const pages: RawPage[] = [];
  for await (const page of snapshotPages({
    mode,
    checkpoint,
    fetch,
    chunkSize: 4,
    idOf: (record) => (record as Item).id,
    updatedOf: (record) => (record as Item).updated,
  })) {
    pages.push(page);
    if (pages.length >= stopAfter) break;
  }
  return pages;
}

const ids = (pages: RawPage[]) => pages.flatMap((page) => page.records.map((record) => (record as Item).id));

describe('snapshotPages', () => {
  it('yields every record in id order, in chunks, and ends with the high-water mark and the ETag', async () => {
    const pages = await read(exportOf(items).fetch, 'full');
    expect(ids(pages)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11']);
    expect(pages.map((page) => page.records.length)).toEqual([4, 4, 3]);
    expect(pages[0]?.state).toEqual({ run: { after: '4', highWater: '2026-01-11T00:00:00Z', etag: '"v1"' } });
    expect(pages.at(-1)?.state).toEqual({ highWater: '2026-01-11T00:00:00Z', etag: '"v1"' });
  });

  it('resumes after the last stored record of an interrupted run', async () => {
    const first = await read(exportOf(items).fetch, 'full', undefined, 2);
    const rest = await read(exportOf(items).fetch, 'incremental', first[1]?.state);
    expect(ids(rest)).toEqual(['9', '10', '11']);
  });

  it('costs one conditional request when the export did not change', async () => {
    const server = exportOf(items);
    const done = (await read(server.fetch, 'full')).at(-1)!.state;
    const again = await read(server.fetch, 'incremental', done);
    expect(server.asked.at(-1)).toEqual({ etag: '"v1"', lastModified: undefined });
    expect(again).toEqual([{ records: [], total: 0, state: done }]);
  });

  it('yields only records changed since the last completed run', async () => {
    const done = (await read(exportOf(items).fetch, 'full')).at(-1)!.state;
    const edited = items.map((item) =>
      item.id === '3' ? { ...item, updated: '2026-02-01T00:00:00Z' } : item,
    );
    const pages = await read(exportOf(edited, '"v2"').fetch, 'incremental', done);
    expect(ids(pages)).toEqual(['3']);
    expect(pages.at(-1)?.state).toMatchObject({ highWater: '2026-02-01T00:00:00Z', etag: '"v2"' });
  });

  it('yields every record again when the export has no change times, and a record without id first', async () => {
    const undated = [{ id: 'b' }, {}, { id: 'a' }];
    const pages = [];
    for await (const page of snapshotPages({
      mode: 'incremental',
      checkpoint: { etag: '"old"' },
      fetch: async () => ({ notModified: false, records: undated }),
      chunkSize: 10,
      idOf: (record) => (record as Item).id,
    })) {
      pages.push(page);
    }
    expect(ids(pages)).toEqual([undefined, 'a', 'b']);
  });

  it('treats an unreadable checkpoint as none and reads everything', () => {
    expect(planSnapshot('incremental', { run: { after: 5 } })).toEqual({
      state: {},
      plan: { conditional: {} },
    });
  });
});

describe('idSortKey', () => {
  it('sorts numeric ids by value and keeps other ids as written', () => {
    const sorted = ['10', '9', 'a1', '100'].sort((a, b) => (idSortKey(a) < idSortKey(b) ? -1 : 1));
    expect(sorted).toEqual(['9', '10', '100', 'a1']);
  });
});
