import { afterEach, describe, expect, it } from 'vitest';
import { generateWorld, type ReplicaServer, startReplicaServer } from '../replica/index.ts';
import { HsdsOrganization, HsdsPageEnvelope, HsdsService, OrukPageEnvelope } from './raw.ts';
import { createHsdsReplica, type HsdsReplicaOptions } from './replica.ts';

const world = generateWorld({ seed: 11, size: 1500 });
let server: ReplicaServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function get(path: string, options: HsdsReplicaOptions = {}) {
  server ??= await startReplicaServer(createHsdsReplica(world, options));
  const response = await fetch(`${server.url}${path}`);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('the HSDS replica', () => {
  it('serves lists in the HSDS 3 envelope, paged, with records the raw schemas accept', async () => {
    const { body } = await get('/services?page=2&per_page=5');
    const envelope = HsdsPageEnvelope.parse(body);
    expect(envelope).toMatchObject({ page_number: 2, first_page: false, empty: false });
    expect(envelope.contents).toHaveLength(5);
    for (const service of envelope.contents) expect(HsdsService.safeParse(service).success).toBe(true);
    const beyond = HsdsPageEnvelope.parse(
      (await get(`/services?page=${Number(envelope.total_pages) + 1}`)).body,
    );
    expect(beyond).toMatchObject({ empty: true, last_page: true, contents: [] });
  });

  it('nests identifiers, locations and services in organisations only when asked with full=true', async () => {
    const basic = HsdsPageEnvelope.parse((await get('/organizations?per_page=3')).body).contents[0] as object;
    expect(basic).not.toHaveProperty('locations');
    const full = HsdsPageEnvelope.parse((await get('/organizations?per_page=3&full=true')).body).contents[0];
    const organisation = HsdsOrganization.parse(full);
    expect(organisation.locations?.length).toBe(1);
    expect(organisation.services?.length).toBeGreaterThan(0);
    const nested = (full as { services: object[] }).services;
    expect(nested.some((service) => 'organization' in service)).toBe(false);
  });

  it('filters services by modified_after and organization_id', async () => {
    const all = HsdsPageEnvelope.parse((await get('/services?per_page=500')).body).contents as {
      last_modified: string;
      organization_id: string;
    }[];
    const sorted = all.map((service) => service.last_modified).sort();
    const median = sorted[Math.floor(sorted.length / 2)]!;
    const recent = HsdsPageEnvelope.parse(
      (await get(`/services?per_page=500&modified_after=${median}Z`)).body,
    );
    expect(recent.total_items).toBe(sorted.filter((modified) => modified >= median).length);
    const id = all[0]!.organization_id;
    const ofOne = HsdsPageEnvelope.parse((await get(`/services?per_page=500&organization_id=${id}`)).body);
    expect(
      ofOne.contents.every((service) => (service as { organization_id: string }).organization_id === id),
    ).toBe(true);
  });

  it('answers unknown records and paths with the Spring Boot error body, and 401 without the key', async () => {
    expect(await get('/services/nope')).toEqual({
      status: 404,
      body: expect.objectContaining({ status: 404, error: 'Not Found', path: '/services/nope' }),
    });
    await server?.close();
    server = undefined;
    expect((await get('/services', { apiKey: 'k' })).body).toMatchObject({
      status: 401,
      error: 'Unauthorized',
    });
  });

  it('serves the Spring Data envelope and empty strings of ORUK v1 feeds when legacy', async () => {
    const envelope = OrukPageEnvelope.parse((await get('/services?per_page=4', { legacy: true })).body);
    expect(envelope.content).toHaveLength(4);
    const service = envelope.content[0] as Record<string, unknown>;
    expect(service).not.toHaveProperty('last_modified');
    expect(service.alternate_name).toBe('');
  });
});
