import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../lib/log.ts';
import { SourceRecord } from '../../schema/index.ts';
import { processPage } from '../runtime/index.ts';
import { createHttpClient } from '../sdk/index.ts';
import { TabularConfig } from './config.ts';
import { tabular } from './connector.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const platforms = path.resolve(repoRoot, '..', 'shared', 'platforms');
const hsds = path.join(platforms, 'openreferral-hsds', 'spec-examples', 'csv');
const teamkinetic = path.join(platforms, 'doit', 'teamkinetic');

/** Imports a real file with a column mapping, as a run does, and checks every record against the model. */
async function importFile(options: Record<string, unknown>) {
  const stream = tabular.streams[0]!;
  const context = {
    source: 'import',
    baseUrl: tabular.defaultBaseUrl,
    config: TabularConfig.parse(options),
    http: createHttpClient({ userAgent: 'test' }),
    mode: 'full' as const,
    signal: new AbortController().signal,
    log: silentLogger(),
  };
  const records: SourceRecord[] = [];
  const quarantined: unknown[] = [];
  let raw = '';
  for await (const page of stream.read(context, undefined)) {
    raw += JSON.stringify(page.records);
    const processed = processPage(stream, page.records, { ...context, harvestedAt: '2026-11-20T03:00:00Z' });
    records.push(...processed.records);
    quarantined.push(...processed.quarantined);
  }
  for (const record of records) expect(SourceRecord.safeParse(record).success).toBe(true);
  return { records, quarantined, text: raw + JSON.stringify(records) };
}

describe.skipIf(!existsSync(hsds))(
  'the HSDS CSV tables in ../shared/platforms (skipped: the folder is absent)',
  () => {
    it('imports the organisations table as initiatives', async () => {
      const { records, quarantined } = await importFile({
        path: path.join(hsds, 'organizations.csv'),
        idColumn: 'id',
        columns: {
          name: 'initiative.name',
          alternate_name: { target: 'initiative.alternateNames', list: true },
          description: 'initiative.description',
          email: 'initiative.contact.email',
          website: { target: 'initiative.website', transforms: ['url'] },
          legal_status: { target: 'initiative.legalForm', transforms: ['legal-form'] },
          logo: { target: 'initiative.imageUrl', transforms: ['url'] },
        },
      });
      expect(quarantined).toEqual([]);
      expect(records).toMatchObject([
        {
          sourceId: 'd9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610',
          initiative: { name: 'Example Organization Inc.', legalForm: 'company' },
        },
      ]);
    });

    it('imports the services table as offer listings', async () => {
      const { records, quarantined } = await importFile({
        path: path.join(hsds, 'services.csv'),
        kind: 'listing',
        idColumn: 'id',
        columns: {
          name: ['listing.title', 'initiative.name'],
          description: 'listing.description',
          status: {
            target: 'listing.status',
            transforms: [{ type: 'map', values: { active: 'open' }, default: 'closed' }],
          },
        },
        constants: { 'listing.type': 'offer', 'listing.category': 'services' },
      });
      expect(quarantined).toEqual([]);
      expect(records[0]).toMatchObject({
        kind: 'listing',
        listing: { title: 'Community Counselling', status: 'open' },
      });
    });
  },
);

describe.skipIf(!existsSync(teamkinetic))(
  'the TeamKinetic exports in ../shared/platforms (skipped: the folder is absent)',
  () => {
    it('imports the provider export without its contact person, number or private mailbox', async () => {
      const { records, quarantined, text } = await importFile({
        path: path.join(teamkinetic, 'Provider-data.csv'),
        idColumn: 'PROVIDERID',
        columns: {
          PROVIDERNAME: 'initiative.name',
          PROVIDERADDRESS: 'initiative.location.address',
          PROVIDERPOSTCODE: 'initiative.location.postcode',
          PROVIDERCITY: 'initiative.location.locality',
          PROVIDEREMAIL: 'initiative.contact.email',
        },
        constants: { 'initiative.location.country': 'GB' },
      });
      expect(quarantined).toEqual([]);
      expect(records[0]?.initiative).toMatchObject({
        name: 'First Choice Sports',
        location: { locality: 'Birmingham', country: 'GB' },
      });
      expect(text).not.toMatch(/Robert Dawes|0783242311|demo@teamkinetic/);
    });

    it('imports the opportunity export as volunteer opportunities', async () => {
      const { records, quarantined } = await importFile({
        path: path.join(teamkinetic, 'Opportunity-data.csv'),
        kind: 'opportunity',
        idColumn: 'PLACEMENTID',
        columns: {
          NAME: 'opportunity.title',
          DESCRIPTION: 'opportunity.description',
          TAGS: { target: 'opportunity.skills', transforms: [{ type: 'split', delimiter: ',' }], list: true },
          LOCATIONTYPE: {
            target: 'opportunity.remote',
            transforms: [{ type: 'map', values: { Remote: true }, default: false }],
          },
          LOCATION: 'initiative.name',
          CITY: 'opportunity.location.locality',
          POSTALCODE: 'opportunity.location.postcode',
          WEBLINK: { target: 'opportunity.applyUrl', transforms: ['url'] },
          STARTDATE: { target: 'opportunity.startsOn', transforms: ['date'] },
          ENDDATE: { target: 'opportunity.endsOn', transforms: ['date'] },
          AUTHORISED: {
            target: 'opportunity.status',
            transforms: [{ type: 'map', values: { True: 'open' }, default: 'closed' }],
          },
        },
        constants: { 'opportunity.skills': [], 'opportunity.location.country': 'GB' },
      });
      expect(quarantined).toEqual([]);
      expect(records).toHaveLength(3);
      expect(records.find((record) => record.sourceId === '3')).toMatchObject({
        kind: 'opportunity',
        initiative: { name: 'Birmingham Aquatics Centre' },
        opportunity: { status: 'closed', remote: false, startsOn: '2025-10-08' },
      });
    });
  },
);
