import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateWorld, type ReplicaServer, startReplicaServer } from '../replica/index.ts';
import { OpenstadError, OpenstadIdea } from './raw.ts';
import { createOpenstadReplica } from './replica.ts';
import { humanized } from './replica-data.ts';

const world = generateWorld({ seed: 5, size: 2500 });
let server: ReplicaServer;
beforeAll(async () => {
  server = await startReplicaServer(createOpenstadReplica(world));
});
afterAll(() => server.close());

const get = async (path: string, headers: Record<string, string> = {}) => {
  const response = await fetch(`${server.url}${path}`, { headers });
  return { response, body: response.status === 304 ? undefined : await response.json() };
};

describe('the OpenStad replica', () => {
  it('serves each site its ideas as one plain array that the raw schema accepts', async () => {
    for (const siteId of [197, 241, 268]) {
      const { response, body } = await get(`/api/site/${siteId}/idea`);
      expect(response.status).toBe(200);
      expect(Array.isArray(body)).toBe(true);
      for (const idea of body as Record<string, unknown>[]) {
        expect(OpenstadIdea.safeParse(idea).success).toBe(true);
        expect(idea.siteId).toBe(siteId);
      }
    }
  });

  it('writes coordinates as [lat, lng] and carries the personal fields real sites have', async () => {
    const { body } = await get('/api/site/197/idea');
    const [idea] = body as {
      position: { lat: number; lng: number };
      location: { coordinates: [number, number] };
      extraData: Record<string, unknown>;
      userId: number;
    }[];
    expect(idea!.location.coordinates).toEqual([idea!.position.lat, idea!.position.lng]);
    expect(idea!.extraData.helpNeededApply).toMatch(/06-\d{8}/);
    expect(idea!.userId).toBeGreaterThan(0);
  });

  it('answers If-None-Match with 304 and serves single ideas', async () => {
    const { response, body } = await get('/api/site/197/idea');
    const etag = response.headers.get('etag')!;
    expect((await get('/api/site/197/idea', { 'if-none-match': etag })).response.status).toBe(304);
    const id = (body as { id: number }[])[0]!.id;
    expect((await get(`/api/site/197/idea/${id}`)).body).toMatchObject({ id });
  });

  it("answers unknown sites with OpenStad's error body", async () => {
    const { response, body } = await get('/api/site/999/idea');
    expect(response.status).toBe(404);
    expect(OpenstadError.parse(body)).toEqual(
      OpenstadError.parse(
        JSON.parse(readFileSync(new URL('fixtures/error-404.json', import.meta.url), 'utf8')),
      ),
    );
  });

  it('refuses requests without the token when the site is closed', async () => {
    const closed = await startReplicaServer(createOpenstadReplica(world, { apiToken: 't' }));
    try {
      const refused = await fetch(`${closed.url}/api/site/197/idea`);
      expect(refused.status).toBe(401);
      expect(await refused.json()).toEqual(
        JSON.parse(readFileSync(new URL('fixtures/error-401.json', import.meta.url), 'utf8')),
      );
      expect(
        (await fetch(`${closed.url}/api/site/197/idea`, { headers: { 'x-authorization': 't' } })).status,
      ).toBe(200);
    } finally {
      await closed.close();
    }
  });
});

describe('humanized', () => {
  it('writes Amsterdam local time in Dutch, as OpenStad does', () => {
    expect(humanized('2020-03-24T14:29:36.000Z')).toBe('24 maart 2020 15:29');
    expect(humanized('2020-06-22T13:29:36.000Z')).toBe('22 juni 2020 15:29');
  });
});
