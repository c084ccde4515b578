import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SourceRecord } from '../../schema/index.ts';
import { DeedmobConfig } from './config.ts';
import { mapDeed } from './mapping.ts';
import { isPeerToPeer, withoutPersonalData } from './personal-data.ts';
import { deedmobLocation } from './place.ts';
import { DeedmobDeed } from './raw.ts';

const fixture = (name: string) => readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8');
const page = JSON.parse(fixture('deeds-page.json')) as { data: { results: Record<string, unknown>[] } };
const context = {
  source: 'deedmob',
  baseUrl: 'https://www.vrijwilligersplein.example.nl',
  config: DeedmobConfig.parse({}),
  harvestedAt: '2026-11-20T03:00:00Z',
};
/** Every person in the fixture: coordinators, the contact of an organisation without a mailbox, a resident. */
const PERSONAL = [
  'Marloes Verbeek',
  'marloes.verbeek',
  '06-41235987',
  '3071188',
  'jan.vanderlinde',
  '06-28833104',
  'Gerrit',
  '030-6921734',
];

/** The fixture page as the stream yields it: peer-to-peer requests dropped, personal data removed. */
const prepared = () => page.data.results.filter((deed) => !isPeerToPeer(deed)).map(withoutPersonalData);
const mapAll = (config = context.config) =>
  prepared().flatMap((raw) => mapDeed(DeedmobDeed.parse(raw), { ...context, config }));

describe('mapDeed on the fixture page', () => {
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

  it('never carries personal data: no coordinator, contact person, resident, phone or user id', () => {
    const output = JSON.stringify(mapAll());
    for (const value of PERSONAL) expect(output).not.toContain(value);
    const yielded = JSON.stringify(prepared());
    for (const value of PERSONAL) expect(yielded).not.toContain(value);
    expect(yielded).not.toMatch(/contact_id|initial_message/);
  });

  it("keeps an organisation's role mailbox and number, and drops a person's address with the number beside it", () => {
    const [taalhuis, buurtkamer] = mapAll();
    expect(taalhuis?.initiative.contact).toEqual({ email: 'info@taalhuislombok.nl', phone: '030-2714455' });
    expect(buurtkamer?.initiative.contact).toBeUndefined();
    expect(buurtkamer?.initiative.website).toBeUndefined();
    expect(buurtkamer?.initiative.links).toContain('https://www.facebook.com/buurtkamerdelinde');
  });

  it('reads filled, unpublished and expired deeds as not open', () => {
    const deed = DeedmobDeed.parse(prepared()[0]);
    const status = (changes: Partial<DeedmobDeed>) => {
      const [record] = mapDeed({ ...deed, ...changes }, context);
      return record?.kind === 'opportunity' ? record.opportunity.status : undefined;
    };
    expect(status({})).toBe('open');
    expect(status({ filled: true })).toBe('filled');
    expect(status({ published: false })).toBe('closed');
    expect(status({ expires_at: '2026-11-01T00:00:00.000Z' })).toBe('closed');
    expect(status({ expired: true })).toBe('closed');
  });

  it('takes the machine translation when the language is English', () => {
    const [record] = mapAll(DeedmobConfig.parse({ language: 'en' }));
    expect(record?.kind === 'opportunity' && record.opportunity).toMatchObject({
      title: 'Language buddy for newcomers',
      schedule: 'ongoing, evenings',
    });
  });

  it('links pages only on a public domain', () => {
    const [record] = prepared().flatMap((raw) =>
      mapDeed(DeedmobDeed.parse(raw), { ...context, baseUrl: 'http://127.0.0.1:4100' }),
    );
    expect(record?.url).toBeUndefined();
    expect(record?.initiative.links).toEqual(['https://www.facebook.com/taalhuislombok']);
  });

  it('gives no record for a deed whose organisation is unknown', () => {
    const deed = DeedmobDeed.parse({ ...(prepared()[0] as object), organization: undefined });
    expect(mapDeed(deed, context)).toEqual([]);
  });
});

describe('deedmobLocation', () => {
  it('reads Google-style address lines with and without street, postcode or "gemeente"', () => {
    expect(
      deedmobLocation({ address: '1624 NP, Hoorn, Noord-Holland, Nederland', city: 'Hoorn' }),
    ).toMatchObject({
      postcode: '1624 NP',
      locality: 'Hoorn',
      municipality: { code: 'GM0405' },
    });
    expect(deedmobLocation({ address: 'Renkum, Gelderland, Nederland' })).toMatchObject({
      locality: 'Renkum',
      country: 'NL',
    });
    expect(deedmobLocation({ address: 'Stede Broecweg, 1611 HV Bovenkarspel, Nederland' })).toMatchObject({
      address: 'Stede Broecweg',
      postcode: '1611 HV',
      locality: 'Bovenkarspel',
    });
    expect(deedmobLocation({})).toBeUndefined();
  });
});

describe('the raw schema', () => {
  const deed = prepared()[0] as Record<string, unknown>;

  it('rejects a deed without id or title, naming the field', () => {
    const issues = (raw: unknown) => DeedmobDeed.safeParse(raw).error?.issues.map((i) => i.path.join('.'));
    expect(issues({ ...deed, title: null })).toEqual(['title']);
    expect(issues({ ...deed, id: 'deed-1' })).toEqual(['id']);
    expect(issues({ ...deed, capacity: 'veel' })).toEqual(['capacity']);
  });

  it('ignores a malformed organisation and unusable coordinates instead of rejecting the deed', () => {
    const parsed = DeedmobDeed.parse({ ...deed, organization: { id: 'x' }, coordinates: 'Utrecht' });
    expect(parsed.organization).toBeNull();
    expect(parsed.coordinates).toBeNull();
  });
});
