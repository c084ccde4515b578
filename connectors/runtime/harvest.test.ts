import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../lib/log.ts';
import { harvestSource } from './harvest.ts';
import { memorySink, pagesConnector, sourceFor } from './test-connector.ts';

const page = (from: number, count: number) =>
  Array.from({ length: count }, (_, i) => ({
    id: from + i,
    name: `Initiatief ${from + i}`,
    city: 'Utrecht',
  }));
const options = { log: silentLogger(), userAgent: 'Knooppunt/test (+https://example.org)' };

describe('harvestSource', () => {
  it('stores 49 records and quarantines the 1 malformed record of a page of 50', async () => {
    const records = page(1, 50);
    records[17] = { id: 18, name: '', city: 'Utrecht' };
    const sink = memorySink();
    const run = await harvestSource({ ...options, source: sourceFor(pagesConnector([records])), sink });
    expect(run).toMatchObject({ status: 'succeeded', pages: 1, fetched: 50, stored: 49, quarantined: 1 });
    expect(sink.records.size).toBe(49);
    expect(sink.quarantined[0]).toMatchObject({
      id: 'pages:things:18',
      stage: 'validation',
      raw: { id: 18, name: '' },
      issues: [expect.objectContaining({ path: 'name' })],
    });
  });

  it('counts records with an unchanged content hash as unchanged on the next full run', async () => {
    const connector = pagesConnector([page(1, 10), page(11, 10)]);
    const sink = memorySink();
    await harvestSource({ ...options, source: sourceFor(connector), sink });
    const again = await harvestSource({ ...options, source: sourceFor(connector), sink, mode: 'full' });
    expect(again).toMatchObject({ status: 'succeeded', fetched: 20, stored: 0, unchanged: 20 });
  });

  it('checkpoints after every page and resumes after the last checkpoint', async () => {
    const pages = [page(1, 5), page(6, 5), page(11, 5)];
    const sink = memorySink();
    const failed = await harvestSource({
      ...options,
      source: sourceFor(pagesConnector(pages, { failAt: 2 })),
      sink,
    });
    expect(failed.status).toBe('failed');
    expect(failed.errors[0]).toMatchObject({ type: 'system', message: 'platform went away' });
    expect(sink.states).toEqual([1, 2]);
    const resumed = await harvestSource({ ...options, source: sourceFor(pagesConnector(pages)), sink });
    expect(resumed).toMatchObject({ status: 'succeeded', pages: 1, fetched: 5, stored: 5 });
    expect(sink.records.size).toBe(15);
  });

  it('stops after the page in flight when aborted', async () => {
    const controller = new AbortController();
    const sink = memorySink();
    const run = await harvestSource({
      ...options,
      source: sourceFor(pagesConnector([page(1, 3), page(4, 3), page(7, 3)])),
      sink,
      signal: controller.signal,
      onProgress: (progress) => progress.pages === 1 && controller.abort(),
    });
    expect(run).toMatchObject({ status: 'cancelled', pages: 1 });
    expect(sink.states).toEqual([1]);
  });

  it('stops at the record limit', async () => {
    const run = await harvestSource({
      ...options,
      source: sourceFor(pagesConnector([page(1, 5), page(6, 5), page(11, 5)])),
      sink: memorySink(),
      limit: 6,
    });
    expect(run).toMatchObject({ status: 'succeeded', pages: 2, fetched: 10 });
  });
});

describe('effectiveLimits', () => {
  it("takes the source's limits over the connector's, which may depend on the options, over the SDK's", async () => {
    const { effectiveLimits } = await import('./harvest.ts');
    const connector = pagesConnector([]);
    const source = sourceFor({
      ...connector,
      defaultLimits: (config: { token?: string }) => ({ requestsPerMinute: config.token ? 100 : 10 }),
    } as never);
    expect(effectiveLimits(source)).toEqual({ concurrency: 2, requestsPerMinute: 10 });
    expect(effectiveLimits({ ...source, options: { token: 't' } })).toEqual({
      concurrency: 2,
      requestsPerMinute: 100,
    });
    expect(effectiveLimits({ ...source, limits: { concurrency: 5, requestsPerMinute: undefined } })).toEqual({
      concurrency: 5,
      requestsPerMinute: 10,
    });
  });
});
