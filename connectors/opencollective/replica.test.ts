import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateWorld, type ReplicaServer, startReplicaServer } from '../replica/index.ts';
import { ACCOUNTS_QUERY, accountsVariables } from './query.ts';
import { OpenCollectiveAccount, OpenCollectiveAccounts } from './raw.ts';
import { createOpenCollectiveReplica } from './replica.ts';
import { worldAccounts } from './replica-data.ts';

const world = generateWorld({ seed: 4, size: 300 });
const accounts = worldAccounts(world);
const fixture = (name: string) =>
  JSON.parse(readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8'));
let server: ReplicaServer;
beforeAll(async () => {
  server = await startReplicaServer(createOpenCollectiveReplica(world, { tokens: ['good-token'] }));
});
afterAll(() => server.close());

async function post(body: unknown, headers: Record<string, string> = {}, url = server.url) {
  const response = await fetch(`${url}/graphql/v2`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return {
    status: response.status,
    headers: response.headers,
    body: (await response.json()) as Record<string, unknown>,
  };
}

const all = (variables: Record<string, unknown>) => post({ query: ACCOUNTS_QUERY, variables });

describe('the Open Collective replica', () => {
  it('answers the connector query with the accounts collection, every node valid for the raw schema', async () => {
    const { status, body } = await all(
      accountsVariables({
        offset: 0,
        limit: 1000,
        types: ['COLLECTIVE', 'FUND', 'PROJECT', 'EVENT'],
        orderBy: { field: 'CREATED_AT', direction: 'ASC' },
      }),
    );
    expect(status).toBe(200);
    const data = OpenCollectiveAccounts.parse(body.data);
    expect(data.accounts).toMatchObject({ offset: 0, limit: 1000, totalCount: accounts.length });
    for (const node of data.accounts.nodes) OpenCollectiveAccount.parse(node);
    const created = data.accounts.nodes.map((node) => Date.parse((node as { createdAt: string }).createdAt));
    expect(created).toEqual([...created].sort((a, b) => a - b));
  });

  it('returns exactly the selected fields, as a GraphQL server does', async () => {
    const { body } = await post({
      query:
        '{ accounts(limit: 2, type: [EVENT, PROJECT]) { totalCount nodes { id name ... on Event { endsAt } } } }',
    });
    const nodes = (body.data as { accounts: { nodes: Record<string, unknown>[] } }).accounts.nodes;
    for (const node of nodes)
      expect(Object.keys(node).filter((key) => key !== 'endsAt')).toEqual(['id', 'name']);
  });

  it('pages with offset and limit, filters by type, archived state and last transaction', async () => {
    const order = { field: 'CREATED_AT', direction: 'ASC' } as const;
    const page = async (variables: Record<string, unknown>) =>
      OpenCollectiveAccounts.parse((await all({ ...variables, orderBy: order })).body.data).accounts;
    const first = await page({ offset: 0, limit: 5, type: ['PROJECT'] });
    const second = await page({ offset: 5, limit: 5, type: ['PROJECT'] });
    expect(first.nodes).toHaveLength(5);
    const ids = [...first.nodes, ...second.nodes].map((node) => (node as { id: string }).id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const node of first.nodes) expect((node as { type: string }).type).toBe('PROJECT');
    const without = await post({ query: '{ accounts(limit: 1000) { totalCount } }' });
    const archived = accounts.filter((account) => account.archived).length;
    expect(archived).toBeGreaterThan(0);
    expect((without.body.data as { accounts: { totalCount: number } }).accounts.totalCount).toBe(
      accounts.length - archived,
    );
    const recent = await page({ offset: 0, limit: 1000, lastTransactionFrom: '2026-10-01T00:00:00Z' });
    expect(recent.totalCount).toBe(
      accounts.filter((account) => (account.lastTransactionAt ?? 0) >= Date.parse('2026-10-01T00:00:00Z'))
        .length,
    );
  });

  it('refuses more than 1,000 accounts at a time with a GraphQL error', async () => {
    const { status, body } = await post({ query: '{ accounts(limit: 1001) { totalCount } }' });
    expect(status).toBe(200);
    expect(body.data).toBeNull();
    expect((body.errors as { message: string }[])[0]?.message).toMatch(/more than 1000 accounts/);
  });

  it('answers a query the schema rejects with 400 and the validation error', async () => {
    const { status, body } = await post({ query: '{ accounts { nodes { email } } }' });
    expect(status).toBe(400);
    expect((body.errors as { message: string }[])[0]?.message).toBe(
      fixture('error-validation.json').errors[0].message,
    );
  });

  it('refuses a wrong Personal-Token with 401 and accepts a good one', async () => {
    const query = { query: '{ accounts(limit: 1) { totalCount } }' };
    const wrong = await post(query, { 'personal-token': 'stolen' });
    expect(wrong.status).toBe(401);
    expect(wrong.body).toEqual(fixture('error-401.json'));
    expect((await post(query, { 'personal-token': 'good-token' })).status).toBe(200);
  });

  it('answers 429 with Retry-After past the per-minute limit, which a token raises', async () => {
    const limited = await startReplicaServer(
      createOpenCollectiveReplica(world, {
        tokens: ['good-token'],
        rateLimit: { perMinute: 2, perMinuteWithToken: 4 },
      }),
    );
    try {
      const query = { query: '{ accounts(limit: 1) { totalCount } }' };
      const statuses = [];
      for (let i = 0; i < 3; i++) statuses.push((await post(query, {}, limited.url)).status);
      expect(statuses).toEqual([200, 200, 429]);
      const refused = await post(query, {}, limited.url);
      expect(refused.body).toEqual(fixture('error-429.json'));
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
      expect((await post(query, { 'personal-token': 'good-token' }, limited.url)).status).toBe(200);
    } finally {
      await limited.close();
    }
  });

  it('answers other paths with 404 and a GET without query with 400', async () => {
    expect((await fetch(`${server.url}/graphql/v1`)).status).toBe(404);
    expect((await fetch(`${server.url}/graphql/v2`)).status).toBe(400);
  });
});
