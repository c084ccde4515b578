import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SourceRecord, withContentHash } from '../../schema/index.ts';
import { dutchRecords } from '../testing/dutch-records.ts';
import { startTestGraph, type TestGraph } from '../testing/graph-fixture.ts';

interface Node {
  id: string;
  name: string;
}
type Page<E = object> = { totalCount: number; edges: ({ node: Node } & E)[] };

describe('the initiatives subgraph through the gateway', () => {
  let graph: TestGraph;
  const names = async (field: string, args: string) => {
    const { data, errors } = await graph.query<Record<string, Page>>(
      `{ list: ${field}(${args}) { totalCount edges { node { id name } } } }`,
    );
    expect(errors).toBeUndefined();
    return data!.list!.edges.map((edge) => edge.node.name);
  };
  const idOf = async (name: string) =>
    (
      await graph.query<{ search: Page }>(
        'query($q: String!) { search(query: $q, first: 1) { edges { node { id name } } } }',
        { q: name },
      )
    ).data!.search.edges[0]!.node.id;

  beforeAll(async () => {
    graph = await startTestGraph(dutchRecords());
  });
  afterAll(() => graph.close());

  it('resolves records of one initiative from five platforms into seven initiatives', async () => {
    expect(await names('initiatives', 'first: 50')).toEqual([
      'Buurthuis De Pijp',
      'Buurtmoestuin De Groene Vinger',
      'Energiecoöperatie Zonnedak Zwolle',
      'Repair Café Amsterdam-Noord',
      'Repair Café Delfshaven',
      'Stichting Maatjesproject Leiden',
      'Stichting Voedselbank Utrecht',
    ]);
  });

  it('filters by need type, province, country, legal form, phase, kind and target group', async () => {
    expect(await names('initiatives', 'filter: { needTypes: [MONEY] }')).toEqual([
      'Energiecoöperatie Zonnedak Zwolle',
      'Stichting Maatjesproject Leiden',
      'Stichting Voedselbank Utrecht',
    ]);
    expect(await names('initiatives', 'filter: { province: "Zuid-Holland" }')).toEqual([
      'Repair Café Delfshaven',
      'Stichting Maatjesproject Leiden',
    ]);
    expect(await names('initiatives', 'filter: { province: "PV23", country: "nl" }')).toEqual([
      'Energiecoöperatie Zonnedak Zwolle',
    ]);
    expect(await names('initiatives', 'filter: { legalForms: [COOPERATIE, VERENIGING] }')).toEqual([
      'Energiecoöperatie Zonnedak Zwolle',
      'Repair Café Amsterdam-Noord',
    ]);
    expect(
      await names('initiatives', 'filter: { phases: [ESTABLISHED], kinds: [NEIGHBOURHOOD_ENTERPRISE] }'),
    ).toEqual(['Buurthuis De Pijp']);
    expect(await names('initiatives', 'filter: { targetGroups: [OLDER_PEOPLE] }')).toEqual([
      'Stichting Maatjesproject Leiden',
    ]);
    expect(await names('initiatives', 'filter: { neighbourhood: "Oudwijk" }')).toEqual([
      'Buurtmoestuin De Groene Vinger',
    ]);
  });

  it('filters on open campaigns and open volunteer opportunities of the member records', async () => {
    expect(await names('initiatives', 'filter: { hasOpenCampaign: true }')).toEqual([
      'Energiecoöperatie Zonnedak Zwolle',
      'Stichting Voedselbank Utrecht',
    ]);
    expect(await names('initiatives', 'filter: { hasOpenVolunteerOpportunities: true }')).toEqual([
      'Energiecoöperatie Zonnedak Zwolle',
      'Repair Café Amsterdam-Noord',
      'Stichting Voedselbank Utrecht',
    ]);
    expect(
      await names('initiatives', 'filter: { hasOpenCampaign: false, themes: [SUSTAINABILITY] }'),
    ).toEqual(['Repair Café Amsterdam-Noord', 'Repair Café Delfshaven']);
  });

  it('filters by founding and update dates and orders by them', async () => {
    expect(
      await names('initiatives', 'filter: { foundedAfter: "2015-01-01", foundedBefore: "2020-01-01" }'),
    ).toEqual(['Buurtmoestuin De Groene Vinger', 'Repair Café Delfshaven']);
    expect(await names('initiatives', 'filter: { updatedSince: "2000-01-01" }')).toHaveLength(7);
    expect(await names('initiatives', 'filter: { updatedSince: "2999-01-01" }')).toEqual([]);
    expect((await names('initiatives', 'orderBy: FOUNDED_ON')).slice(0, 2)).toEqual([
      'Stichting Voedselbank Utrecht',
      'Stichting Maatjesproject Leiden',
    ]);
    const newest = await names('initiatives', 'orderBy: FOUNDED_ON_DESC');
    expect(newest[0]).toBe('Energiecoöperatie Zonnedak Zwolle');
    expect(newest.at(-1)).toBe('Buurthuis De Pijp');
  });

  it('refuses bad filter arguments with BAD_USER_INPUT naming them', async () => {
    for (const [args, argument] of [
      ['filter: { foundedBefore: "gisteren" }', 'filter.foundedBefore'],
      ['filter: { province: "Atlantis" }', 'filter.province'],
      ['filter: { updatedSince: "soon" }', 'filter.updatedSince'],
      ['orderBy: RELEVANCE', 'orderBy'],
    ] as const) {
      const { errors } = await graph.query(`{ initiatives(${args}) { totalCount } }`);
      expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(errors?.[0]?.message).toContain(`\`${argument}\``);
    }
  });

  it('searches with stemming, folded diacritics, typos and unfinished words, name above description', async () => {
    expect(await names('search', 'query: "voedselbanken"')).toEqual([
      'Stichting Voedselbank Utrecht',
      'Buurtmoestuin De Groene Vinger',
    ]);
    expect(await names('search', 'query: "energiecooperatie"')).toEqual([
      'Energiecoöperatie Zonnedak Zwolle',
    ]);
    expect((await names('search', 'query: "repeir cafe"')).sort()).toEqual([
      'Repair Café Amsterdam-Noord',
      'Repair Café Delfshaven',
    ]);
    expect(await names('search', 'query: "zonnepan"')).toEqual(['Energiecoöperatie Zonnedak Zwolle']);
    expect(await names('search', 'query: "volunteers elderly"')).toEqual([]);
    expect(await names('search', 'query: "maatjes ouderen"')).toEqual(['Stichting Maatjesproject Leiden']);
    expect(await names('search', 'query: "repareren utrecht"')).toEqual([]);
  });

  it('gives scores and highlights with the matched words marked', async () => {
    const { data, errors } = await graph.query<{
      search: Page<{ score: number; highlights: { field: string; snippet: string }[] }>;
    }>('{ search(query: "voedselbank") { edges { score highlights { field snippet } node { name } } } }');
    expect(errors).toBeUndefined();
    const [first, second] = data!.search.edges;
    expect(first!.score).toBeGreaterThan(second!.score);
    expect(first!.highlights).toContainEqual({
      field: 'name',
      snippet: 'Stichting <mark>Voedselbank</mark> Utrecht',
    });
    expect(second!.highlights.map((h) => h.snippet).join(' ')).toContain('<mark>voedselbank</mark>');
  });

  it('combines search with a filter and a circle around a point, giving distances', async () => {
    expect(await names('search', 'query: "repair", filter: { municipality: "Rotterdam" }')).toEqual([
      'Repair Café Delfshaven',
    ]);
    const { data } = await graph.query<{ search: Page<{ distanceKm: number }> }>(
      '{ search(query: "buurt", near: { lat: 52.37, lon: 4.89, radiusKm: 10 }) { edges { distanceKm node { name } } } }',
    );
    expect(data!.search.edges.map((edge) => edge.node.name).sort()).toEqual([
      'Buurthuis De Pijp',
      'Repair Café Amsterdam-Noord',
    ]);
    for (const edge of data!.search.edges) expect(edge.distanceKm).toBeLessThan(10);
    const { errors } = await graph.query(
      '{ search(query: "x", near: { lat: 95, lon: 4, radiusKm: 5 }) { totalCount } }',
    );
    expect(errors?.[0]?.message).toContain('`near.lat`');
  });

  it('makes a record stored after start searchable within seconds, without a restart', async () => {
    const record = SourceRecord.parse(
      withContentHash({
        key: 'sociale-kaart:999',
        source: 'sociale-kaart',
        sourceId: '999',
        kind: 'initiative',
        harvestedAt: '2026-11-21T03:00:00Z',
        initiative: {
          name: 'Speeltuinvereniging De Klimboom',
          themes: ['youth'],
          location: { locality: 'Zwolle' },
        },
      }),
    );
    await graph.store.putSourceRecords([record]);
    await graph.resolver.resolve([record]);
    const deadline = Date.now() + 5000;
    let found: string[] = [];
    while (Date.now() < deadline && found.length === 0) {
      found = await names('search', 'query: "klimboom"');
      if (found.length === 0) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(found).toEqual(['Speeltuinvereniging De Klimboom']);
    await graph.store.deleteSourceRecords([record.key]);
    await graph.resolver.remove([record.key]);
  });

  it('counts facets for the same query and filter', async () => {
    const { data, errors } = await graph.query<{
      facets: {
        total: number;
        themes: { value: string; count: number }[];
        municipalities: { value: string; label: string; count: number }[];
        sources: { value: string; count: number }[];
        legalForms: { value: string; count: number }[];
      };
    }>(
      '{ facets(filter: { themes: [SUSTAINABILITY, FOOD] }) { total themes { value count } municipalities { value label count } sources { value count } legalForms { value count } } }',
    );
    expect(errors).toBeUndefined();
    expect(data!.facets.total).toBe(5);
    expect(data!.facets.themes.slice(0, 2)).toEqual([
      { value: 'SUSTAINABILITY', count: 3 },
      { value: 'FOOD', count: 2 },
    ]);
    expect(data!.facets.municipalities[0]).toEqual({ value: 'GM0344', label: 'Utrecht', count: 2 });
    expect(data!.facets.sources.find((s) => s.value === 'sociale-kaart')?.count).toBe(5);
    const searched = await graph.query<{
      facets: { total: number; needTypes: { value: string; count: number }[] };
    }>('{ facets(query: "repair") { total needTypes { value count } } }');
    expect(searched.data!.facets).toEqual({
      total: 2,
      needTypes: [
        { value: 'SPACE', count: 1 },
        { value: 'VOLUNTEERS', count: 1 },
      ],
    });
  });

  it('describes a municipality per neighbourhood with what its initiatives need', async () => {
    const { data, errors } = await graph.query<{ municipality: Record<string, unknown> }>(
      `{ municipality(code: "utrecht") { code name province { code name } initiativeCount
          neighbourhoods { area { code name } initiatives }
          needs { needType initiatives amounts { minor currency } }
          initiatives { edges { node { name } } } } }`,
    );
    expect(errors).toBeUndefined();
    expect(data!.municipality).toEqual({
      code: 'GM0344',
      name: 'Utrecht',
      province: { code: 'PV26', name: 'Utrecht' },
      initiativeCount: 2,
      neighbourhoods: [
        { area: { code: 'BU03440000', name: 'Binnenstad' }, initiatives: 1 },
        { area: { code: 'BU03440501', name: 'Oudwijk' }, initiatives: 1 },
      ],
      needs: [
        { needType: 'VOLUNTEERS', initiatives: 2, amounts: [] },
        { needType: 'MATERIALS', initiatives: 1, amounts: [] },
        { needType: 'MONEY', initiatives: 1, amounts: [{ minor: 500000, currency: 'EUR' }] },
      ],
      initiatives: {
        edges: [
          { node: { name: 'Buurtmoestuin De Groene Vinger' } },
          { node: { name: 'Stichting Voedselbank Utrecht' } },
        ],
      },
    });
    expect((await graph.query('{ municipality(code: "GM9999") { code } }')).data).toEqual({
      municipality: null,
    });
  });

  it('counts initiatives per province, per municipality within a province, and per neighbourhood', async () => {
    const { data } = await graph.query<{
      provinces: { area: { code: string }; initiatives: number }[];
      inHolland: { area: { name: string }; initiatives: number }[];
      province: { initiativeCount: number };
    }>(
      `{ provinces: places(level: PROVINCE) { area { code } initiatives }
         inHolland: places(level: MUNICIPALITY, within: "Zuid-Holland") { area { name } initiatives }
         province(code: "PV27") { initiativeCount } }`,
    );
    expect(data!.provinces).toEqual([
      { area: { code: 'PV26' }, initiatives: 2 },
      { area: { code: 'PV27' }, initiatives: 2 },
      { area: { code: 'PV28' }, initiatives: 2 },
      { area: { code: 'PV23' }, initiatives: 1 },
    ]);
    expect(data!.inHolland).toEqual([
      { area: { name: 'Leiden' }, initiatives: 1 },
      { area: { name: 'Rotterdam' }, initiatives: 1 },
    ]);
    expect(data!.province.initiativeCount).toBe(2);
  });

  it("matches a fund's profile with scores and reasons, the region and required criteria restricting", async () => {
    const { data, errors } = await graph.query<{
      matchInitiatives: Page<{ score: number; reasons: { criterion: string; text: string }[] }>;
    }>(
      `{ matchInitiatives(criteria: { themes: [FOOD, POVERTY], needTypes: [MONEY], legalForms: [STICHTING],
          amount: { currency: "EUR", min: 100000, max: 1000000 }, province: "Utrecht" }) {
          totalCount edges { score reasons { criterion text } node { name } } } }`,
    );
    expect(errors).toBeUndefined();
    const [best, next] = data!.matchInitiatives.edges;
    expect(best!.node.name).toBe('Stichting Voedselbank Utrecht');
    expect(best!.score).toBe(1);
    expect(best!.reasons.map((reason) => reason.criterion)).toEqual([
      'REGION',
      'THEMES',
      'NEED_TYPES',
      'LEGAL_FORMS',
      'AMOUNT',
    ]);
    expect(best!.reasons.find((reason) => reason.criterion === 'AMOUNT')?.text).toMatch(/€\s5\.000,00/u);
    expect(next!.node.name).toBe('Buurtmoestuin De Groene Vinger');
    expect(next!.score).toBeLessThan(1);
    const required = await graph.query<{ matchInitiatives: Page }>(
      '{ matchInitiatives(criteria: { themes: [FOOD], needTypes: [MONEY], required: [NEED_TYPES] }) { edges { node { name } } } }',
    );
    const [first, ...rest] = required.data!.matchInitiatives.edges.map((edge) => edge.node.name);
    expect(first).toBe('Stichting Voedselbank Utrecht');
    expect(rest.sort()).toEqual(['Energiecoöperatie Zonnedak Zwolle', 'Stichting Maatjesproject Leiden']);
    const bad = await graph.query(
      '{ matchInitiatives(criteria: { amount: { currency: "euro" } }) { totalCount } }',
    );
    expect(bad.errors?.[0]?.message).toContain('`criteria.amount.currency`');
  });

  it('finds the same concept elsewhere: a repair café in another city', async () => {
    const id = await idOf('Repair Café Amsterdam-Noord');
    const { data, errors } = await graph.query<{
      initiative: { similar: { score: number; reasons: string[]; distanceKm: number; initiative: Node }[] };
    }>(
      'query($id: ID!) { initiative(id: $id) { similar(first: 3) { score reasons distanceKm initiative { name } } } }',
      { id },
    );
    expect(errors).toBeUndefined();
    const [top] = data!.initiative.similar;
    expect(top!.initiative.name).toBe('Repair Café Delfshaven');
    expect(top!.reasons).toContain('same kind: repair café');
    expect(top!.reasons.join(' ')).toContain('Repair, Café');
    expect(top!.distanceKm).toBeGreaterThan(50);
  });

  it('serves provenance per field with the record and its harvest time, the sources, and the match evidence', async () => {
    const id = await idOf('Voedselbank Utrecht');
    const { data } = await graph.query<{
      initiative: {
        province: { code: string };
        provenance: { field: string; recordKey: string; harvestedAt: string }[];
        sources: { key: string }[];
        matchEvidence: { decidedBy: string }[];
      };
    }>(
      'query($id: ID!) { initiative(id: $id) { province { code } provenance { field recordKey harvestedAt } sources { key } matchEvidence { decidedBy } } }',
      { id },
    );
    const initiative = data!.initiative;
    expect(initiative.province.code).toBe('PV26');
    expect(initiative.sources.map((source) => source.key).sort()).toEqual([
      'nlvoorelkaar:7001',
      'sociale-kaart:100',
      'ushahidi-utrecht:91',
      'voordekunst:5001',
    ]);
    const name = initiative.provenance.find((entry) => entry.field === 'name');
    expect(name?.harvestedAt).toBe('2026-11-20T03:00:00Z');
    expect(initiative.sources.map((source) => source.key)).toContain(name?.recordKey);
    expect(initiative.matchEvidence.map((evidence) => evidence.decidedBy)).toContain('identifier');
  });
});
