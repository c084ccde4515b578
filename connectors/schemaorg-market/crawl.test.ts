import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../lib/log.ts';
import type { Store } from '../../store/index.ts';
import { generateWorld, type World, withFaults } from '../replica/index.ts';
import { harvestSource, storeSink } from '../runtime/index.ts';
import { harvestFromReplica, openMemoryStore } from '../sdk/testing/index.ts';
import { SchemaOrgMarketConfig } from './config.ts';
import { schemaOrgMarket } from './connector.ts';
import { createSchemaOrgMarketReplica, type SchemaOrgMarketReplicaOptions } from './replica.ts';
import { listingPath, replicaListings } from './replica-data.ts';
import { MARKET_URL, organisationJson } from './replica-pages.ts';
import { fixtureText } from './test-fixtures.ts';

const world = generateWorld({ seed: 12, size: 400 });
const listings = replicaListings(world);
const byOrganisations = listings.filter((listing) => !listing.person);
const options = { country: 'NL', pagesPerCheckpoint: 5 };
let store: Store;

beforeEach(async () => {
  store = await openMemoryStore();
});
afterEach(async () => {
  await store.close();
});

const harvest = (
  mode: 'full' | 'incremental',
  replicaOptions: SchemaOrgMarketReplicaOptions = {},
  source: World = world,
  extra: { limit?: number } = {},
) =>
  harvestFromReplica({
    connector: schemaOrgMarket,
    handler: createSchemaOrgMarketReplica(source, replicaOptions),
    store,
    mode,
    source: 'buurtmarkt',
    options,
    limit: extra.limit,
  });

describe('crawling the marketplace replica', () => {
  it("stores every organisation's listing once, as the page published it, and never fetches what robots.txt disallows", async () => {
    expect(byOrganisations.length).toBeGreaterThan(40);
    expect(listings.some((listing) => listing.person)).toBe(true);
    const { run, records, requests } = await harvest('full');
    expect(run).toMatchObject({ status: 'succeeded', fetched: byOrganisations.length, quarantined: 0 });
    expect(records).toHaveLength(byOrganisations.length);
    expect(requests.slice(0, 2)).toEqual(['GET /robots.txt', 'GET /sitemap.xml']);
    expect(requests.some((request) => request.includes('/account/'))).toBe(false);
    for (const listing of byOrganisations) {
      const record = records.find(
        (r) => r.sourceId === `${listingPath(listing)}#${listing.type.toLowerCase()}`,
      )!;
      expect(record.kind).toBe('listing');
      if (record.kind !== 'listing') continue;
      expect(record.url).toBe(`${MARKET_URL}${listingPath(listing)}`);
      expect(record.listing).toMatchObject({
        type: listing.type === 'Demand' ? 'request' : 'offer',
        title: listing.title,
      });
      expect(record.initiative.name).toBe(listing.organisationName);
      if (listing.amount)
        expect(record.listing.amount).toEqual({ minor: listing.amount * 100, currency: 'EUR' });
      if (listing.initiative.website) expect(record.initiative.website).toBe(listing.initiative.website);
      if (listing.initiative.kvk)
        expect(record.initiative.identifiers).toEqual([{ scheme: 'NL-KVK', id: listing.initiative.kvk }]);
    }
  });

  it('never stores residents who post listings, nor the founders organisations name', async () => {
    const { records } = await harvest('full');
    const stored = JSON.stringify(records);
    for (const listing of listings) {
      if (listing.person) expect(stored).not.toContain(listing.person);
      const founder = (organisationJson(listing).founder as { name: string }).name;
      expect(stored).not.toContain(founder);
    }
  });

  it('reads only pages whose lastmod lies after the last crawl', async () => {
    await harvest('full');
    const unchanged = await harvest('incremental');
    expect(unchanged.requests.filter((request) => /\/(vraag|aanbod)\//.test(request))).toEqual([]);
    const changed = structuredClone(world) as World;
    const target = changed.initiatives.find((i) => i.presence.includes('schemaorg') && i.needs.length > 0)!;
    Object.assign(changed, { referenceDate: '2031-01-01T00:00:00Z' });
    Object.assign(target, { updatedAt: '2030-06-01T00:00:00Z', summary: 'Een nieuwe samenvatting.' });
    const expected = replicaListings(changed).filter(
      (listing) => listing.initiative.id === target.id && !listing.person,
    );
    const { run, requests } = await harvest('incremental', {}, changed);
    expect(requests.filter((request) => /\/(vraag|aanbod)\//.test(request)).length).toBeGreaterThanOrEqual(
      expected.length,
    );
    expect(run).toMatchObject({ status: 'succeeded', stored: expected.length });
  });

  it('resumes an interrupted crawl after the last page it checkpointed', async () => {
    const first = await harvest('full', {}, world, { limit: 3 });
    expect(first.run.fetched).toBeGreaterThanOrEqual(3);
    const rest = await harvest('incremental');
    expect(rest.run.status).toBe('succeeded');
    expect(rest.records).toHaveLength(byOrganisations.length);
    expect(first.run.fetched + rest.run.fetched).toBeLessThan(byOrganisations.length + 10);
  });

  it('marks listings the site no longer publishes as gone after a full crawl', async () => {
    await harvest('full');
    const shrunk = structuredClone(world) as World;
    const removed = shrunk.initiatives.find((i) => i.presence.includes('schemaorg') && i.needs.length > 0)!;
    Object.assign(removed, { presence: removed.presence.filter((platform) => platform !== 'schemaorg') });
    const gone = listings.filter((listing) => listing.initiative.id === removed.id && !listing.person).length;
    const { run } = await harvest('full', {}, shrunk);
    expect(run.gone).toBe(gone);
  });

  it('quarantines a listing without name or description and skips pages marked noindex', async () => {
    const { run, records } = await harvest('full', { malformed: [0], noindex: [1] });
    const skipped = [listings[0], listings[1]].filter((listing) => listing && !listing.person).length;
    expect(run.quarantined).toBe(listings[0]?.person ? 0 : 1);
    expect(records).toHaveLength(byOrganisations.length - skipped);
  });

  it('fails with a configuration error when the source names no marketplace', async () => {
    const run = await harvestSource({
      source: {
        id: 'ohne',
        connector: schemaOrgMarket as never,
        options: SchemaOrgMarketConfig.parse({}),
        enabled: true,
        schedule: schemaOrgMarket.defaultSchedule,
        baseUrl: schemaOrgMarket.defaultBaseUrl,
        priority: 50,
      },
      sink: storeSink(store, 'ohne'),
      log: silentLogger(),
      userAgent: 'knooppunt-test',
    });
    expect(run.errors).toEqual([{ type: 'config', message: expect.stringMatching(/set the baseUrl/) }]);
  });

  it('does not crawl a site whose robots.txt cannot be read', async () => {
    const { run, requests } = await harvest('full', { robotsUnavailable: true });
    expect(run.errors).toEqual([
      { type: 'transient', message: expect.stringMatching(/robots\.txt .* could not be read/) },
    ]);
    expect(requests.every((request) => request.startsWith('GET /robots.txt'))).toBe(true);
  });

  it('gets through rate limiting and server errors served as HTML pages', async () => {
    const handler = withFaults(createSchemaOrgMarketReplica(world), {
      rateLimit: { on: [6], retryAfterSeconds: 0, body: fixtureText('error-429.html') },
      serverError: { on: [9], body: fixtureText('error-500.html') },
    });
    const { run } = await harvestFromReplica({
      connector: schemaOrgMarket,
      handler,
      store,
      mode: 'full',
      options,
    });
    expect(run).toMatchObject({ status: 'succeeded', fetched: byOrganisations.length });
  });
});
