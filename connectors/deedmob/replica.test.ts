import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateWorld, type ReplicaServer, startReplicaServer } from '../replica/index.ts';
import { DeedmobDeed, DeedmobDeedList, DeedmobEnvelope } from './raw.ts';
import { createDeedmobReplica } from './replica.ts';
import { deedmobInitiatives } from './replica-data.ts';

const world = generateWorld({ seed: 5, size: 200 });
const XHR = { 'x-requested-with': 'XMLHttpRequest' };
const fixture = (name: string) =>
  JSON.parse(readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8'));
let server: ReplicaServer;
beforeAll(async () => {
  server = await startReplicaServer(createDeedmobReplica(world));
});
afterAll(() => server.close());

const get = async (path: string, headers: Record<string, string> = XHR) => {
  const response = await fetch(`${server.url}${path}`, { headers });
  return { response, text: await response.text() };
};
const list = async (query: string) =>
  DeedmobDeedList.parse(DeedmobEnvelope.parse(JSON.parse((await get(`/api/deeds?${query}`)).text)).data);

describe('the Deedmob replica', () => {
  it('serves the { status, error, data } envelope with pagination, capped at 50 a page', async () => {
    const posted = deedmobInitiatives(world).reduce((n, entry) => n + entry.opportunities.length, 0);
    const page = await list('page=2&pageSize=7');
    expect(page.pagination).toMatchObject({
      page: 2,
      pageSize: 7,
      pageCount: Math.ceil(page.pagination.rowCount / 7),
    });
    expect(page.pagination.rowCount).toBeGreaterThan(posted);
    expect(page.results).toHaveLength(7);
    expect((await list('pageSize=500')).pagination.pageSize).toBe(50);
    expect((await list('page=999')).results).toEqual([]);
  });

  it('embeds organisations only when asked withOrganization=true, and always in the details', async () => {
    const bare = (await list('pageSize=5')).results as { id: number; organization?: unknown }[];
    expect(bare.every((deed) => deed.organization === undefined)).toBe(true);
    const embedded = (await list('pageSize=50&withOrganization=true')).results as { p2p: boolean }[];
    for (const deed of embedded.filter((d) => !d.p2p)) {
      expect(DeedmobDeed.parse(deed).organization?.name).toBeTruthy();
    }
    const detail = JSON.parse((await get(`/api/deeds/${bare[0]?.id}`)).text) as { data: { deed: unknown } };
    expect(DeedmobDeed.parse(detail.data.deed).organization).toBeTruthy();
  });

  it('serves deeds in the real field set, with contact persons and peer-to-peer requests as on real sites', async () => {
    const deeds = (await list('pageSize=50')).results as Record<string, unknown>[];
    const own = deeds.find((deed) => deed.p2p === false)!;
    expect(Object.keys(own)).toEqual(
      expect.arrayContaining(['contact_id', 'initial_message', 'about_html_en', 'fullType']),
    );
    expect(deeds.some((deed) => deed.p2p === true)).toBe(true);
  });

  it('answers with the web app when the XHR header is missing, and with the error envelope for the unknown', async () => {
    const page = await get('/api/deeds', {});
    expect(page.response.headers.get('content-type')).toMatch(/text\/html/);
    for (const path of ['/api/deeds/1', '/api/nothing']) {
      const { response, text } = await get(path);
      expect(response.status).toBe(404);
      expect(JSON.parse(text)).toEqual(fixture('error-404.json'));
    }
  });

  it('answers 401 with the error envelope on a members-only site', async () => {
    const handler = createDeedmobReplica(world, { membersOnly: true });
    const url = new URL('http://replica/api/deeds');
    const response = await handler({
      method: 'GET',
      url,
      path: url.pathname,
      query: url.searchParams,
      headers: XHR,
      body: '',
    });
    expect(response.status).toBe(401);
    expect(JSON.parse(String(response.body))).toEqual(fixture('error-401.json'));
  });
});
