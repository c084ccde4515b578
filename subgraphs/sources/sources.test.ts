import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INDEXES } from '../../store/index.ts';
import { dutchRecords } from '../testing/dutch-records.ts';
import { startTestGraph, type TestGraph } from '../testing/graph-fixture.ts';

const NOW = new Date().toISOString();

describe('the sources subgraph through the gateway', () => {
  let graph: TestGraph;
  const idOf = async (query: string) =>
    (
      await graph.query<{ search: { edges: { node: { id: string } }[] } }>(
        'query($q: String!) { search(query: $q, first: 1) { edges { node { id } } } }',
        { q: query },
      )
    ).data!.search.edges[0]!.node.id;

  beforeAll(async () => {
    graph = await startTestGraph(dutchRecords());
    const run = {
      connector: 'x',
      mode: 'incremental',
      pages: 1,
      fetched: 5,
      stored: 5,
      unchanged: 0,
      quarantined: 1,
      gone: 0,
      errors: [],
    } as const;
    await graph.store.putRun({
      ...run,
      id: 'run-1',
      source: 'voordekunst',
      status: 'succeeded',
      startedAt: NOW,
      endedAt: NOW,
    });
    await graph.store.putRun({
      ...run,
      id: 'run-0',
      source: 'nlvoorelkaar',
      status: 'succeeded',
      startedAt: '2026-01-01T03:00:00Z',
      endedAt: '2026-01-01T03:05:00Z',
    });
    await graph.store.putQuarantine([
      {
        id: 'nlvoorelkaar:vacancies:7001',
        source: 'nlvoorelkaar',
        stream: 'vacancies',
        sourceId: '7001',
        raw: { id: 7001, title: null },
        stage: 'validation',
        issues: [{ path: 'title', message: 'expected string, received null' }],
        at: NOW,
      },
    ]);
  });
  afterAll(() => graph.close());

  it('shows every source with its record count, last successful harvest and freshness, without a key', async () => {
    const { data, errors } = await graph.query<{ sources: Record<string, unknown>[] }>(
      '{ sources { id kind recordCount quarantineCount lastSuccessfulHarvestAt lastRunStatus freshness } }',
    );
    expect(errors).toBeUndefined();
    const byId = Object.fromEntries(data!.sources.map((source) => [source.id, source]));
    expect(Object.keys(byId).sort()).toEqual([
      'fondsenregister',
      'nlvoorelkaar',
      'sociale-kaart',
      'ushahidi-utrecht',
      'voordekunst',
    ]);
    expect(byId.voordekunst).toMatchObject({
      recordCount: 3,
      lastSuccessfulHarvestAt: NOW,
      lastRunStatus: 'SUCCEEDED',
      freshness: 'FRESH',
    });
    expect(byId.nlvoorelkaar).toMatchObject({ recordCount: 4, quarantineCount: 1, freshness: 'STALE' });
    expect(byId['sociale-kaart']).toMatchObject({
      recordCount: 7,
      lastSuccessfulHarvestAt: null,
      freshness: 'NEVER_HARVESTED',
    });
  });

  it('refuses the run history, the quarantine and every curation mutation without the admin role', async () => {
    for (const role of [undefined, 'reader'] as const) {
      for (const operation of [
        '{ harvestRuns(source: "voordekunst") { id } }',
        '{ quarantine { id } }',
        'mutation { runHarvest(source: "voordekunst") { started } }',
        'mutation { retryQuarantine(source: "nlvoorelkaar") { fixed } }',
        'mutation { mergeInitiatives(a: "ini_a", b: "ini_b") { id } }',
        'mutation { splitInitiative(id: "ini_a", recordKeys: ["x:1"]) { kept } }',
        'mutation { purgeSourceRecord(key: "voordekunst:5001") { key } }',
      ]) {
        const { errors } = await graph.query(operation, {}, role);
        expect(errors?.[0]?.extensions?.code, operation).toBe('FORBIDDEN');
      }
    }
    expect(graph.harvests).toEqual([]);
    const [record] = await graph.store.getSourceRecords(['voordekunst:5001']);
    expect(record).toBeDefined();
  });

  it('serves admins the run history and the quarantine with raw payloads and issue paths', async () => {
    const runs = await graph.query<{ harvestRuns: { id: string; status: string; fetched: number }[] }>(
      '{ harvestRuns(source: "voordekunst") { id status fetched } }',
      {},
      'admin',
    );
    expect(runs.data?.harvestRuns).toEqual([{ id: 'run-1', status: 'SUCCEEDED', fetched: 5 }]);
    const quarantine = await graph.query<{ quarantine: unknown[] }>(
      '{ quarantine(source: "nlvoorelkaar") { id stage raw issues { path message } } }',
      {},
      'admin',
    );
    expect(quarantine.data?.quarantine).toEqual([
      {
        id: 'nlvoorelkaar:vacancies:7001',
        stage: 'validation',
        raw: { id: 7001, title: null },
        issues: [{ path: 'title', message: 'expected string, received null' }],
      },
    ]);
    const unknown = await graph.query('{ harvestRuns(source: "nowhere") { id } }', {}, 'admin');
    expect(unknown.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('starts a harvest and retries the quarantine for an admin', async () => {
    const started = await graph.query(
      'mutation { runHarvest(source: "voordekunst") { source started } }',
      {},
      'admin',
    );
    expect(started.data).toEqual({ runHarvest: { source: 'voordekunst', started: true } });
    expect(graph.harvests).toEqual(['voordekunst']);
    const retried = await graph.query(
      'mutation { retryQuarantine(source: "nlvoorelkaar") { source fixed stillFailing } }',
      {},
      'admin',
    );
    expect(retried.data).toEqual({ retryQuarantine: { source: 'nlvoorelkaar', fixed: 0, stillFailing: 0 } });
  });

  it('merges two initiatives for an admin (the other id becomes an alias) and splits them again', async () => {
    const a = await idOf('Repair Café Amsterdam-Noord');
    const b = await idOf('Repair Café Delfshaven');
    const merged = await graph.query<{ mergeInitiatives: { id: string } }>(
      'mutation($a: ID!, $b: ID!) { mergeInitiatives(a: $a, b: $b) { id } }',
      { a, b },
      'admin',
    );
    expect(merged.errors).toBeUndefined();
    const survivor = merged.data!.mergeInitiatives.id;
    const other = survivor === a ? b : a;
    const viaAlias = await graph.query<{ initiative: { id: string; sources: { key: string }[] } }>(
      'query($id: ID!) { initiative(id: $id) { id sources { key } } }',
      { id: other },
    );
    expect(viaAlias.data!.initiative.id).toBe(survivor);
    expect(viaAlias.data!.initiative.sources.map((s) => s.key)).toContain('voordekunst:5003');
    const split = await graph.query<{ splitInitiative: { kept: string; split: string } }>(
      'mutation($id: ID!) { splitInitiative(id: $id, recordKeys: ["sociale-kaart:102", "voordekunst:5003"]) { kept split } }',
      { id: survivor },
      'admin',
    );
    expect(split.errors).toBeUndefined();
    expect(split.data!.splitInitiative.kept).not.toBe(split.data!.splitInitiative.split);
    const missing = await graph.query(
      'mutation { mergeInitiatives(a: "ini_nope", b: "ini_nada") { id } }',
      {},
      'admin',
    );
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('purges a source record without a trace: store, indexes, quarantine, initiative and search', async () => {
    const key = 'nlvoorelkaar:7001';
    const before = await idOf('Voedselbank Utrecht');
    const purged = await graph.query<{ purgeSourceRecord: Record<string, unknown> }>(
      'mutation($key: String!) { purgeSourceRecord(key: $key) { key initiative initiativeDeleted quarantineEntriesRemoved } }',
      { key },
      'admin',
    );
    expect(purged.errors).toBeUndefined();
    expect(purged.data!.purgeSourceRecord).toMatchObject({
      key,
      initiativeDeleted: false,
      quarantineEntriesRemoved: 1,
    });
    // Its initiative lives on without it (under a new id when the purged record was the one its id came from).
    const after = purged.data!.purgeSourceRecord.initiative as string;
    const resolved = await graph.query<{ initiative: { id: string; sources: { key: string }[] } }>(
      'query($id: ID!) { initiative(id: $id) { id sources { key } } }',
      { id: before },
    );
    expect(resolved.data!.initiative.id).toBe(after);
    expect(resolved.data!.initiative.sources.map((source) => source.key)).not.toContain(key);
    expect(await graph.store.getSourceRecords([key])).toEqual([undefined]);
    expect((await graph.store.lookupIndex(INDEXES.memberOf, [key])).get(key)).toEqual([]);
    expect((await graph.store.lookupIndex(INDEXES.members, [after])).get(after)).not.toContain(key);
    expect(await graph.store.countQuarantine('nlvoorelkaar')).toBe(0);

    // The last record of an initiative takes the initiative with it, out of the search index too.
    const last = await graph.query<{ purgeSourceRecord: { initiativeDeleted: boolean } }>(
      'mutation { purgeSourceRecord(key: "sociale-kaart:106") { initiativeDeleted } }',
      {},
      'admin',
    );
    expect(last.data!.purgeSourceRecord.initiativeDeleted).toBe(false);
    const gone = await graph.query<{ purgeSourceRecord: { initiativeDeleted: boolean } }>(
      'mutation { purgeSourceRecord(key: "ushahidi-utrecht:89") { initiativeDeleted } }',
      {},
      'admin',
    );
    expect(gone.data!.purgeSourceRecord.initiativeDeleted).toBe(true);
    const deadline = Date.now() + 5000;
    let hits = 1;
    while (hits > 0 && Date.now() < deadline) {
      const { data } = await graph.query<{
        search: { totalCount: number };
        listings: { totalCount: number };
      }>(
        '{ search(query: "buurthuis pijp") { totalCount } listings(type: OFFER, filter: { categories: [SPACE] }) { totalCount } }',
      );
      hits = data!.search.totalCount + data!.listings.totalCount;
      if (hits > 0) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(hits).toBe(0);
    const again = await graph.query(`mutation { purgeSourceRecord(key: "${key}") { key } }`, {}, 'admin');
    expect(again.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
