import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateWorld, type ReplicaServer, startReplicaServer } from '../replica/index.ts';
import {
  UshahidiCollection,
  UshahidiErrors,
  UshahidiFeature,
  UshahidiFeatureCollection,
  UshahidiTag,
} from './raw.ts';
import { createUshahidiReplica } from './replica.ts';
import { replicaPosts } from './replica-data.ts';
import { fixture } from './test-fixtures.ts';

const world = generateWorld({ seed: 8, size: 300 });
const posts = replicaPosts(world);
let server: ReplicaServer;
beforeAll(async () => {
  server = await startReplicaServer(createUshahidiReplica(world));
});
afterAll(() => server.close());

const get = async (path: string) => {
  const response = await fetch(`${server.url}${path}`);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
};

describe('the Ushahidi replica', () => {
  it('serves the GeoJSON list with limit, offset and the total of matching posts', async () => {
    const { body } = await get('/api/v3/posts/geojson?limit=10&offset=10&orderby=created&order=desc');
    const list = UshahidiFeatureCollection.parse(body);
    expect(list.total).toBe(posts.length);
    expect(list.features).toHaveLength(10);
    for (const feature of list.features) expect(UshahidiFeature.safeParse(feature).success).toBe(true);
    const ids = list.features.map((feature) => (feature as { properties: { id: number } }).properties.id);
    const newestFirst = [...posts]
      .sort((a, b) => b.created - a.created)
      .slice(10, 20)
      .map((post) => post.id);
    expect(ids).toEqual(newestFirst);
  });

  it('filters on created_after and updated_after, leaving never-edited posts out of the latter', async () => {
    const since = encodeURIComponent('2026-06-01T00:00:00+00:00');
    const created = UshahidiFeatureCollection.parse(
      (await get(`/api/v3/posts/geojson?limit=500&created_after=${since}`)).body,
    );
    expect(created.total).toBe(
      posts.filter((post) => post.created > Date.parse('2026-06-01T00:00:00Z')).length,
    );
    const updated = UshahidiFeatureCollection.parse(
      (await get(`/api/v3/posts/geojson?limit=500&updated_after=${since}`)).body,
    );
    expect(updated.total).toBe(
      posts.filter((post) => post.updated !== null && post.updated > Date.parse('2026-06-01T00:00:00Z'))
        .length,
    );
    expect(posts.some((post) => post.updated === null)).toBe(true);
  });

  it('serves categories and surveys in the collection envelope', async () => {
    const tags = UshahidiCollection.parse((await get('/api/v3/tags')).body);
    expect(tags.total_count).toBe(tags.results.length);
    const children = tags.results.map((tag) => UshahidiTag.parse(tag)).filter((tag) => tag.parent);
    expect(children.length).toBeGreaterThan(10);
    const forms = UshahidiCollection.parse((await get('/api/v3/forms')).body);
    expect(forms.results.map((form) => (form as { name: string }).name)).toEqual([
      'Ik zoek hulp',
      'Ik bied hulp aan',
      'Initiatief',
    ]);
  });

  it("serves post details with the poster's personal fields, as real deployments do", async () => {
    const post = posts[0]!;
    const { body } = await get(`/api/v3/posts/${post.id}`);
    expect(body).toMatchObject({ id: post.id, title: post.title, author_realname: post.person.name });
    expect(JSON.stringify(body.values)).toContain(post.person.phone);
  });

  it("answers unknown posts and paths with Ushahidi's error body", async () => {
    const { status, body } = await get('/api/v3/posts/9999');
    expect(status).toBe(404);
    expect(body).toEqual(fixture('error-404.json'));
    expect(UshahidiErrors.safeParse((await get('/api/v3/nothing')).body).success).toBe(true);
  });
});
