import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { processPage } from '../runtime/index.ts';
import { HsdsConfig } from './config.ts';
import { hsds } from './connector.ts';
import { withoutPersonalData } from './personal-data.ts';

const fixture = (name: string) =>
  JSON.parse(readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8')) as Record<string, unknown>;
const expected = readFileSync(new URL('fixtures/expected-records.jsonl', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line) as { key: string });

const context = {
  source: 'bristol',
  baseUrl: 'https://bristol.openplace.directory/o/OpenReferralService/v3',
  config: HsdsConfig.parse({ country: 'GB' }),
  harvestedAt: '2026-11-20T03:00:00Z',
};
const stream = (name: string) => hsds.streams.find((s) => s.name === name)!;

/** Maps a fixture page the way a run does: personal data removed first, then validated and mapped. */
function mapPage(file: string, streamName: string) {
  const body = fixture(file);
  const records = ((body.contents ?? body.content) as unknown[]).map(withoutPersonalData);
  return processPage(stream(streamName), records, context);
}

describe('mapping HSDS records', () => {
  const organisations = mapPage('organizations-page.json', 'organizations');
  const services = mapPage('services-page.json', 'services');
  const legacy = mapPage('legacy-services-page.json', 'services');

  it('gives exactly the expected records for the fixture pages', () => {
    const all = [...organisations.records, ...services.records, ...legacy.records];
    expect(all).toEqual(expected);
    expect([...organisations.quarantined, ...services.quarantined, ...legacy.quarantined]).toEqual([]);
  });

  it('makes an organisation an initiative with org-id identifiers, its own website and its running services', () => {
    const [record] = organisations.records;
    expect(record).toMatchObject({
      key: 'bristol:org-7d9c1b2a-3e4f-4a5b-8c6d-9e0f1a2b3c4d',
      kind: 'initiative',
    });
    expect(record?.initiative).toMatchObject({
      identifiers: [
        { scheme: 'GB-CHC', id: '1071234' },
        { scheme: 'GB-COH', id: '03612345' },
      ],
      website: 'https://www.eastoncommunitycentre.org.uk',
      links: ['https://www.instagram.com/eastoncc'],
      legalForm: 'stichting',
      foundedOn: '1998-01-01',
      derived: ['foundedOn', 'phase'],
      location: { address: 'Kilburn Street', postcode: 'BS5 6AW', locality: 'Bristol', country: 'GB' },
    });
    expect(record?.initiative.offers?.map((offer) => offer.description)).toEqual([
      'Easton Community Pantry',
      'Lunch club for older people',
    ]);
  });

  it('makes a service a listing offered by its organisation, priced and placed, closed when not running', () => {
    const [pantry, shed] = services.records;
    expect(pantry).toMatchObject({
      kind: 'listing',
      sourceUpdatedAt: '2026-06-12T09:41:07Z',
      listing: {
        type: 'offer',
        category: 'services',
        amount: { minor: 400, currency: 'GBP' },
        status: 'open',
      },
      initiative: { name: 'Easton Community Centre', themes: ['poverty', 'food'] },
    });
    expect(shed).toMatchObject({
      listing: { status: 'closed' },
      initiative: { name: "Knowle Men's Shed", links: ['https://www.facebook.com/knowlemensshed/'] },
    });
    expect(shed?.initiative.website).toBeUndefined();
  });

  it('keeps no reviewer, contact person, addressee or private mailbox', () => {
    const text = JSON.stringify(
      [
        ...(fixture('services-page.json').contents as unknown[]),
        ...(fixture('organizations-page.json').contents as unknown[]),
      ].map(withoutPersonalData),
    );
    for (const personal of [
      'redacted.person',
      'Dawn Example',
      'Ravi Example',
      'Mrs D. Example',
      '07700 900',
    ]) {
      expect(text).not.toContain(personal);
    }
    expect(text).toContain('0117 496 0123');
    expect(text).toContain('hello@eastonpantry.org.uk');
  });

  it('uses the directory page of a service as its url when a template is configured', () => {
    const [record] = processPage(
      stream('services'),
      [withoutPersonalData((fixture('services-page.json').contents as unknown[])[0])],
      {
        ...context,
        config: HsdsConfig.parse({ serviceUrlTemplate: 'https://bristol.openplace.directory/service/{id}' }),
      },
    ).records;
    expect(record?.url).toBe(
      'https://bristol.openplace.directory/service/0c6f2d1e-5a7b-4c3d-9e8f-1a2b3c4d5e6f',
    );
  });
});
