import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../../store/index.ts';
import { generateWorld, type World, withFaults } from '../replica/index.ts';
import { harvestFromReplica, openMemoryStore } from '../sdk/testing/index.ts';
import { ushahidi } from './connector.ts';
import { createUshahidiReplica, type UshahidiReplicaOptions } from './replica.ts';
import { replicaPosts } from './replica-data.ts';
import { fixture } from './test-fixtures.ts';

const world = generateWorld({ seed: 4, size: 400 });
const posts = replicaPosts(world);
const options = { pageSize: 25, country: 'NL', webUrl: 'https://hulpkaart.example.nl' };
let store: Store;

beforeEach(async () => {
  store = await openMemoryStore();
});
afterEach(async () => {
  await store.close();
});

const harvest = (
  mode: 'full' | 'incremental',
  replicaOptions: UshahidiReplicaOptions = {},
  source: World = world,
  extra: { limit?: number; options?: Record<string, unknown> } = {},
) =>
  harvestFromReplica({
    connector: ushahidi,
    handler: createUshahidiReplica(source, replicaOptions),
    store,
    mode,
    source: 'hulpkaart',
    options: { ...options, ...extra.options },
    limit: extra.limit,
  });

describe('harvesting Ushahidi posts from the replica over HTTP', () => {
  it('stores every post on the map once, typed by its survey, with the values it served', async () => {
    expect(posts.length).toBeGreaterThan(40);
    const { run, records, requests } = await harvest('full');
    expect(run).toMatchObject({ status: 'succeeded', fetched: posts.length, quarantined: 0 });
    expect(records).toHaveLength(posts.length);
    expect(requests.slice(0, 2)).toEqual(['GET /api/v3/tags', 'GET /api/v3/forms']);
    for (const post of posts) {
      const record = records.find((r) => r.sourceId === String(post.id))!;
      expect(record.kind).toBe('listing');
      if (record.kind !== 'listing') continue;
      expect(record.listing.title).toBe(post.title);
      expect(record.listing.type).toBe(post.form === 1 ? 'request' : 'offer');
      expect(record.url).toBe(`https://hulpkaart.example.nl/posts/${post.id}`);
      expect(record.listing.location).toMatchObject({ lat: post.lat, lon: post.lon, country: 'NL' });
      if (post.form === 3 && post.initiative.website)
        expect(record.initiative.website).toBe(post.initiative.website);
      if (post.initiative.place.municipality && post.form === 3) {
        expect(record.initiative.location?.municipality?.code).toBeDefined();
      }
    }
  });

  it('never stores the people who posted: names, phones, e-mails', async () => {
    const { records } = await harvest('full');
    const stored = JSON.stringify(records);
    for (const post of posts) {
      expect(stored).not.toContain(post.person.name);
      expect(stored).not.toContain(post.person.phone);
      expect(stored).not.toContain(post.person.email);
    }
  });

  it('after an edit, reads the posts updated and created since the last run and stores only the edited one', async () => {
    await harvest('full');
    const changed = structuredClone(world) as World;
    const target = changed.initiatives.find((i) => i.presence.includes('ushahidi'))!;
    Object.assign(target, { updatedAt: '2026-11-05T10:00:00Z', description: 'Nieuwe beschrijving.' });
    const report = replicaPosts(changed).find((post) => post.initiative.id === target.id && post.form === 3)!;
    const { run, records, requests } = await harvest('incremental', {}, changed);
    expect(run).toMatchObject({ status: 'succeeded', fetched: 1, stored: 1 });
    const lists = requests.filter((r) => r.includes('/posts/geojson'));
    expect(lists).toEqual([
      expect.stringMatching(/orderby=updated&order=desc&updated_after=/),
      expect.stringMatching(/orderby=created&order=desc&created_after=/),
    ]);
    const record = records.find((r) => r.sourceId === String(report.id));
    expect(record?.kind === 'listing' && record.listing.description).toBe('Nieuwe beschrijving.');
  });

  it('resumes an interrupted run at the next page', async () => {
    const first = await harvest('full', {}, world, { limit: 25 });
    expect(first.run.fetched).toBe(25);
    const rest = await harvest('incremental');
    expect(rest.requests.find((r) => r.includes('geojson'))).toContain('offset=25');
    expect(rest.run.fetched).toBe(posts.length - 25);
    expect(rest.records).toHaveLength(posts.length);
  });

  it('maps a post whose detail is forbidden from its map feature, and quarantines one without title', async () => {
    const { run, records } = await harvest('full', { hiddenDetails: [0], malformed: [1] });
    expect(run).toMatchObject({ status: 'succeeded', quarantined: 1 });
    expect(records).toHaveLength(posts.length - 1);
    const quarantine = await store.listQuarantine({ source: 'hulpkaart', limit: 5 });
    expect(quarantine.map((entry) => entry.issues[0]?.path)).toEqual(['title']);
  });

  it('fails with a configuration error that asks for an access token on a private deployment', async () => {
    const closed = await harvest('full', { accessToken: 'abc' });
    expect(closed.run.errors).toEqual([
      { type: 'config', message: expect.stringMatching(/HTTP 401.*accessToken/) },
    ]);
    const open = await harvest('full', { accessToken: 'abc' }, world, { options: { accessToken: 'abc' } });
    expect(open.run).toMatchObject({ status: 'succeeded', fetched: posts.length });
  });

  it('ends with a system error instead of looping when the deployment repeats a page', async () => {
    const { run } = await harvest('full', { repeatPage: true });
    expect(run.errors).toEqual([{ type: 'system', message: expect.stringMatching(/same page twice/) }]);
  });

  it('gets through rate limiting and server errors with the platform error bodies', async () => {
    const handler = withFaults(createUshahidiReplica(world), {
      rateLimit: { on: [3], retryAfterSeconds: 0, body: fixture('error-429.json') },
      serverError: { from: 5, count: 2, body: fixture('error-500.json') },
    });
    const { run } = await harvestFromReplica({ connector: ushahidi, handler, store, mode: 'full', options });
    expect(run).toMatchObject({ status: 'succeeded', fetched: posts.length });
    expect(handler.log.injected.map((fault) => fault.fault)).toEqual([
      'rate-limit',
      'server-error',
      'server-error',
    ]);
  });
});
