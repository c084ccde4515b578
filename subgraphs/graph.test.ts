import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../test/support/processes.ts';
import {
  campaignRecords,
  countingStore,
  opportunityRecords,
  startTestGraph,
  type TestGraph,
} from './testing/graph-fixture.ts';

interface Page {
  initiatives: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string };
    edges: { node: { id: string; name: string; campaigns: { id: string; title: string }[] } }[];
  };
}

describe('the federated graph over HTTP', () => {
  let graph: TestGraph;
  const counts = new Map<string, number>();

  beforeAll(async () => {
    graph = await startTestGraph([...campaignRecords(120, 2), ...opportunityRecords(120, 1)], {
      wrap: (store) => countingStore(store, counts),
    });
  });
  afterAll(() => graph.close());

  it('lists initiatives with totalCount and joins their campaigns from the funding subgraph', async () => {
    const { data, errors } = await graphql<Page>(
      graph.url,
      '{ initiatives(first: 5) { totalCount pageInfo { hasNextPage endCursor } edges { node { id name campaigns { id title } } } } }',
    );
    expect(errors).toBeUndefined();
    expect(data?.initiatives.totalCount).toBe(120);
    expect(data?.initiatives.edges).toHaveLength(5);
    for (const { node } of data?.initiatives.edges ?? []) {
      expect(node.id).toMatch(/^ini_/);
      expect(node.campaigns.map((c) => c.title)).toEqual(
        expect.arrayContaining([`Actie 1 van ${node.name}`, `Actie 2 van ${node.name}`]),
      );
    }
  });

  it('pages through every initiative exactly once with `after`', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const result: { data?: Page } = await graphql<Page>(
        graph.url,
        'query($after: String) { initiatives(first: 50, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id name campaigns { id title } } } } }',
        { after },
      );
      const connection: Page['initiatives'] | undefined = result.data?.initiatives;
      seen.push(...(connection?.edges.map((edge) => edge.node.id) ?? []));
      after = connection?.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toHaveLength(120);
    expect(new Set(seen).size).toBe(120);
  });

  it('filters by theme, municipality (code or name) and source', async () => {
    const count = async (filter: string) =>
      (await graphql<Page>(graph.url, `{ initiatives(filter: ${filter}) { totalCount } }`)).data?.initiatives
        .totalCount;
    expect(await count('{ themes: [ENERGY] }')).toBe(40);
    expect(await count('{ themes: [ENERGY, CULTURE] }')).toBe(80);
    expect(await count('{ municipality: "GM0363" }')).toBe(40);
    expect(await count('{ municipality: "rotterdam" }')).toBe(40);
    expect(await count('{ source: "betterplace" }')).toBe(120);
    expect(await count('{ source: "globalgiving" }')).toBe(0);
    expect(await count('{ themes: [ENERGY], municipality: "GM0363" }')).toBe(40);
    expect(await count('{ themes: [ENERGY], municipality: "GM0344" }')).toBe(0);
  });

  it('finds one initiative by id, and null for an unknown id', async () => {
    const first = (await graphql<Page>(graph.url, '{ initiatives(first: 1) { edges { node { id name } } } }'))
      .data;
    const id = first?.initiatives.edges[0]?.node.id;
    const one = await graphql<{ initiative: { name: string; sources: { key: string }[] } | null }>(
      graph.url,
      'query($id: ID!) { initiative(id: $id) { name sources { key } } }',
      { id },
    );
    expect(one.data?.initiative?.name).toBe(first?.initiatives.edges[0]?.node.name);
    expect(one.data?.initiative?.sources).toHaveLength(3);
    const missing = await graphql<{ initiative: null }>(
      graph.url,
      '{ initiative(id: "ini_unknown") { name } }',
    );
    expect(missing.data?.initiative).toBeNull();
  });

  it('refuses a malformed cursor and an oversized page with a named argument', async () => {
    const cursor = await graphql(graph.url, '{ initiatives(after: "nonsense!") { totalCount } }');
    expect(cursor.errors?.[0]?.message).toContain('`after`');
    const size = await graphql(graph.url, '{ initiatives(first: 5000) { totalCount } }');
    expect(size.errors?.[0]?.message).toContain('`first`');
  });

  it('batches store round trips: 100 initiatives with campaigns and opportunities cost as many calls as 10', async () => {
    const callsFor = async (first: number) => {
      counts.clear();
      const { errors } = await graphql(
        graph.url,
        `{ initiatives(first: ${first}) { edges { node { name sources { key }
            campaigns { title initiative { id } }
            volunteerOpportunities { title initiative { id } } } } } }`,
      );
      expect(errors).toBeUndefined();
      return [...counts.values()].reduce((sum, n) => sum + n, 0);
    };
    const ten = await callsFor(10);
    const hundred = await callsFor(100);
    expect(hundred).toBe(ten);
    expect(hundred).toBeLessThanOrEqual(10);
  });

  it('joins every initiative with its volunteer opportunities from the volunteering subgraph', async () => {
    const { data, errors } = await graphql<{
      initiatives: { edges: { node: { name: string; volunteerOpportunities: { title: string }[] } }[] };
    }>(graph.url, '{ initiatives(first: 3) { edges { node { name volunteerOpportunities { title } } } } }');
    expect(errors).toBeUndefined();
    for (const { node } of data?.initiatives.edges ?? []) {
      expect(node.volunteerOpportunities).toEqual([{ title: `Vrijwilliger 1 bij ${node.name}` }]);
    }
  });
});
