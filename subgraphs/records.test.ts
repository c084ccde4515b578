import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dutchRecords } from './testing/dutch-records.ts';
import { startTestGraph, type TestGraph } from './testing/graph-fixture.ts';

type Connection<N, E = object> = { totalCount: number; edges: ({ node: N } & E)[] };

describe('campaigns, grants, volunteer opportunities and listings through the gateway', () => {
  let graph: TestGraph;
  const titles = async (field: string, args: string) => {
    const { data, errors } = await graph.query<Record<string, Connection<{ title: string }>>>(
      `{ list: ${field}${args ? `(${args})` : ''} { totalCount edges { node { title } } } }`,
    );
    expect(errors).toBeUndefined();
    return data!.list!.edges.map((edge) => edge.node.title);
  };

  beforeAll(async () => {
    graph = await startTestGraph(dutchRecords());
  });
  afterAll(() => graph.close());

  it('lists campaigns newest first, filtered by status, theme, municipality, source and amounts', async () => {
    expect(await titles('campaigns', '')).toEqual([
      'Zonnepanelen op sporthal De Marslanden',
      'Een koelcel voor verse groente',
      'Nieuw gereedschap voor de reparatietafel',
    ]);
    expect(await titles('campaigns', 'filter: { statuses: [FUNDED] }')).toEqual([
      'Nieuw gereedschap voor de reparatietafel',
    ]);
    expect(await titles('campaigns', 'filter: { themes: [FOOD], municipality: "GM0344" }')).toEqual([
      'Een koelcel voor verse groente',
    ]);
    expect(
      await titles('campaigns', 'filter: { goal: { currency: "EUR", min: 1000000 }, source: "voordekunst" }'),
    ).toEqual(['Zonnepanelen op sporthal De Marslanden', 'Een koelcel voor verse groente']);
    expect(await titles('campaigns', 'orderBy: ENDING_SOON, first: 1')).toEqual([
      'Nieuw gereedschap voor de reparatietafel',
    ]);
    const { errors } = await graph.query('{ campaigns(filter: { endsAfter: "31-12-2026" }) { totalCount } }');
    expect(errors?.[0]?.message).toContain('`filter.endsAfter`');
  });

  it('lists grants with their funders, filtered by funder name or identifier, programme and date', async () => {
    expect(await titles('grants', 'filter: { funder: "oranje fonds" }')).toEqual([
      'Bijdrage voor kassen en gereedschap',
      'Haalbaarheidsstudie zonnedaken',
    ]);
    expect(await titles('grants', 'filter: { funder: "NL-KVK-41149486" }')).toEqual([
      'Werving en training van maatjes',
    ]);
    expect(await titles('grants', 'filter: { programme: "Groen Doen", awardedAfter: "2025-01-01" }')).toEqual(
      ['Bijdrage voor kassen en gereedschap'],
    );
    const { data } = await graph.query<{
      grants: Connection<{ funder: { name: string }; recipient: { name: string } }>;
    }>('{ grants(orderBy: OLDEST, first: 1) { edges { node { funder { name } recipient { name } } } } }');
    expect(data!.grants.edges[0]!.node).toEqual({
      funder: { name: 'Oranje Fonds' },
      recipient: { name: 'Energiecoöperatie Zonnedak Zwolle' },
    });
  });

  it("adds an initiative's grants and its money per currency: raised, goals and grants received", async () => {
    const { data, errors } = await graph.query<{ search: Connection<Record<string, unknown>> }>(
      '{ search(query: "zonnedak zwolle") { edges { node { grants { title } funding { currency raised { minor } goal { minor } granted { minor } campaigns grants } } } } }',
    );
    expect(errors).toBeUndefined();
    expect(data!.search.edges[0]!.node).toEqual({
      grants: [{ title: 'Haalbaarheidsstudie zonnedaken' }],
      funding: [
        {
          currency: 'EUR',
          raised: { minor: 1_200_000 },
          goal: { minor: 2_500_000 },
          granted: { minor: 1_000_000 },
          campaigns: 1,
          grants: 1,
        },
      ],
    });
  });

  it('lists volunteer opportunities by skill, remote and status, and nearest first around a point', async () => {
    expect(await titles('volunteerOpportunities', 'filter: { skills: ["solderen"] }')).toEqual([
      'Vrijwillige reparateur elektrische apparaten',
    ]);
    expect(await titles('volunteerOpportunities', 'filter: { remote: true }')).toEqual([
      'Social media vrijwilliger',
    ]);
    expect(await titles('volunteerOpportunities', 'filter: { statuses: [FILLED] }')).toEqual([
      'Maatje voor een oudere buurtbewoner',
    ]);
    expect(await titles('volunteerOpportunities', 'filter: { text: "broodroosters" }')).toEqual([
      'Vrijwillige reparateur elektrische apparaten',
    ]);
    const { data } = await graph.query<{
      volunteerOpportunities: Connection<{ title: string }, { distanceKm: number }>;
    }>(
      '{ volunteerOpportunities(near: { lat: 52.09, lon: 5.12, radiusKm: 60 }) { edges { distanceKm node { title } } } }',
    );
    const edges = data!.volunteerOpportunities.edges;
    expect(edges.map((edge) => edge.node.title)).toEqual([
      'Chauffeur bestelbus op zaterdag',
      'Vrijwillige reparateur elektrische apparaten',
      'Maatje voor een oudere buurtbewoner',
    ]);
    expect(edges[0]!.distanceKm).toBeLessThan(1);
    const { errors } = await graph.query(
      '{ volunteerOpportunities(near: { lat: 52, lon: 5, radiusKm: 0 }) { totalCount } }',
    );
    expect(errors?.[0]?.message).toContain('`near.radiusKm`');
  });

  it("adds an initiative's volunteer opportunities and listings", async () => {
    const { data } = await graph.query<{ search: Connection<Record<string, unknown>> }>(
      '{ search(query: "voedselbank utrecht") { edges { node { volunteerOpportunities { title } listings(type: REQUEST) { title category } } } } }',
    );
    expect(data!.search.edges[0]!.node).toEqual({
      volunteerOpportunities: [{ title: 'Chauffeur bestelbus op zaterdag' }],
      listings: [{ title: 'Koelkasten en vriezers gezocht', category: 'GOODS' }],
    });
  });

  it('lists marketplace listings by type and category, and matches a request with fitting offers, with reasons', async () => {
    expect(await titles('listings', 'type: OFFER')).toHaveLength(2);
    expect(await titles('listings', 'type: REQUEST, filter: { categories: [LOAN] }')).toEqual([
      'Lening voor omvormers',
    ]);
    const { data, errors } = await graph.query<{
      listings: Connection<{
        title: string;
        matches: { score: number; reasons: string[]; listing: { title: string } }[];
      }>;
    }>(
      '{ listings(type: REQUEST, filter: { categories: [SPACE] }) { edges { node { title matches { score reasons distanceKm listing { title initiative { name } } } } } } }',
    );
    expect(errors).toBeUndefined();
    const [match] = data!.listings.edges[0]!.node.matches;
    expect(match!.listing.title).toBe('Zaal in buurthuis beschikbaar op zaterdag');
    expect(match!.reasons[0]).toBe('same category: space');
    expect(match!.reasons.join(' ')).toMatch(/shared words: .*Zaal|stopcontacten/);
    expect(match!.reasons.join(' ')).toMatch(/km apart/);
    expect(match!.score).toBeGreaterThan(0.5);
  });
});
