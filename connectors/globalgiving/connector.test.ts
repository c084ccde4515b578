import { afterEach, describe, expect, it } from 'vitest';
import { secretFields } from '../../config/index.ts';
import { silentLogger } from '../../lib/log.ts';
import type { SourceRecord } from '../../schema/index.ts';
import { openStore, type Store } from '../../store/index.ts';
import {
  generateWorld,
  type ReplicaHandler,
  type ReplicaServer,
  startReplicaServer,
  withFaults,
  type World,
} from '../replica/index.ts';
import { harvestSource, storeSink } from '../runtime/index.ts';
import { createHttpClient, type SyncMode } from '../sdk/index.ts';
import { GlobalGivingConfig } from './config.ts';
import { globalGiving } from './connector.ts';
import { createGlobalGivingReplica, type GlobalGivingReplicaOptions, REPLICA_API_KEY } from './replica.ts';
import { globalGivingEntries, organisationId, projectId, projectStatus } from './replica-data.ts';

const world = generateWorld({ seed: 7, size: 400 });
const errorBody = (status: number) => ({
  error_response: {
    error_code: String(status),
    status: 'Error',
    errors: { error: [{ error_message: 'x' }] },
  },
});
const http = createHttpClient({
  userAgent: 'knooppunt-test',
  backoffBaseMs: 1,
  backoffMaxMs: 5,
  limits: { concurrency: 2 },
});
const servers: ReplicaServer[] = [];
const stores: Store[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
  await Promise.all(stores.splice(0).map((store) => store.close()));
});

/** Starts a replica that records the path and query of every request. */
async function replica(
  options: GlobalGivingReplicaOptions = {},
  source: World = world,
  wrap = (h: ReplicaHandler) => h,
) {
  const requests: string[] = [];
  const inner = wrap(createGlobalGivingReplica(source, options));
  const server = await startReplicaServer((request) => {
    requests.push(`${request.path}${request.url.search}`);
    return inner(request);
  });
  servers.push(server);
  return { url: server.url, requests };
}

async function sqlite(): Promise<Store> {
  const store = await openStore({ backend: 'sqlite', path: ':memory:' });
  stores.push(store);
  return store;
}

function run(
  url: string,
  store: Store,
  options: Record<string, unknown> = {},
  mode: SyncMode = 'incremental',
  limit?: number,
) {
  return harvestSource({
    source: {
      id: 'globalgiving',
      connector: globalGiving as never,
      options: GlobalGivingConfig.parse({ apiKey: REPLICA_API_KEY, ...options }),
      enabled: true,
      schedule: globalGiving.defaultSchedule,
      baseUrl: url,
      priority: 50,
    },
    sink: storeSink(store, 'globalgiving'),
    log: silentLogger(),
    userAgent: 'knooppunt-test',
    http,
    mode,
    limit,
  });
}

async function stored(store: Store): Promise<Map<string, SourceRecord>> {
  const page = await store.scanSourceRecords({ source: 'globalgiving', limit: 10_000 });
  return new Map(page.items.map((record) => [record.sourceId, record]));
}

/** Every project the replica lists, walked through its own pagination. */
async function served(url: string, path = '/api/public/projectservice/all/projects') {
  const all: Record<string, unknown>[] = [];
  for (let next: unknown = undefined; ;) {
    const query = next === undefined ? '' : `&nextProjectId=${next}`;
    const body = (await (await fetch(`${url}${path}?api_key=${REPLICA_API_KEY}${query}`)).json()) as {
      projects: { project?: Record<string, unknown>[]; nextProjectId?: number };
    };
    all.push(...(body.projects.project ?? []));
    next = body.projects.nextProjectId;
    if (next === undefined) return all;
  }
}

const projectCount = globalGivingEntries(world).reduce((n, entry) => n + entry.campaigns.length, 0);
const organisationCount = globalGivingEntries(world).length;

describe('the GlobalGiving connector', () => {
  it('declares two streams, a secret API key, a daily schedule and one request at a time', () => {
    expect(globalGiving).toMatchObject({
      id: 'globalgiving',
      kind: 'crowdfunding',
      defaultBaseUrl: 'https://api.globalgiving.org',
    });
    expect(globalGiving.streams.map((stream) => stream.name)).toEqual(['projects', 'organisations']);
    expect(secretFields(globalGiving.config)).toEqual(['apiKey']);
    expect(GlobalGivingConfig.parse({})).toEqual({ fullPassDays: 7, organisations: true });
    expect(globalGiving.defaultLimits).toEqual({ concurrency: 1, requestsPerMinute: 60 });
  });

  it('harvests every project and organisation the replica serves, despite a 429, 500s and a truncated body', async () => {
    const faults = (handler: ReplicaHandler) =>
      withFaults(handler, {
        rateLimit: { on: [2], retryAfterSeconds: 0, body: errorBody(429) },
        serverError: { from: 4, count: 2, body: errorBody(500) },
        truncate: { on: [8] },
      });
    const { url } = await replica({}, world, faults);
    const store = await sqlite();
    const result = await run(url, store, {}, 'full');
    expect(result).toMatchObject({
      status: 'succeeded',
      quarantined: 0,
      fetched: projectCount + organisationCount,
    });
    const records = await stored(store);
    expect(records.size).toBe(projectCount + organisationCount);
    for (const project of await served(url)) {
      const record = records.get(`project-${project.id}`);
      const organization = project.organization as { name: string; id: number };
      expect(record?.kind).toBe('campaign');
      if (record?.kind !== 'campaign') continue;
      expect(record.url).toBe(project.projectLink);
      expect(record.initiative.name).toBe(organization.name);
      expect(record.campaign).toMatchObject({
        title: project.title,
        raised: { minor: Math.round(Number(project.funding) * 100), currency: 'USD' },
        backers: project.numberOfDonations,
        status: { active: 'open', funded: 'funded', retired: 'closed' }[project.status as string],
      });
      expect(records.get(`org-${organization.id}`)?.initiative.name).toBe(organization.name);
    }
  });

  it('agrees with the world: statuses, countries and websites', async () => {
    const { url } = await replica();
    const store = await sqlite();
    await run(url, store, {}, 'full');
    const records = await stored(store);
    const statuses = { active: 'open', funded: 'funded', retired: 'closed' } as const;
    for (const { initiative, campaigns } of globalGivingEntries(world)) {
      const organisation = records.get(`org-${organisationId(initiative)}`);
      expect(organisation?.initiative.location?.country).toBe(initiative.place.country);
      expect(organisation?.initiative.website).toBe(initiative.website);
      for (const campaign of campaigns) {
        const record = records.get(
          `project-${projectId(initiative, initiative.campaigns.indexOf(campaign) + 1)}`,
        );
        expect(record?.kind === 'campaign' && record.campaign.status).toBe(statuses[projectStatus(campaign)]);
        expect(record?.initiative.website).toBe(initiative.website);
      }
    }
  });

  it('reads only active projects between full passes, and stores only what changed', async () => {
    const { url } = await replica();
    const store = await sqlite();
    await run(url, store, {}, 'full');
    const changed = structuredClone(world) as World;
    const target = changed.initiatives
      .flatMap((initiative) => initiative.campaigns)
      .find((campaign) => campaign.platform === 'globalgiving' && projectStatus(campaign) === 'active') as {
      raisedMinor: number;
    };
    target.raisedMinor += 5000;
    const next = await replica({}, changed);
    const result = await run(next.url, store);
    expect(result).toMatchObject({ status: 'succeeded', stored: 1 });
    expect(
      next.requests.every((request) => request.startsWith('/api/public/projectservice/all/projects/active')),
    ).toBe(true);
    const active = (await served(next.url, '/api/public/projectservice/all/projects/active')).length;
    expect(result.fetched).toBe(active);
    expect(result.unchanged).toBe(active - 1);
  });

  it('makes a full pass again once the last one is fullPassDays old', async () => {
    const { url } = await replica();
    const store = await sqlite();
    await run(url, store, {}, 'full');
    for (const stream of ['projects', 'organisations']) {
      await store.setState('globalgiving', stream, { fullPassAt: '2020-01-01T00:00:00.000Z' });
    }
    const again = await replica();
    const result = await run(again.url, store);
    expect(result).toMatchObject({
      status: 'succeeded',
      fetched: projectCount + organisationCount,
      stored: 0,
    });
    expect(
      again.requests.some((request) => request.startsWith('/api/public/orgservice/all/organizations')),
    ).toBe(true);
    expect(await store.getState('globalgiving', 'projects')).toMatchObject({
      fullPassAt: expect.stringMatching(/^20\d\d-/),
    });
  });

  it('resumes an interrupted pass at the page after the last checkpoint', async () => {
    const { url, requests } = await replica();
    const store = await sqlite();
    const first = await run(url, store, { organisations: false }, 'full', 20);
    expect(first.fetched).toBe(20);
    const checkpoint = (await store.getState('globalgiving', 'projects')) as {
      run: { pass: string; next: number };
    };
    expect(checkpoint.run).toMatchObject({ pass: 'all', next: expect.any(Number) });
    const before = requests.length;
    const rest = await run(url, store, { organisations: false });
    expect(requests[before]).toContain(`nextProjectId=${checkpoint.run.next}`);
    expect(first.fetched + rest.fetched).toBe(projectCount);
    expect(await store.countSourceRecords('globalgiving')).toBe(projectCount);
    expect(await store.getState('globalgiving', 'projects')).not.toHaveProperty('run');
  });

  it('fails with a configuration error that says how to get a key when the key is refused, without showing it', async () => {
    const { url } = await replica({ apiKeys: ['another-key'] });
    const result = await run(url, await sqlite(), {}, 'full');
    expect(result.status).toBe('failed');
    expect(result.errors).toEqual([
      {
        type: 'config',
        message: expect.stringMatching(
          /GlobalGiving refused the API key .*HTTP 401: Invalid api_key.*developer account/,
        ),
      },
    ]);
    expect(JSON.stringify(result.errors)).not.toContain(REPLICA_API_KEY);
  });

  it('fails with a configuration error before any request when no key is configured', async () => {
    const { url, requests } = await replica();
    const result = await run(url, await sqlite(), { apiKey: undefined }, 'full');
    expect(result.errors).toEqual([{ type: 'config', message: expect.stringMatching(/needs an API key/) }]);
    expect(requests).toEqual([]);
  });

  it('ends with a system error instead of looping when the platform repeats nextProjectId', async () => {
    const { url } = await replica({ repeatCursor: true });
    const result = await run(url, await sqlite(), {}, 'full');
    expect(result.errors).toEqual([
      { type: 'system', message: expect.stringMatching(/again; stopping instead of looping/) },
    ]);
  });

  it('quarantines malformed projects with the broken field, keeps the rest, and never stores a contact person', async () => {
    const { url } = await replica({ malformed: [0, 1, 2] });
    const store = await sqlite();
    const result = await run(url, store, { organisations: false }, 'full');
    expect(result).toMatchObject({ status: 'succeeded', quarantined: 3, fetched: projectCount });
    const quarantined = await store.listQuarantine({ source: 'globalgiving', limit: 10 });
    expect(quarantined.map((entry) => entry.issues[0]?.path).sort()).toEqual([
      'goal',
      'organization.name',
      'title',
    ]);
    expect(await store.countSourceRecords('globalgiving')).toBe(projectCount - 3);
    const everything = JSON.stringify([...(await stored(store)).values(), ...quarantined]);
    expect(everything).not.toMatch(/contactName|contactTitle|Project Leader/);
  });
});
