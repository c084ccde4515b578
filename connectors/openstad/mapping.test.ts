import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SourceRecord } from '../../schema/index.ts';
import { OpenstadConfig } from './config.ts';
import { mapIdea } from './mapping.ts';
import { keepPublicFields } from './personal-data.ts';
import { OpenstadIdea } from './raw.ts';

const fixture = (name: string) => readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8');
const ideas = JSON.parse(fixture('ideas.json')) as Record<string, unknown>[];
const context = {
  source: 'openstad',
  baseUrl: 'https://api2.openstad.amsterdam',
  config: OpenstadConfig.parse({}),
  harvestedAt: '2026-11-20T03:00:00Z',
};
const PERSONAL = [
  'Petra',
  'Linden',
  'Hanneke',
  'hanneke.smit',
  'petra.vdlinden',
  '06-19876543',
  '06-41234567',
  '90211',
  'AIzaFixtureKey',
];

const mapAll = (config = context.config) =>
  ideas.flatMap((idea) => mapIdea(OpenstadIdea.parse(keepPublicFields(idea)), { ...context, config }));

describe('mapIdea on the fixture list', () => {
  it('gives the expected records', () => {
    const expected = fixture('expected-records.jsonl')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(JSON.parse(JSON.stringify(mapAll()))).toEqual(expected);
  });

  it('produces valid canonical source records', () => {
    for (const record of mapAll()) {
      const result = SourceRecord.safeParse({ ...record, contentHash: `sha256:${'0'.repeat(64)}` });
      expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
    }
  });

  it('names the initiative after an organiser that is an organisation, keeping the idea title as well', () => {
    const [keuken] = mapAll();
    expect(keuken?.initiative).toMatchObject({
      name: 'Stichting Buurtkeuken De Pijp',
      alternateNames: ['Samen koken en eten in De Pijp'],
      legalForm: 'stichting',
      website: 'https://www.buurtkeukendepijp.nl',
      contact: { email: 'info@buurtkeukendepijp.nl' },
    });
  });

  it('names the initiative after the idea when the organiser is a person, and moves a Facebook group to links', () => {
    const [, buren] = mapAll();
    expect(buren?.initiative.name).toBe('Burenhulp Vogelbuurt');
    expect(buren?.initiative.website).toBeUndefined();
    expect(buren?.initiative.links).toEqual([
      'https://www.facebook.com/groups/burenvogelbuurt',
      'https://wijamsterdam.nl/initiatief/18907',
    ]);
  });

  it('never carries personal data: no organiser person, phone, personal e-mail, user id or API key', () => {
    const output = JSON.stringify(mapAll());
    const kept = JSON.stringify(ideas.map(keepPublicFields));
    for (const value of PERSONAL) {
      expect(output).not.toContain(value);
      expect(kept).not.toContain(value);
    }
  });

  it('maps help asked for to needs, and a "no" to none', () => {
    const [keuken, buren, repair] = mapAll();
    expect(keuken?.initiative.needs?.map((need) => need.type)).toEqual(['money', 'volunteers']);
    expect(buren?.initiative.needs?.map((need) => need.type)).toEqual(['space']);
    expect(repair?.initiative.needs).toBeUndefined();
  });

  it('maps site themes with the labels kept, and the area to categories and scope', () => {
    const [keuken, , repair] = mapAll();
    expect(keuken?.initiative).toMatchObject({
      themes: ['poverty', 'food'],
      categories: ['Voedsel en boodschappen', 'Stadsdeel Zuid'],
      scope: 'neighbourhood',
    });
    expect(repair?.initiative).toMatchObject({
      themes: ['education-talent', 'youth', 'sustainability', 'green-nature'],
      scope: 'municipality',
    });
  });

  it('reads location.coordinates as [lat, lng] when there is no position, and places ideas in the site municipality', () => {
    const [, , repair] = mapAll({ ...context.config, municipality: 'GM0363' });
    expect(repair?.initiative.location).toMatchObject({
      lat: 52.3603,
      lon: 4.9298,
      municipality: { code: 'GM0363', name: 'Amsterdam' },
    });
    const swapped = OpenstadIdea.parse({ id: 1, title: 'x', location: { coordinates: [4.93, 52.36] } });
    expect(mapIdea(swapped, context)[0]?.initiative.location).toMatchObject({ lat: 52.36, lon: 4.93 });
  });

  it('builds the public page from the configured web URL and path', () => {
    const config = OpenstadConfig.parse({
      webUrl: 'https://samen.denhaag.example/',
      ideaPath: '/plannen/{id}',
    });
    expect(mapAll(config)[0]?.url).toBe('https://samen.denhaag.example/plannen/18841');
  });
});

describe('the raw schema', () => {
  it('accepts a theme as text or list, images as URLs or objects, and ids as strings', () => {
    const parsed = OpenstadIdea.parse({
      id: '12',
      title: 'x',
      extraData: {
        theme: ['a', 'b'],
        area: 'West',
        images: [{ url: 'https://i.example/1' }, 'https://i.example/2'],
      },
    });
    expect(parsed).toMatchObject({
      id: 12,
      extraData: {
        theme: ['a', 'b'],
        area: ['West'],
        images: ['https://i.example/1', 'https://i.example/2'],
      },
    });
  });

  it('rejects an idea without id or title, naming the field', () => {
    const issues = (raw: unknown) => OpenstadIdea.safeParse(raw).error?.issues.map((i) => i.path.join('.'));
    expect(issues({ id: 1, title: ' ' })).toEqual(['title']);
    expect(issues({ id: 'idee', title: 'x' })).toEqual(['id']);
  });

  it('ignores malformed coordinates instead of rejecting the idea', () => {
    expect(
      OpenstadIdea.parse({ id: 1, title: 'x', location: { coordinates: 'none' } }).location,
    ).toBeUndefined();
  });
});
