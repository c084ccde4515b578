import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SourceRecord } from '../../schema/index.ts';
import { processPage } from '../runtime/index.ts';
import { HsdsConfig } from './config.ts';
import { hsds } from './connector.ts';
import { withoutPersonalData } from './personal-data.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const dir = path.resolve(repoRoot, '..', 'shared', 'platforms', 'openreferral-hsds');
const read = (file: string) => JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as unknown;
const context = {
  source: 'oruk',
  baseUrl: hsds.defaultBaseUrl,
  config: HsdsConfig.parse({}),
  harvestedAt: '2026-11-20T03:00:00Z',
};

/** Runs records through personal-data removal, the raw schema, the mapping and SourceRecord, as a run does. */
function run(streamName: string, records: readonly unknown[]) {
  const stream = hsds.streams.find((s) => s.name === streamName)!;
  const cleaned = records.map(withoutPersonalData);
  const processed = processPage(stream, cleaned, context);
  for (const record of processed.records) expect(SourceRecord.safeParse(record).success).toBe(true);
  return { ...processed, text: JSON.stringify(processed.records) };
}

describe.skipIf(!existsSync(dir))(
  'the real HSDS payloads in ../shared/platforms/openreferral-hsds (skipped: the folder is absent)',
  () => {
    it('maps every organisation of the official HSDS 3 examples', () => {
      const list = read('spec-examples/organization_list.json') as { contents: unknown[] };
      const full = read('spec-examples/organization_full.json');
      const result = run('organizations', [...list.contents, full]);
      expect(result.quarantined).toEqual([]);
      expect(result.records).toHaveLength(2);
      expect(result.records[1]?.initiative).toMatchObject({
        name: 'Example Organization Inc.',
        identifiers: [{ scheme: 'GB-COH', id: '01234567' }],
        legalForm: 'company',
      });
      expect(result.text).not.toContain('Ann Persona');
      expect(result.text).not.toContain('A. Persona');
    });

    it('maps every service of the official HSDS 3 examples, nested ones included', () => {
      const list = read('spec-examples/service_list.json') as { contents: unknown[] };
      const full = read('spec-examples/service_full.json');
      const atLocation = read('spec-examples/service_at_location_full.json') as { service?: unknown };
      const nested = (read('spec-examples/organization_full.json') as { services: unknown[] }).services;
      const services = [
        ...list.contents,
        full,
        ...nested,
        ...(atLocation.service ? [atLocation.service] : []),
      ];
      const result = run('services', services);
      expect(result.quarantined).toEqual([]);
      expect(result.records).toHaveLength(services.length);
      expect(result.records[0]).toMatchObject({ kind: 'listing', listing: { status: 'open' } });
    });

    it('maps the live ORUK v3 page and service of Bristol, without reviewers or personal mailboxes', () => {
      const page = read('oruk-v3-live/bristol.services.page1.per_page3.json') as { contents: unknown[] };
      const detail = read('oruk-v3-live/bristol.service.2a3483ea-8966-4f50-9dc3-7bafa1e5c623.json');
      const result = run('services', [...page.contents, detail]);
      expect(result.quarantined).toEqual([]);
      expect(result.records).toHaveLength(4);
      expect(result.records[0]?.initiative).toMatchObject({
        name: '1625 Independent People',
        website: 'http://1625ip.co.uk',
        categories: ['Homeless', 'Care leavers'],
      });
      expect(result.records[1]?.initiative.website).toBeUndefined();
      expect(result.text).not.toContain('redacted.person');
    });

    it('maps the live ORUK v1 records of Bristol and North Lincolnshire, quarantining only the empty shell', () => {
      for (const file of [
        'oruk-live/bristol.services.first50.json',
        'oruk-live/northlincs.services.first50.json',
      ]) {
        const records = read(file) as { name: string }[];
        const result = run('services', records);
        const nameless = records.filter((record) => !record.name.trim());
        expect(result.records).toHaveLength(records.length - nameless.length);
        expect(result.quarantined.map((entry) => entry.issues[0]?.path)).toEqual(nameless.map(() => 'name'));
        expect(result.text).not.toContain('redacted.person');
      }
    });
  },
);
