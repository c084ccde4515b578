import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SourceRecord } from '../../schema/index.ts';
import { UshahidiConfig } from './config.ts';
import { listingTypeOf } from './listing-type.ts';
import { initiativeNameOf, mapPost } from './mapping.ts';
import { UshahidiPost } from './raw.ts';
import { fixtureRecords } from './test-fixtures.ts';

const context = {
  source: 'hulpkaart',
  baseUrl: 'https://hulpkaart.example.nl',
  config: UshahidiConfig.parse({}),
  harvestedAt: '2026-11-20T03:00:00Z',
};
const mapAll = (config = context.config) =>
  fixtureRecords().flatMap((record) => mapPost(UshahidiPost.parse(record), { ...context, config }));
const post = (fields: Record<string, unknown>) => UshahidiPost.parse({ id: 1, title: 'x', ...fields });

describe('mapPost on the fixture page', () => {
  it('gives the expected records', () => {
    const expected = readFileSync(new URL('fixtures/expected-records.jsonl', import.meta.url), 'utf8')
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

  it('never carries the poster: no name, phone, e-mail, user id or SMS contact', () => {
    const yielded = JSON.stringify(fixtureRecords());
    const output = JSON.stringify(mapAll());
    for (const value of ['Joost', 'Meijer', '06-28736451', 'hotmail', '2087', 'contacts/77', 'SM8c2e1b']) {
      expect(yielded).not.toContain(value);
      expect(output).not.toContain(value);
    }
  });

  it('types posts by their survey: a request with its needs, an offer', () => {
    const [koffie, repair] = mapAll();
    expect(koffie?.kind === 'listing' && koffie.listing).toMatchObject({
      type: 'request',
      category: 'volunteers',
    });
    expect(koffie?.initiative.needs).toEqual([
      { type: 'volunteers', description: 'Buurtkamer Lombok zoekt vrijwilligers voor de koffieochtend' },
    ]);
    expect(repair?.kind === 'listing' && repair.listing).toMatchObject({
      type: 'offer',
      category: 'services',
    });
  });

  it('names the initiative a post speaks for, and splits its website from its Facebook page', () => {
    const [koffie] = mapAll();
    expect(koffie?.initiative).toMatchObject({
      name: 'Buurtkamer Lombok',
      website: 'https://www.buurtkamerlombok.nl',
      links: ['https://www.facebook.com/buurtkamerlombok', 'https://hulpkaart.example.nl/posts/512'],
      categories: ['Middelen', 'Vrijwilligers', 'Sociaal', 'Activiteiten'],
    });
  });

  it('maps a post whose detail was unreadable from its map feature, with the municipality derived', () => {
    const [, , boodschappen] = mapAll();
    expect(boodschappen).toMatchObject({
      sourceId: '497',
      initiative: {
        name: 'Boodschappen voor ouderen in de Oosterpoort',
        location: { municipality: { code: 'GM0014' } },
      },
    });
    expect(boodschappen?.sourceUpdatedAt).toBeUndefined();
  });

  it('gives no page URL when the deployment has no public domain, and uses webUrl when set', () => {
    const local = mapPost(post({}), { ...context, baseUrl: 'http://127.0.0.1:4100' })[0];
    expect(local?.url).toBeUndefined();
    const web = mapPost(post({}), {
      ...context,
      config: UshahidiConfig.parse({ webUrl: 'https://kaart.example.org/' }),
    })[0];
    expect(web?.url).toBe('https://kaart.example.org/posts/1');
  });
});

describe('listingTypeOf', () => {
  const config = UshahidiConfig.parse({});

  it('follows a configured survey type, then a fixed type, then words in survey, categories and title', () => {
    const asked = post({ form: 4, title: 'Wij bieden soep aan' });
    expect(listingTypeOf(asked, UshahidiConfig.parse({ formTypes: { 4: 'request' } }))).toBe('request');
    expect(listingTypeOf(asked, UshahidiConfig.parse({ listingType: 'request' }))).toBe('request');
    expect(listingTypeOf(post({ resolved_form: { id: 1, name: 'Hulpvraag' } }), config)).toBe('request');
    expect(listingTypeOf(post({ resolved_tags: [{ id: 1, tag: 'Gezocht' }] }), config)).toBe('request');
    expect(listingTypeOf(post({ title: 'Gezocht: iemand voor boodschappen' }), config)).toBe('request');
    expect(listingTypeOf(post({ title: 'Ik bied boodschappen aan' }), config)).toBe('offer');
    expect(listingTypeOf(post({ title: 'Kaartjes Kunst' }), config)).toBe('offer');
  });
});

describe('initiativeNameOf', () => {
  it('takes the words before "zoekt", "biedt" or a colon, else the whole title', () => {
    expect(initiativeNameOf('Buurtkamer Lombok zoekt vrijwilligers')).toBe('Buurtkamer Lombok');
    expect(initiativeNameOf('Voedselbank Oost: houdbare producten gevraagd')).toBe('Voedselbank Oost');
    expect(initiativeNameOf('Kaartjes Kunst 10 kaartjes 10 kunstenaars')).toBe(
      'Kaartjes Kunst 10 kaartjes 10 kunstenaars',
    );
    expect(initiativeNameOf('Wij zoeken hulp')).toBe('Wij zoeken hulp');
  });
});
