import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../lib/log.ts';
import type { Store } from '../../store/index.ts';
import { generateWorld, type World, withFaults } from '../replica/index.ts';
import { createHttpClient, NO_BASE_URL } from '../sdk/index.ts';
import { harvestFromReplica, openMemoryStore } from '../sdk/testing/index.ts';
import { JsonLdConfig } from './config.ts';
import { jsonld } from './connector.ts';
import { createJsonLdReplica, type JsonLdReplicaOptions, REPLICA_PUBLIC_URL } from './replica.ts';
import { initiativePage, pagePath } from './replica-nodes.ts';

const world = generateWorld({ seed: 4, size: 160 });
const PUBLIC = REPLICA_PUBLIC_URL;
const present = (from: World) =>
  from.initiatives.filter((initiative) => initiative.presence.includes('jsonld'));
const fixture = (name: string) => readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8');

let store: Store | undefined;
afterEach(async () => {
  await store?.close();
  store = undefined;
});

async function crawl(
  settings: {
    replica?: JsonLdReplicaOptions;
    options?: Record<string, unknown>;
    mode?: 'full' | 'incremental';
    from?: World;
    limit?: number;
  } = {},
) {
  store ??= await openMemoryStore();
  return harvestFromReplica({
    connector: jsonld,
    handler: createJsonLdReplica(settings.from ?? world, settings.replica),
    store,
    options: { publicUrl: PUBLIC, pagesPerCheckpoint: 5, ...settings.options },
    mode: settings.mode ?? 'full',
    limit: settings.limit,
  });
}

describe('crawling a website of initiatives', () => {
  it('harvests every initiative page, with the values its JSON-LD states', async () => {
    const { run, records, requests } = await crawl();
    const initiatives = present(world);
    expect(initiatives.length).toBeGreaterThan(20);
    expect(run).toMatchObject({ status: 'succeeded', quarantined: 0 });
    expect(requests.slice(0, 3)).toEqual(['GET /robots.txt', 'GET /sitemap.xml', 'GET /']);
    const byKey = new Map(records.map((record) => [record.key, record]));
    for (const initiative of initiatives) {
      const page = initiativePage(initiative, PUBLIC, world.referenceDate);
      const organisation = byKey.get(`jsonld:${PUBLIC}${page.path}#organisatie`);
      expect(organisation?.initiative).toMatchObject({
        name: (page.nodes[0] as { name: string }).name,
        location: { locality: initiative.place.locality, country: initiative.place.country },
      });
      if (initiative.website) expect(organisation?.initiative.website).toBe(initiative.website);
      if (initiative.kvk)
        expect(organisation?.initiative.identifiers).toEqual([{ scheme: 'NL-KVK', id: initiative.kvk }]);
      if (initiative.place.municipality) {
        expect(organisation?.initiative.location?.municipality).toEqual(initiative.place.municipality);
      }
      const jobs = page.nodes.filter((node) => node['@type'] === 'JobPosting');
      for (const job of jobs) {
        const record = byKey.get(`jsonld:${String(job['@id'])}`);
        expect(record?.kind === 'opportunity' && record.opportunity.title).toBe(job.title);
        expect(record?.initiative.name).toBe(organisation?.initiative.name);
      }
    }
    const expected = initiatives.reduce(
      (sum, initiative) => sum + initiativePage(initiative, PUBLIC, world.referenceDate).nodes.length,
      1,
    );
    expect(records).toHaveLength(expected);
  });

  it('never fetches what robots.txt disallows, and follows no link off the site', async () => {
    const { requests } = await crawl();
    expect(requests.some((request) => request.includes('/beheer/'))).toBe(false);
    expect(requests.every((request) => request.startsWith('GET /'))).toBe(true);
  });

  it('keeps no private organiser or private mailbox', async () => {
    const { records } = await crawl();
    const people = present(world)
      .map((initiative) => initiativePage(initiative, PUBLIC, world.referenceDate).personOrganiser)
      .filter(Boolean);
    expect(people.length).toBeGreaterThan(0);
    const text = JSON.stringify(records);
    for (const person of people) expect(text).not.toContain(person);
    expect(text).not.toContain('@gmail.com');
  });

  it('fetches only pages whose sitemap lastmod is newer than the last crawl in an incremental run', async () => {
    await crawl();
    const changed = structuredClone(world) as World;
    const target = present(changed)[3]!;
    Object.assign(target, { updatedAt: '2026-11-25T09:00:00Z', summary: 'Nieuw: elke dinsdag open.' });
    const { run, requests } = await crawl({ mode: 'incremental', from: changed });
    const pages = requests.filter((request) => request.startsWith('GET /initiatieven/'));
    expect(pages).toEqual([`GET ${pagePath(target)}`]);
    expect(run.status).toBe('succeeded');
    expect(run.stored).toBeGreaterThan(0);
  });

  it('resumes an interrupted crawl without fetching a page twice', async () => {
    const first = await crawl({ limit: 5 });
    expect(first.run.status).toBe('succeeded');
    const firstPages = first.requests.filter((request) => request.startsWith('GET /initiatieven/'));
    const { requests, records } = await crawl({ mode: 'incremental' });
    const later = requests.filter((request) => request.startsWith('GET /initiatieven/'));
    expect(requests[1]).not.toBe('GET /sitemap.xml');
    expect(later.filter((request) => firstPages.includes(request))).toEqual([]);
    expect(firstPages.length + later.length).toBe(present(world).length);
    expect(records.length).toBeGreaterThan(present(world).length);
  });

  it('follows links from the home page when the site has no sitemap', async () => {
    const { run, requests } = await crawl({ replica: { noSitemap: true } });
    expect(run.status).toBe('succeeded');
    expect(requests.filter((request) => request.startsWith('GET /initiatieven/'))).toHaveLength(
      present(world).length,
    );
  });

  it('does not crawl a site whose robots.txt is unreachable, and crawls freely when it is missing', async () => {
    const down = await crawl({ replica: { robotsStatus: 503 } });
    expect(down.run.errors[0]).toMatchObject({
      type: 'transient',
      message: expect.stringMatching(/robots\.txt/),
    });
    expect(down.requests.filter((request) => !request.includes('robots.txt'))).toEqual([]);
    const missing = await crawl({ replica: { robotsStatus: 404 } });
    expect(missing.run.status).toBe('succeeded');
  });

  it('keeps to a Crawl-delay and still reads the whole site', async () => {
    const { run, requests } = await crawl({ replica: { crawlDelaySeconds: 0.001 } });
    expect(run.status).toBe('succeeded');
    expect(requests.filter((request) => request.startsWith('GET /initiatieven/'))).toHaveLength(
      present(world).length,
    );
  });

  it('quarantines a volunteer job without a title and logs pages whose JSON-LD is broken', async () => {
    const { run, records } = await crawl({ replica: { malformed: [0], broken: [1] } });
    expect(run).toMatchObject({ status: 'succeeded', quarantined: 1 });
    const quarantine = await store!.listQuarantine({ source: 'jsonld', limit: 5 });
    expect(quarantine[0]?.issues[0]?.path).toBe('node.title');
    const broken = initiativePage(present(world)[1]!, PUBLIC, world.referenceDate);
    expect(records.some((record) => record.key === `jsonld:${PUBLIC}${broken.path}#organisatie`)).toBe(false);
  });

  it('stops at maxPages', async () => {
    const { run, requests } = await crawl({ options: { maxPages: 4 } });
    expect(run.status).toBe('succeeded');
    expect(requests.filter((request) => !/robots|sitemap/.test(request))).toHaveLength(4);
  });

  it('fails with a configuration error, before any request, when no site is configured', async () => {
    const requests: string[] = [];
    const context = {
      source: 'jsonld',
      baseUrl: NO_BASE_URL,
      config: JsonLdConfig.parse({}),
      http: createHttpClient({
        userAgent: 'test',
        fetch: async (url) => (requests.push(String(url)), new Response('')),
      }),
      mode: 'full' as const,
      signal: new AbortController().signal,
      log: silentLogger(),
    };
    const pages = jsonld.streams[0]!.read(context, undefined)[Symbol.asyncIterator]();
    await expect(pages.next()).rejects.toMatchObject({
      type: 'config',
      message: expect.stringMatching(/set the baseUrl/),
    });
    expect(requests).toEqual([]);
  });

  it('gets through a 429, a burst of 500s and a truncated page', async () => {
    store = await openMemoryStore();
    const handler = withFaults(createJsonLdReplica(world), {
      rateLimit: { on: [4], retryAfterSeconds: 0, body: fixture('error-429.html') },
      serverError: { from: 6, count: 2, body: fixture('error-500.html') },
      truncate: { on: [9] },
    });
    const { run } = await harvestFromReplica({
      connector: jsonld,
      handler,
      store,
      options: { publicUrl: PUBLIC },
      mode: 'full',
    });
    expect(run).toMatchObject({ status: 'succeeded', quarantined: 0 });
    expect(handler.log.injected).toHaveLength(4);
  });
});
