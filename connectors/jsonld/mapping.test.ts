import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { processPage } from '../runtime/index.ts';
import { JsonLdConfig } from './config.ts';
import { jsonld } from './connector.ts';
import { pageRecords } from './page-records.ts';

const html = readFileSync(new URL('fixtures/initiative-page.html', import.meta.url), 'utf8');
const expected = readFileSync(new URL('fixtures/expected-records.jsonl', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line) as unknown);
const url = 'https://www.buurtkrachtutrecht.nl/initiatieven/repair-cafe-lombok';
const context = {
  source: 'buurtkracht',
  baseUrl: 'https://www.buurtkrachtutrecht.nl',
  config: JsonLdConfig.parse({}),
  harvestedAt: '2026-11-20T03:00:00Z',
};
const stream = jsonld.streams[0]!;

function map(page: string, lastmod?: string) {
  return processPage(stream, pageRecords({ url, html: page, language: 'nl-nl', lastmod }).records, context);
}

describe('mapping schema.org nodes', () => {
  const { records, quarantined } = map(html, '2026-10-28T16:40:12+00:00');
  const [organisation, job, event, project] = records;

  it('gives exactly the expected records for the fixture page', () => {
    expect(records).toEqual(expected);
    expect(quarantined).toEqual([]);
  });

  it('makes the NGO an initiative with its own website apart from sameAs, identifiers and ANBI status', () => {
    expect(organisation?.initiative).toMatchObject({
      name: 'Repair Café Lombok',
      website: 'http://www.repaircafelombok.nl',
      links: ['https://www.facebook.com/repaircafelombok', 'https://www.instagram.com/rclombok/'],
      identifiers: [
        { scheme: 'NL-KVK', id: '56123456' },
        { scheme: 'NL-RSIN', id: '851234567' },
      ],
      legalForm: 'stichting',
      taxStatus: ['anbi'],
      kind: 'repair-cafe',
      foundedOn: '2013-01-01',
      location: { postcode: '3531 CJ', municipality: { code: 'GM0344' }, lat: 52.0894 },
      contact: { email: 'info@repaircafelombok.nl', phone: '030 123 4567' },
    });
  });

  it('makes a volunteer job posting an opportunity with skills, hours a week and openings', () => {
    expect(job?.kind === 'opportunity' && job.opportunity).toMatchObject({
      skills: ['solderen', 'geduld'],
      hoursPerWeek: 4,
      spots: 2,
      endsOn: '2027-01-31',
      status: 'open',
    });
  });

  it('attributes an event a person organises to the page organisation, and reads a one-line Dutch address', () => {
    expect(event?.initiative.name).toBe('Repair Café Lombok');
    expect(event?.kind === 'opportunity' && event.opportunity.location).toMatchObject({
      address: 'Kanaalstraat 12',
      postcode: '3531 CJ',
      locality: 'Utrecht',
    });
  });

  it('makes a project that asks for donations a campaign of its parent organisation', () => {
    expect(project).toMatchObject({
      kind: 'campaign',
      initiative: { name: 'Repair Café Lombok' },
      campaign: {
        title: 'Een nieuwe werkplaats',
        goal: { minor: 450000, currency: 'EUR' },
        endsOn: '2027-06-30',
      },
    });
  });

  it('closes past events and expired postings, and skips an event only a person organises', () => {
    const past = html
      .replace('2026-12-05T10:00:00+01:00', '2026-10-03T10:00:00+01:00')
      .replace('2026-12-05T13', '2026-10-03T13')
      .replace('2027-01-31', '2026-11-01');
    const later = map(past).records;
    expect(
      later
        .filter((r) => r.kind === 'opportunity')
        .map((r) => r.kind === 'opportunity' && r.opportunity.status),
    ).toEqual(['closed', 'closed']);
    const orphan = `<script type="application/ld+json">{"@context":"https://schema.org","@type":"Event","name":"Buurtfeest","organizer":{"@type":"Person","name":"Kees"}}</script>`;
    expect(map(orphan)).toEqual({ records: [], quarantined: [] });
  });

  it('quarantines a volunteer job without a title, and passes over an organisation without a name', () => {
    const untitled = `<script type="application/ld+json">{"@type":"JobPosting","@id":"#v","employmentType":"VOLUNTEER","hiringOrganization":{"@type":"NGO","name":"Buurtkamer"}}</script>`;
    expect(map(untitled).quarantined.map((entry) => entry.issues[0]?.path)).toEqual(['node.title']);
    const logo = `<script type="application/ld+json">{"@type":"Organization","url":"https://x.nl","logo":"https://x.nl/logo.png"}</script>`;
    expect(map(logo)).toEqual({ records: [], quarantined: [] });
  });
});
