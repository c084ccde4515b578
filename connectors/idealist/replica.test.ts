import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateWorld, type ReplicaServer, startReplicaServer } from '../replica/index.ts';
import { IdealistVolop, IdealistVolopList, IdealistVolopSummary } from './raw.ts';
import { createIdealistReplica } from './replica.ts';
import { idealistInitiatives } from './replica-data.ts';

const world = generateWorld({ seed: 21, size: 5000 });
const fixture = (name: string) =>
  JSON.parse(readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8'));
const basic = (key: string) => ({ authorization: `Basic ${Buffer.from(`${key}:`).toString('base64')}` });
let server: ReplicaServer;
beforeAll(async () => {
  server = await startReplicaServer(createIdealistReplica(world, { apiKey: 'k', pageSize: 5 }));
});
afterAll(() => server.close());

const get = async (path: string, headers: Record<string, string> = basic('k')) => {
  const response = await fetch(`${server.url}${path}`, { headers });
  return { status: response.status, body: (await response.json()) as unknown };
};

describe('the Idealist replica', () => {
  it('lists volops oldest change first, continuing after `since` while hasMore', async () => {
    const total = idealistInitiatives(world).reduce((n, entry) => n + entry.opportunities.length, 0);
    const seen: string[] = [];
    let since: string | undefined;
    for (let more = true; more;) {
      const { body } = await get(
        `/api/v1/listings/volops${since ? `?since=${encodeURIComponent(since)}` : ''}`,
      );
      const page = IdealistVolopList.parse(body);
      const entries = page.volops.map((entry) => IdealistVolopSummary.parse(entry));
      seen.push(...entries.map((entry) => entry.updated));
      since = entries.at(-1)?.updated;
      more = page.hasMore;
    }
    expect(seen).toHaveLength(total);
    expect(seen).toEqual([...seen].sort());
    expect(seen.every((updated) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/.test(updated))).toBe(true);
  });

  it('serves details of published and unpublished listings in the raw format', async () => {
    const { body } = await get('/api/v1/listings/volops');
    for (const entry of IdealistVolopList.parse(body).volops.map((e) => IdealistVolopSummary.parse(e))) {
      const detail = await get(`/api/v1/listings/volops/${entry.id}`);
      expect(detail.status).toBe(200);
      expect(IdealistVolop.parse((detail.body as { volop: unknown }).volop).id).toBe(entry.id);
    }
  });

  it("answers Idealist's { detail } bodies: 401 without or with a wrong key, 404 for an unknown listing", async () => {
    expect(await get('/api/v1/listings/volops', {})).toEqual({
      status: 401,
      body: fixture('error-401-missing.json'),
    });
    expect(await get('/api/v1/listings/volops', basic('wrong'))).toEqual({
      status: 401,
      body: fixture('error-401.json'),
    });
    expect(await get('/api/v1/listings/volops/0000')).toEqual({
      status: 404,
      body: fixture('error-404.json'),
    });
  });
});
