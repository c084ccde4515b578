import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLoaders, createSubgraphServer, type SubgraphModule } from './index.ts';
import { dutchRecords } from './testing/dutch-records.ts';
import { startTestGraph, type TestGraph } from './testing/graph-fixture.ts';

describe('every subgraph resolves its entities through _entities', () => {
  let graph: TestGraph;
  const entities = async (name: string, representations: Record<string, unknown>[], selection: string) => {
    const module = graph.modules.find((candidate) => candidate.name === name) as SubgraphModule;
    const server = createSubgraphServer(module);
    const response = await server.executeOperation(
      {
        query: `query($r: [_Any!]!) { _entities(representations: $r) { ${selection} } }`,
        variables: { r: representations },
      },
      { contextValue: { store: graph.store, loaders: createLoaders(graph.store), role: 'reader' } },
    );
    await server.stop();
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    expect(response.body.singleResult.errors).toBeUndefined();
    return response.body.singleResult.data?._entities;
  };
  let voedselbank: string;

  beforeAll(async () => {
    graph = await startTestGraph(dutchRecords());
    const { data } = await graph.query<{ search: { edges: { node: { id: string } }[] } }>(
      '{ search(query: "voedselbank utrecht", first: 1) { edges { node { id } } } }',
    );
    voedselbank = data!.search.edges[0]!.node.id;
  });
  afterAll(() => graph.close());

  it('initiatives: Initiative by id, and null for an unknown one', async () => {
    expect(
      await entities(
        'initiatives',
        [
          { __typename: 'Initiative', id: voedselbank },
          { __typename: 'Initiative', id: 'ini_none' },
        ],
        '... on Initiative { name }',
      ),
    ).toEqual([{ name: 'Stichting Voedselbank Utrecht' }, null]);
  });

  it('funding: Campaign, Grant and the campaigns of an Initiative', async () => {
    expect(
      await entities(
        'funding',
        [
          { __typename: 'Campaign', id: 'voordekunst:5001' },
          { __typename: 'Grant', id: 'fondsenregister:g-1' },
          { __typename: 'Initiative', id: voedselbank },
        ],
        '... on Campaign { title } ... on Grant { funder { name } } ... on Initiative { campaigns { id } funding { currency } }',
      ),
    ).toEqual([
      { title: 'Een koelcel voor verse groente' },
      { funder: { name: 'Oranje Fonds' } },
      { campaigns: [{ id: 'voordekunst:5001' }], funding: [{ currency: 'EUR' }] },
    ]);
  });

  it('volunteering: VolunteerOpportunity and the opportunities of an Initiative', async () => {
    expect(
      await entities(
        'volunteering',
        [
          { __typename: 'VolunteerOpportunity', id: 'nlvoorelkaar:7003' },
          { __typename: 'Initiative', id: voedselbank },
        ],
        '... on VolunteerOpportunity { title remote } ... on Initiative { volunteerOpportunities { id } }',
      ),
    ).toEqual([
      { title: 'Social media vrijwilliger', remote: true },
      { volunteerOpportunities: [{ id: 'nlvoorelkaar:7001' }] },
    ]);
  });

  it('marketplace: Listing and the listings of an Initiative', async () => {
    expect(
      await entities(
        'marketplace',
        [
          { __typename: 'Listing', id: 'ushahidi-utrecht:92' },
          { __typename: 'Initiative', id: voedselbank },
        ],
        '... on Listing { title type category amount { minor } } ... on Initiative { listings { id } }',
      ),
    ).toEqual([
      { title: 'Lening voor omvormers', type: 'REQUEST', category: 'LOAN', amount: { minor: 1_000_000 } },
      { listings: [{ id: 'ushahidi-utrecht:91' }] },
    ]);
  });

  it('sources: Source by id', async () => {
    expect(
      await entities(
        'sources',
        [{ __typename: 'Source', id: 'voordekunst' }],
        '... on Source { id recordCount }',
      ),
    ).toEqual([{ id: 'voordekunst', recordCount: 3 }]);
  });
});
