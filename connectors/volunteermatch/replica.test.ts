import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateWorld, type ReplicaServer, startReplicaServer } from '../replica/index.ts';
import { VolunteerMatchConfig } from './config.ts';
import { searchQuery } from './query.ts';
import { VolunteerMatchOpportunity, VolunteerMatchSearch } from './raw.ts';
import { createVolunteerMatchReplica } from './replica.ts';
import { volunteerMatchOpportunities } from './replica-data.ts';

const world = generateWorld({ seed: 21, size: 8000 });
const fixture = (name: string) =>
  JSON.parse(readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8'));
const config = VolunteerMatchConfig.parse({ pageSize: 3 });
let server: ReplicaServer;
beforeAll(async () => {
  server = await startReplicaServer(createVolunteerMatchReplica(world, { apiKey: 'k' }));
});
afterAll(() => server.close());

const post = async (query: string, headers: Record<string, string> = { 'x-api-key': 'k' }) => {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
};
const searchOf = (body: Record<string, unknown>) =>
  VolunteerMatchSearch.parse((body.data as { searchOpportunities: unknown }).searchOpportunities);

describe('the VolunteerMatch replica', () => {
  it('finds the active opportunities of a city, newest update first, a page at a time', async () => {
    const inOakland = volunteerMatchOpportunities(world).filter(
      ({ initiative, opportunity }) => initiative.place.locality === 'Oakland' && !opportunity.remote,
    );
    const first = searchOf((await post(searchQuery(config, { location: 'Oakland, CA' }, 1))).body);
    expect(first).toMatchObject({ resultsSize: inOakland.length, currentPage: 1, numberOfResults: 3 });
    expect(first.opportunities).toHaveLength(Math.min(3, inOakland.length));
    for (const raw of first.opportunities ?? [])
      expect(VolunteerMatchOpportunity.parse(raw).location?.city).toBe('Oakland');
    const beyond = searchOf((await post(searchQuery(config, { location: 'Oakland, CA' }, 99))).body);
    expect(beyond.opportunities).toEqual([]);
  });

  it('keeps virtual opportunities apart from every location', async () => {
    const virtual = searchOf((await post(searchQuery(config, { virtual: true }, 1))).body);
    expect(virtual.resultsSize).toBeGreaterThan(0);
    for (const raw of virtual.opportunities ?? [])
      expect(VolunteerMatchOpportunity.parse(raw).location?.virtual).toBe(true);
  });

  it('validates queries against the schema and serves the coordinator only to whoever asks', async () => {
    const invalid = await post(
      '{ searchOpportunities(input: { location: "Chicago" }) { opportunities { updated } } }',
    );
    expect(invalid.status).toBe(400);
    expect(invalid.body).toEqual(
      expect.objectContaining({
        errors: [expect.objectContaining({ message: fixture('graphql-error.json').errors[0].message })],
      }),
    );
    const asked = await post(
      '{ searchOpportunities(input: { location: "Chicago" }) { opportunities { contact { email } } } }',
    );
    expect(JSON.stringify(asked.body)).toMatch(/@yahoo\.com/);
  });

  it("answers like VolunteerMatch's API gateway without a key, and for anything but a JSON POST to /graphql", async () => {
    expect(await post('{ __typename }', {})).toEqual({ status: 403, body: fixture('error-403.json') });
    const get = await fetch(`${server.url}/graphql?query=%7B__typename%7D`, {
      headers: { 'x-api-key': 'k' },
    });
    expect({ status: get.status, body: await get.json() }).toEqual({
      status: 403,
      body: fixture('error-403-route.json'),
    });
  });
});
