import { describe, expect, it } from 'vitest';
import { SourceRecord } from '../../schema/index.ts';
import { mapRecord } from './map-record.ts';
import { StreamSpec } from './schema.ts';

const context = {
  source: 'kaart',
  harvestedAt: '2026-11-20T03:00:00Z',
  values: { baseUrl: 'https://api.example.org', source: 'kaart', city: 'Utrecht' },
};

function stream(kind: string, fields: unknown[]) {
  return StreamSpec.parse({
    name: 'items',
    kind,
    primaryKey: 'attributes.id',
    request: { path: '/items' },
    records: '$.items[*]',
    fields,
  });
}

const raw = {
  attributes: {
    id: 42,
    name: '  Repair Café Lombok ',
    legal: 'Stichting Repair Café Lombok',
    tags: ['Zorg', 'Groen'],
    kvk: '41202535',
    rsin: null,
    postcode: '3531ab',
    skills: 'koken, klussen',
  },
  geometry: { x: 5.1, y: 52.09 },
};

describe('mapRecord', () => {
  it('fills key, source, sourceId, kind and harvestedAt from the primary key and the context', () => {
    const record = mapRecord(
      stream('initiative', [{ target: 'initiative.name', path: '$.attributes.name' }]),
      raw,
      context,
    );
    expect(record).toMatchObject({
      key: 'kaart:42',
      source: 'kaart',
      sourceId: '42',
      kind: 'initiative',
      harvestedAt: '2026-11-20T03:00:00Z',
    });
  });

  it('lets a later field fill a target only when an earlier one gave nothing', () => {
    const fields = [
      { target: 'initiative.name', path: '$.attributes.title' },
      { target: 'initiative.name', path: '$.attributes.name', transforms: ['trim'] },
      { target: 'initiative.name', const: 'never used' },
    ];
    expect(mapRecord(stream('initiative', fields), raw, context).initiative.name).toBe('Repair Café Lombok');
  });

  it('appends list fields, spreads matched arrays and keeps labels a themes step hands on', () => {
    const record = mapRecord(
      stream('initiative', [
        { target: 'initiative.name', path: '$.attributes.name' },
        { target: 'initiative.identifiers', path: '$.attributes.kvk', transforms: ['kvk'], list: true },
        { target: 'initiative.identifiers', path: '$.attributes.legal', transforms: ['org-id'], list: true },
        { target: 'initiative.themes', path: '$.attributes.tags', transforms: ['themes'], list: true },
        { target: 'initiative.categories', const: 'Buurt', list: true },
      ]),
      raw,
      context,
    );
    expect(record.initiative.identifiers).toEqual([{ scheme: 'NL-KVK', id: '41202535' }]);
    expect(record.initiative.themes).toEqual(expect.arrayContaining(['care-welfare']));
    expect(record.initiative.categories).toEqual(['Zorg', 'Groen', 'Buurt']);
  });

  it('writes one list element per value for targets with []', () => {
    const record = mapRecord(
      stream('initiative', [
        { target: 'initiative.name', path: '$.attributes.name' },
        {
          target: 'initiative.needs[].type',
          path: '$.attributes.skills',
          transforms: [{ type: 'split', delimiter: ',' }, 'need-type'],
        },
        {
          target: 'initiative.needs[].description',
          path: '$.attributes.skills',
          transforms: [{ type: 'split', delimiter: ',' }],
        },
      ]),
      raw,
      context,
    );
    expect(record.initiative.needs).toEqual([
      { type: 'other', description: 'koken' },
      { type: 'other', description: 'klussen' },
    ]);
  });

  it('fills templates from options and record values, and leaves the field out when one is missing', () => {
    const record = mapRecord(
      stream('initiative', [
        { target: 'initiative.name', template: '{$.attributes.name} ({city})', transforms: ['trim'] },
        { target: 'url', template: 'https://kaart.example.nl/{city}/{$.attributes.id}' },
        { target: 'initiative.summary', template: '{$.attributes.missing} in {city}' },
        { target: 'initiative.description', path: '$.attributes.missing', default: 'Geen omschrijving' },
      ]),
      raw,
      context,
    );
    expect(record.initiative.name).toBe('Repair Café Lombok (Utrecht)');
    expect(record.url).toBe('https://kaart.example.nl/Utrecht/42');
    expect(record.initiative.summary).toBeUndefined();
    expect(record.initiative.description).toBe('Geen omschrijving');
  });

  it('normalises locations: postcode, coordinates and the municipality derived from them', () => {
    const record = mapRecord(
      stream('initiative', [
        { target: 'initiative.name', path: '$.attributes.name' },
        {
          target: 'initiative.location.postcode',
          path: '$.attributes.postcode',
          transforms: [{ type: 'postcode', country: 'NL' }],
        },
        { target: 'initiative.location.country', const: 'Nederland' },
        { target: 'initiative.location.lat', path: '$.geometry.y', transforms: ['number'] },
        { target: 'initiative.location.lon', path: '$.geometry.x', transforms: ['number'] },
      ]),
      raw,
      context,
    );
    expect(record.initiative.location).toMatchObject({
      postcode: '3531 AB',
      country: 'NL',
      lat: 52.09,
      lon: 5.1,
      municipality: { code: 'GM0344' },
    });
  });

  it('maps kind payloads, which the canonical model then accepts', () => {
    const record = mapRecord(
      stream('opportunity', [
        { target: 'initiative.name', path: '$.attributes.name', transforms: ['trim'] },
        { target: 'opportunity.title', const: 'Vrijwilliger reparaties' },
        {
          target: 'opportunity.skills',
          path: '$.attributes.skills',
          transforms: [{ type: 'split', delimiter: ',' }],
          list: true,
        },
        { target: 'opportunity.remote', const: 'nee', transforms: ['boolean'] },
        {
          target: 'opportunity.status',
          const: 'Open',
          transforms: [{ type: 'map', values: { open: 'open' } }],
        },
      ]),
      raw,
      context,
    );
    const checked = SourceRecord.safeParse({ ...record, contentHash: `sha256:${'0'.repeat(64)}` });
    expect(checked.success).toBe(true);
    expect(record).toMatchObject({
      opportunity: { skills: ['koken', 'klussen'], remote: false, status: 'open' },
    });
  });
});
