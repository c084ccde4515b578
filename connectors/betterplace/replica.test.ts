import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countryCode } from '../../schema/index.ts';
import { generateWorld, type ReplicaServer, startReplicaServer } from '../replica/index.ts';
import { BetterplaceList, BetterplaceOrganisation, BetterplaceProject } from './raw.ts';
import { createBetterplaceReplica } from './replica.ts';
import { betterplaceInitiatives } from './replica-data.ts';
import { berlinTime } from './replica-format.ts';

const world = generateWorld({ seed: 5, size: 400 });
let server: ReplicaServer;
beforeAll(async () => {
  server = await startReplicaServer(createBetterplaceReplica(world, {}));
});
afterAll(() => server.close());

const get = async (path: string, headers: Record<string, string> = {}) => {
  const response = await fetch(`${server.url}${path}`, { headers });
  return { response, body: response.status === 304 ? undefined : await response.json() };
};

describe('the betterplace replica', () => {
  it('serves the api_v4 list envelope with pagination, in both locales', async () => {
    const { body } = await get('/de/api_v4/projects.json?page=2&per_page=7');
    const list = BetterplaceList.parse(body);
    const total = betterplaceInitiatives(world).reduce((n, e) => n + e.campaigns.length, 0);
    expect(list).toMatchObject({
      total_entries: total,
      offset: 7,
      current_page: 2,
      per_page: 7,
      total_pages: Math.ceil(total / 7),
    });
    expect(list.data).toHaveLength(7);
    const en = BetterplaceList.parse((await get('/en/api_v4/projects.json')).body);
    expect((en.data[0] as { links: { href: string }[] }).links[0]?.href).toContain('/en/api_v4/');
    expect(en.per_page).toBe(20);
  });

  it('caps per_page at 200 and answers an empty page beyond the last', async () => {
    const capped = BetterplaceList.parse((await get('/de/api_v4/projects.json?per_page=500')).body);
    expect(capped.per_page).toBe(200);
    const beyond = BetterplaceList.parse((await get('/de/api_v4/projects.json?page=99')).body);
    expect(beyond.data).toEqual([]);
    expect(beyond.current_page).toBe(99);
  });

  it('serves projects that the raw schema accepts, with German country names and Berlin times', async () => {
    const list = BetterplaceList.parse((await get('/de/api_v4/projects.json?per_page=200')).body);
    for (const raw of list.data) {
      const project = BetterplaceProject.parse(raw);
      expect(countryCode(project.country)).toBeDefined();
      expect(project.updated_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+0[12]:00$/);
      expect(project.carrier?.links[0]?.href).toMatch(/\/organisations\/\d+\.json$/);
      expect((raw as { contact: { name: string } }).contact.name).toMatch(/^\p{Lu}\p{Ll}+ \p{Lu}\.$/u);
    }
  });

  it('orders by the requested fields and filters by facets', async () => {
    const byUpdate = BetterplaceList.parse(
      (await get('/de/api_v4/projects.json?per_page=200&order=updated_at:ASC')).body,
    );
    const times = byUpdate.data.map((p) => Date.parse((p as { updated_at: string }).updated_at));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    const completed = BetterplaceList.parse(
      (await get('/de/api_v4/projects.json?per_page=200&facets=completed:true')).body,
    );
    expect(completed.data.length).toBeGreaterThan(0);
    for (const p of completed.data)
      expect((p as { completed_at: string | null }).completed_at).not.toBeNull();
  });

  it('answers If-None-Match with 304 while the list is unchanged', async () => {
    const { response } = await get('/de/api_v4/projects.json');
    const etag = response.headers.get('etag')!;
    expect(etag).toBeTruthy();
    expect((await get('/de/api_v4/projects.json', { 'if-none-match': etag })).response.status).toBe(304);
    expect((await get('/de/api_v4/projects.json?page=2', { 'if-none-match': etag })).response.status).toBe(
      200,
    );
  });

  it('serves organisation and project details, and 404 with the platform error body for the unknown', async () => {
    const list = BetterplaceList.parse((await get('/de/api_v4/projects.json')).body);
    const project = BetterplaceProject.parse(list.data[0]);
    const organisation = BetterplaceOrganisation.parse(
      (await get(`/de/api_v4/organisations/${project.carrier?.id}.json`)).body,
    );
    expect(organisation.links.map((l) => l.rel)).toEqual(
      expect.arrayContaining(['self', 'platform', 'projects']),
    );
    expect((await get(`/de/api_v4/projects/${project.id}.json`)).body).toMatchObject({ id: project.id });
    for (const path of [
      '/de/api_v4/organisations/1.json',
      '/fr/api_v4/projects.json',
      '/de/api_v4/nothing.json',
    ]) {
      const { response, body } = await get(path);
      expect(response.status).toBe(404);
      expect(body).toEqual(
        JSON.parse(readFileSync(new URL('fixtures/error-404.json', import.meta.url), 'utf8')),
      );
    }
  });
});

describe('a retired betterplace replica', () => {
  it('answers every api_v4 path with the platform error body of the chosen status', async () => {
    const handler = createBetterplaceReplica(world, { retired: 410 });
    const url = new URL('http://replica/de/api_v4/projects.json');
    const response = await handler({
      method: 'GET',
      url,
      path: url.pathname,
      query: url.searchParams,
      headers: {},
      body: '',
    });
    expect(response.status).toBe(410);
    expect(JSON.parse(String(response.body))).toEqual(
      JSON.parse(readFileSync(new URL('fixtures/error-410.json', import.meta.url), 'utf8')),
    );
  });
});

describe('berlinTime', () => {
  it('writes Berlin local time with +01:00 in winter and +02:00 in summer, switching on the EU dates', () => {
    expect(berlinTime('2026-01-15T12:00:00Z')).toBe('2026-01-15T13:00:00+01:00');
    expect(berlinTime('2026-07-01T12:00:00Z')).toBe('2026-07-01T14:00:00+02:00');
    expect(berlinTime('2026-03-29T00:59:59Z')).toBe('2026-03-29T01:59:59+01:00');
    expect(berlinTime('2026-03-29T01:00:00Z')).toBe('2026-03-29T03:00:00+02:00');
    expect(berlinTime('2026-10-25T01:00:00Z')).toBe('2026-10-25T02:00:00+01:00');
  });
});
