import { readFileSync } from 'node:fs';
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
import { createHttpClient, type HttpClient, type SyncMode } from '../sdk/index.ts';
import { OpenCollectiveConfig } from './config.ts';
import { openCollective } from './connector.ts';
import { moneyOf } from './mapping.ts';
import { ACCOUNTS_QUERY } from './query.ts';
import { OpenCollectiveAccount } from './raw.ts';
import { createOpenCollectiveReplica, type OpenCollectiveReplicaOptions } from './replica.ts';
import { worldAccounts } from './replica-data.ts';

const world = generateWorld({ seed: 4, size: 600 });
const accounts = worldAccounts(world);
const fixture = (name: string) =>
  JSON.parse(readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8'));
const testHttp = createHttpClient({
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

/** Starts a replica that records the variables and token of every query. */
async function replica(
  options: OpenCollectiveReplicaOptions = {},
  source: World = world,
  wrap = (handler: ReplicaHandler) => handler,
) {
  const queries: { variables: Record<string, unknown>; token?: string }[] = [];
  const inner = wrap(createOpenCollectiveReplica(source, options));
  const server = await startReplicaServer((request) => {
    const body = request.body ? (JSON.parse(request.body) as { variables?: Record<string, unknown> }) : {};
    const token = request.headers['personal-token'];
    queries.push({ variables: body.variables ?? {}, token: typeof token === 'string' ? token : undefined });
    return inner(request);
  });
  servers.push(server);
  return { url: server.url, queries };
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
  extra: { limit?: number; http?: HttpClient } = {},
) {
  return harvestSource({
    source: {
      id: 'opencollective',
      connector: openCollective as never,
      options: OpenCollectiveConfig.parse({ pageSize: 40, ...options }),
      enabled: true,
      schedule: openCollective.defaultSchedule,
      baseUrl: url,
      priority: 50,
    },
    sink: storeSink(store, 'opencollective'),
    log: silentLogger(),
    userAgent: 'knooppunt-test',
    http: extra.http ?? testHttp,
    mode,
    limit: extra.limit,
  });
}

async function stored(store: Store): Promise<Map<string, SourceRecord>> {
  const page = await store.scanSourceRecords({ source: 'opencollective', limit: 10_000 });
  return new Map(page.items.map((record) => [record.sourceId, record]));
}

/** Every account the replica serves to the connector's query, in one request. */
async function served(url: string): Promise<OpenCollectiveAccount[]> {
  const response = await fetch(`${url}/graphql/v2`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: ACCOUNTS_QUERY,
      variables: { limit: 1000, offset: 0, type: ['COLLECTIVE', 'FUND', 'PROJECT', 'EVENT'] },
    }),
  });
  const body = (await response.json()) as { data: { accounts: { nodes: unknown[] } } };
  return body.data.accounts.nodes.map((node) => OpenCollectiveAccount.parse(node));
}

describe('the Open Collective connector', () => {
  it('declares one accounts stream, a secret token and a rate limit that follows the token', () => {
    expect(openCollective).toMatchObject({
      id: 'opencollective',
      kind: 'crowdfunding',
      defaultBaseUrl: 'https://api.opencollective.com',
    });
    expect(openCollective.streams.map((stream) => [stream.name, stream.primaryKey])).toEqual([
      ['accounts', 'id'],
    ]);
    expect(secretFields(openCollective.config)).toEqual(['personalToken']);
    const limits = openCollective.defaultLimits as (config: unknown) => unknown;
    expect(limits(openCollective.config.parse({}))).toEqual({ concurrency: 1, requestsPerMinute: 10 });
    expect(limits(openCollective.config.parse({ personalToken: 't' }))).toEqual({
      concurrency: 1,
      requestsPerMinute: 100,
    });
    expect(OpenCollectiveConfig.parse({})).toEqual({
      types: ['COLLECTIVE', 'FUND', 'PROJECT', 'EVENT'],
      pageSize: 500,
      fullPassDays: 7,
    });
    expect(OpenCollectiveConfig.safeParse({ pageSize: 1001 }).success).toBe(false);
  });

  it('harvests every account the replica serves, despite a 429, 500s and a truncated body, with the values served', async () => {
    const { url } = await replica({}, world, (handler) =>
      withFaults(handler, {
        rateLimit: { on: [2], retryAfterSeconds: 0, body: fixture('error-429.json') },
        serverError: { from: 4, count: 2, body: fixture('error-500.json') },
        truncate: { on: [7] },
      }),
    );
    const store = await sqlite();
    const result = await run(url, store, {}, 'full');
    expect(result).toMatchObject({ status: 'succeeded', quarantined: 0, fetched: accounts.length });
    const records = await stored(store);
    expect(records.size).toBe(accounts.length);
    for (const account of await served(url)) {
      const record = records.get(account.id);
      expect(record?.kind).toBe(
        account.type === 'PROJECT' || account.type === 'EVENT' ? 'campaign' : 'initiative',
      );
      expect(record?.initiative.name).toBe((account.parent ?? account).name);
      expect(record?.url).toContain(account.slug);
      if (record?.kind === 'campaign') {
        expect(record.campaign.title).toBe(account.name);
        expect(record.campaign.raised).toEqual(moneyOf(account.stats?.totalAmountReceived));
        expect(record.campaign.backers).toBe(account.stats?.contributorsCount);
        if (account.isArchived) expect(record.campaign.status).toBe('closed');
      }
    }
  });

  it('agrees with the world: own websites, Open Collective pages and Dutch municipalities', async () => {
    const { url } = await replica();
    const store = await sqlite();
    await run(url, store, {}, 'full');
    const records = [...(await stored(store)).values()];
    for (const initiative of world.initiatives.filter((i) => i.presence.includes('opencollective'))) {
      const record = records.find(
        (candidate) =>
          candidate.kind === 'initiative' && candidate.initiative.location?.lat === initiative.place.lat,
      );
      if (!record) continue;
      if (initiative.website) expect(record.initiative.website).toBe(initiative.website);
      expect(record.initiative.links?.some((link) => link.startsWith('https://opencollective.com/'))).toBe(
        true,
      );
      if (initiative.place.municipality)
        expect(record.initiative.location?.municipality).toEqual(initiative.place.municipality);
    }
  });

  it('between full passes asks only for accounts with new transactions and new accounts, storing only changes', async () => {
    const { url } = await replica();
    const store = await sqlite();
    await run(url, store, {}, 'full');
    const changed = structuredClone(world) as World;
    const campaign = changed.initiatives
      .filter((initiative) => initiative.presence.includes('opencollective'))
      .flatMap((initiative) => initiative.campaigns)
      .find((candidate) => candidate.platform === 'opencollective' && !candidate.closedAt) as {
      raisedMinor: number;
      updatedAt: string;
      id: string;
    };
    campaign.raisedMinor += 5000;
    campaign.updatedAt = new Date().toISOString();
    const next = await replica({}, changed);
    const result = await run(next.url, store);
    expect(result.status).toBe('succeeded');
    expect(next.queries.map((query) => (query.variables.orderBy as { field: string }).field)).toEqual([
      'LAST_TRANSACTION_CREATED_AT',
      'CREATED_AT',
    ]);
    expect(next.queries[0]?.variables.lastTransactionFrom).toEqual(expect.any(String));
    // The collective comes back too (its last transaction is the project's), but its profile is unchanged.
    expect(result.stored).toBe(1);
    const project = [...(await stored(store)).values()].find(
      (record) =>
        record.kind === 'campaign' &&
        record.campaign.title ===
          changed.initiatives.flatMap((i) => i.campaigns).find((c) => c.id === campaign.id)?.title,
    );
    expect(project?.kind === 'campaign' && project.campaign.raised?.minor).toBeGreaterThan(0);
  });

  it('makes a full pass again once the last one is fullPassDays old', async () => {
    const { url } = await replica();
    const store = await sqlite();
    await run(url, store, {}, 'full');
    const state = (await store.getState('opencollective', 'accounts')) as { since: string };
    await store.setState('opencollective', 'accounts', {
      since: state.since,
      fullPassAt: '2020-01-01T00:00:00.000Z',
    });
    const again = await replica();
    const result = await run(again.url, store);
    expect(result).toMatchObject({ status: 'succeeded', fetched: accounts.length, stored: 0 });
    expect(
      again.queries.every((query) => (query.variables.orderBy as { field: string }).field === 'CREATED_AT'),
    ).toBe(true);
  });

  it('resumes an interrupted pass at the offset after the last checkpoint', async () => {
    const { url, queries } = await replica();
    const store = await sqlite();
    const first = await run(url, store, {}, 'full', { limit: 80 });
    expect(first.fetched).toBe(80);
    expect(await store.getState('opencollective', 'accounts')).toMatchObject({
      run: { pass: 'full', offset: 80 },
    });
    const before = queries.length;
    const rest = await run(url, store);
    expect(queries[before]?.variables).toMatchObject({
      offset: 80,
      orderBy: { field: 'CREATED_AT', direction: 'ASC' },
    });
    expect(first.fetched + rest.fetched).toBe(accounts.length);
    expect(await store.countSourceRecords('opencollective')).toBe(accounts.length);
    expect(await store.getState('opencollective', 'accounts')).not.toHaveProperty('run');
  });

  it('sends the token, which lifts the tokenless limit; without it the run is rate limited', async () => {
    const limits = { tokens: ['good-token'], rateLimit: { perMinute: 1, perMinuteWithToken: 100 } };
    const http = createHttpClient({
      userAgent: 'knooppunt-test',
      retries: 1,
      backoffBaseMs: 1,
      maxRetryAfterMs: 500,
      limits: { concurrency: 1 },
    });
    const tokenless = await replica(limits);
    const refused = await run(tokenless.url, await sqlite(), {}, 'full', { http });
    expect(refused.errors).toEqual([{ type: 'transient', message: expect.stringMatching(/asks to wait/) }]);
    const withToken = await replica(limits);
    const result = await run(withToken.url, await sqlite(), { personalToken: 'good-token' }, 'full', {
      http,
    });
    expect(result.status).toBe('succeeded');
    expect(withToken.queries.every((query) => query.token === 'good-token')).toBe(true);
  });

  it('fails with a configuration error that says what to do when the token is refused', async () => {
    const { url } = await replica({ tokens: ['good-token'] });
    const result = await run(url, await sqlite(), { personalToken: 'revoked-token' }, 'full');
    expect(result.status).toBe('failed');
    expect(result.errors).toEqual([
      { type: 'config', message: expect.stringMatching(/HTTP 401.*personal token/) },
    ]);
    expect(JSON.stringify(result.errors)).not.toContain('revoked-token');
  });

  it('quarantines accounts without a name, and never stores a private person behind a project', async () => {
    const { url } = await replica({
      malformed: [3, 4],
      personParent: accounts.flatMap((a, i) => (a.type === 'PROJECT' ? [i] : [])).slice(0, 1),
    });
    const store = await sqlite();
    const result = await run(url, store, {}, 'full');
    expect(result).toMatchObject({ status: 'succeeded', quarantined: 2 });
    const quarantined = await store.listQuarantine({ source: 'opencollective', limit: 10 });
    expect(quarantined.map((entry) => entry.issues[0]?.path)).toEqual(['name', 'name']);
    expect(await store.countSourceRecords('opencollective')).toBe(accounts.length - 3);
    expect(JSON.stringify([...(await stored(store)).values()])).not.toContain('Anna Jansen');
  });
});
