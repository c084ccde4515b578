import { afterEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../lib/log.ts';
import {
  generateWorld,
  jsonResponse,
  type ReplicaHandler,
  type ReplicaServer,
  startReplicaServer,
  type World,
} from '../replica/index.ts';
import { processPage } from '../runtime/index.ts';
import {
  ConnectorError,
  createHttpClient,
  type JsonValue,
  type RawPage,
  type SyncMode,
} from '../sdk/index.ts';
import { BetterplaceConfig } from './config.ts';
import { betterplace } from './connector.ts';
import { type BetterplaceReplicaOptions, createBetterplaceReplica } from './replica.ts';
import { betterplaceInitiatives, projectId } from './replica-data.ts';

const world = generateWorld({ seed: 3, size: 700 });
const stream = betterplace.streams[0]!;
const http = createHttpClient({
  userAgent: 'knooppunt-test',
  retries: 2,
  backoffBaseMs: 1,
  limits: { concurrency: 4 },
});
const servers: ReplicaServer[] = [];

afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

/** Starts a replica and records every path it is asked for. */
async function replica(options: BetterplaceReplicaOptions = {}, source: World = world) {
  const requests: string[] = [];
  const inner = createBetterplaceReplica(source, options);
  const handler: ReplicaHandler = (request) => {
    requests.push(`${request.path}${request.url.search}`);
    return inner(request);
  };
  const server = await startReplicaServer(handler);
  servers.push(server);
  return {
    url: server.url,
    requests,
    listRequests: () => requests.filter((r) => r.includes('projects.json')),
  };
}

function context(url: string, mode: SyncMode = 'full', options: Record<string, unknown> = {}) {
  return {
    source: 'betterplace',
    baseUrl: url,
    config: BetterplaceConfig.parse({ perPage: 25, ...options }),
    http,
    mode,
    signal: new AbortController().signal,
    log: silentLogger(),
  };
}

async function collect(
  ctx: ReturnType<typeof context>,
  state?: JsonValue,
  stopAfter = Infinity,
): Promise<RawPage[]> {
  const pages: RawPage[] = [];
  for await (const page of stream.read(ctx, state)) {
    pages.push(page);
    if (pages.length >= stopAfter) break;
  }
  return pages;
}

/** Every project the replica serves, straight from its list endpoint. */
async function served(url: string): Promise<Map<number, Record<string, unknown>>> {
  const all = new Map<number, Record<string, unknown>>();
  for (let page = 1; ; page++) {
    const body = (await (await fetch(`${url}/de/api_v4/projects.json?per_page=200&page=${page}`)).json()) as {
      data: Record<string, unknown>[];
      total_pages: number;
    };
    for (const project of body.data) all.set(project.id as number, project);
    if (page >= body.total_pages) return all;
  }
}

const ids = (pages: RawPage[]) => pages.flatMap((p) => p.records.map((r) => (r as { id: number }).id));
const map = (pages: RawPage[], ctx: ReturnType<typeof context>) =>
  pages.flatMap(
    (p) => processPage(stream, p.records, { ...ctx, harvestedAt: '2026-11-20T03:00:00Z' }).records,
  );

describe('reading betterplace projects from the replica over HTTP', () => {
  it('delivers every project the replica serves, once, and maps what was served', async () => {
    const { url } = await replica();
    const ctx = context(url);
    const pages = await collect(ctx);
    const servedProjects = await served(url);
    expect(servedProjects.size).toBeGreaterThan(50);
    expect(ids(pages).sort()).toEqual([...servedProjects.keys()].sort());
    const records = map(pages, ctx);
    expect(records).toHaveLength(servedProjects.size);
    for (const record of records) {
      const project = servedProjects.get(Number(record.sourceId))!;
      const carrier = project.carrier as { name: string; city: string };
      const donated = project.donated_amount_in_cents as number;
      const open = project.open_amount_in_cents as number;
      expect(record.kind).toBe('campaign');
      if (record.kind !== 'campaign') continue;
      expect(record.initiative.name).toBe(carrier.name);
      expect(record.campaign.title).toBe(project.title);
      expect(record.campaign.raised?.minor).toBe(donated);
      expect(record.campaign.goal?.minor).toBe(donated + open);
      expect(record.campaign.backers).toBe(project.donor_count);
      expect(record.campaign.startsOn).toBe((project.activated_at as string).slice(0, 10));
      expect(record.sourceUpdatedAt).toBe(project.updated_at);
      expect(record.initiative.location).toMatchObject({
        locality: project.city,
        lat: project.latitude,
        lon: project.longitude,
      });
      expect(record.url).toBe(
        (project.links as { rel: string; href: string }[]).find((l) => l.rel === 'platform')?.href,
      );
    }
  });

  it('agrees with the world: the same amounts, titles and Dutch municipalities', async () => {
    const { url } = await replica();
    const ctx = context(url);
    const records = new Map(map(await collect(ctx), ctx).map((r) => [Number(r.sourceId), r]));
    for (const { initiative, campaigns } of betterplaceInitiatives(world)) {
      for (const campaign of campaigns) {
        const record = records.get(projectId(initiative, initiative.campaigns.indexOf(campaign) + 1));
        expect(record?.kind === 'campaign' && record.campaign).toMatchObject({
          title: campaign.title,
          raised: { minor: campaign.raisedMinor },
          status: campaign.completedAt ? 'funded' : campaign.closedAt ? 'closed' : 'open',
        });
        expect(record?.initiative.location?.country).toBe(initiative.place.country);
        if (initiative.place.municipality) {
          expect(record?.initiative.location?.municipality).toEqual(initiative.place.municipality);
        }
        if (initiative.website) expect(record?.initiative.website).toBe(initiative.website);
      }
    }
  });

  it('reads newest changes first and fetches each organisation once', async () => {
    const { url, requests } = await replica();
    const pages = await collect(context(url));
    const updated = pages.flatMap((p) =>
      p.records.map((r) => Date.parse((r as { updated_at: string }).updated_at)),
    );
    expect(updated).toEqual([...updated].sort((a, b) => b - a));
    const organisationRequests = requests.filter((r) => r.includes('/organisations/'));
    expect(new Set(organisationRequests).size).toBe(organisationRequests.length);
    expect(organisationRequests.length).toBe(betterplaceInitiatives(world).length);
  });

  it('skips organisation details when told to', async () => {
    const { url, requests } = await replica();
    const ctx = context(url, 'full', { organisationDetails: false });
    const records = map(await collect(ctx), ctx);
    expect(requests.some((r) => r.includes('/organisations/'))).toBe(false);
    expect(records.every((r) => r.initiative.website === undefined)).toBe(true);
  });

  it('resumes an interrupted run at the page after the last checkpoint', async () => {
    const { url, listRequests } = await replica();
    const first = await collect(context(url), undefined, 2);
    const checkpoint = first[1]!.state;
    expect(checkpoint).toMatchObject({ run: { next: 3 } });
    const before = listRequests().length;
    const rest = await collect(context(url, 'incremental'), checkpoint);
    expect(listRequests()[before]).toContain('page=3');
    expect([...ids(first), ...ids(rest)].sort()).toEqual([...(await served(url)).keys()].sort());
    expect(rest.at(-1)?.state).not.toHaveProperty('run');
  });

  it('costs one 304 when nothing changed since the last completed run', async () => {
    const { url, requests } = await replica();
    const full = await collect(context(url));
    const checkpoint = full.at(-1)!.state;
    expect(checkpoint).toMatchObject({ highWater: expect.any(String), etag: expect.any(String) });
    const before = requests.length;
    const again = await collect(context(url, 'incremental'), checkpoint);
    expect(requests.length - before).toBe(1);
    expect(again).toEqual([{ records: [], state: checkpoint }]);
  });

  it('after a change, reads only the newest page and moves the high-water mark', async () => {
    const { url } = await replica();
    const checkpoint = (await collect(context(url))).at(-1)!.state as { highWater: string };
    const changed = structuredClone(world) as World;
    const target = changed.initiatives.find((i) =>
      i.campaigns.some((c) => c.platform === 'betterplace' && !c.completedAt),
    )!;
    const campaign = target.campaigns.find((c) => c.platform === 'betterplace' && !c.completedAt) as {
      updatedAt: string;
      raisedMinor: number;
    };
    campaign.updatedAt = '2026-11-10T12:00:00Z';
    campaign.raisedMinor += 2500;
    const next = await replica({}, changed);
    const pages = await collect(context(next.url, 'incremental'), checkpoint);
    expect(next.listRequests()).toHaveLength(1);
    const id = projectId(target, target.campaigns.indexOf(campaign as (typeof target.campaigns)[number]) + 1);
    const record = pages[0]!.records.find((r) => (r as { id: number }).id === id) as Record<string, unknown>;
    expect(record.donated_amount_in_cents).toBe(campaign.raisedMinor);
    expect(pages.at(-1)!.state).toMatchObject({ highWater: '2026-11-10T13:00:00+01:00' });
  });

  it('reports a retired API (404 or 410) as a configuration error that says so', async () => {
    for (const status of [404, 410] as const) {
      const { url } = await replica({ retired: status });
      const error = await collect(context(url)).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ConnectorError);
      expect(error).toMatchObject({ type: 'config' });
      expect((error as ConnectorError).userMessage).toMatch(/betterplace API v4 appears to be retired/);
    }
  });

  it('reports an HTML page where JSON belongs as a retired API too', async () => {
    const server = await startReplicaServer(() => ({
      status: 200,
      headers: { 'content-type': 'text/html' },
      body: '<!doctype html><title>betterplace.org</title>',
    }));
    servers.push(server);
    await expect(collect(context(server.url))).rejects.toMatchObject({
      type: 'config',
      message: /appears to be retired/,
    });
  });

  it('ends with a system error instead of looping when the platform repeats a page', async () => {
    const { url, listRequests } = await replica({ repeatPage: true });
    const error = await collect(context(url)).catch((e: unknown) => e);
    expect(error).toMatchObject({ type: 'system', message: /asked for page 2 but got page 1/ });
    expect(listRequests()).toHaveLength(2);
  });

  it('ends with a system error when a page lies beyond total_pages but has records', async () => {
    const server = await startReplicaServer((request) =>
      jsonResponse(200, {
        total_entries: 1,
        offset: 0,
        total_pages: 0,
        current_page: Number(request.query.get('page')),
        per_page: 25,
        data: [{ id: 1 }],
      }),
    );
    servers.push(server);
    await expect(collect(context(server.url))).rejects.toMatchObject({
      type: 'system',
      message: /only 0 pages/,
    });
  });

  it('quarantines malformed records with the broken field and maps the rest', async () => {
    const { url } = await replica({ malformed: [0, 1, 2] });
    const ctx = context(url);
    const processed = (await collect(ctx)).map((p) =>
      processPage(stream, p.records, { ...ctx, harvestedAt: '2026-11-20T03:00:00Z' }),
    );
    const quarantined = processed.flatMap((p) => p.quarantined);
    expect(quarantined.map((q) => q.issues[0]?.path).sort()).toEqual([
      'carrier.name',
      'donated_amount_in_cents',
      'title',
    ]);
    expect(processed.flatMap((p) => p.records)).toHaveLength((await served(url)).size - 3);
  });

  it('drops projects carried by private persons before anything stores them', async () => {
    const { url } = await replica({ personCarried: [4] });
    const person = [...(await served(url)).values()].find(
      (p) => !(p.carrier as { links: unknown[] }).links.length,
    )!;
    const pages = await collect(context(url));
    const yielded = JSON.stringify(pages);
    expect(yielded).not.toContain((person.carrier as { name: string }).name);
    expect(yielded).not.toContain('"contact"');
    const ctx = context(url);
    expect(map(pages, ctx).some((r) => r.sourceId === String(person.id))).toBe(false);
  });
});
