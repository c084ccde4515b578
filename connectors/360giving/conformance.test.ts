import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SourceRecord } from '../../schema/index.ts';
import { processPage } from '../runtime/index.ts';
import { ThreeSixtyGivingConfig } from './config.ts';
import { threeSixtyGiving } from './connector.ts';
import { isGrantToIndividual, withoutPersonalData } from './personal-data.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const dir = path.resolve(repoRoot, '..', 'shared', 'platforms', '360giving');
const read = (file: string) => JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
const context = {
  source: '360giving',
  baseUrl: threeSixtyGiving.defaultBaseUrl,
  config: ThreeSixtyGivingConfig.parse({ funders: ['GB-SC-SC012710'] }),
  harvestedAt: '2026-11-20T03:00:00Z',
};

function run(grants: unknown[]) {
  const kept = grants.filter((grant) => !isGrantToIndividual(grant)).map(withoutPersonalData);
  const processed = processPage(threeSixtyGiving.streams[0]!, kept, context);
  for (const record of processed.records) expect(SourceRecord.safeParse(record).success).toBe(true);
  return processed;
}

describe.skipIf(!existsSync(dir))(
  'the real 360Giving payloads in ../shared/platforms/360giving (skipped: the folder is absent)',
  () => {
    it('maps every grant of the Baring Foundation file of 2016, day-first dates and spreadsheet columns included', () => {
      const grants = read('grants_package.baring-foundation.2016.first50.json').grants as unknown[];
      const result = run(grants);
      expect(result.quarantined).toEqual([]);
      expect(result.records).toHaveLength(grants.length);
      expect(result.records[0]).toMatchObject({
        initiative: { name: 'Comic Relief Limited', identifiers: [{ scheme: 'GB-CHC', id: '326568' }] },
        grant: { awardedOn: '2014-03-17', amount: { minor: 5_000_000, currency: 'GBP' } },
      });
    });

    it('maps every grant of the modern-field test data', () => {
      const grants = read('grants_package.grantnav-testdata.powertochange-derived.first50.json')
        .grants as unknown[];
      const result = run(grants);
      expect(result.quarantined).toEqual([]);
      expect(result.records).toHaveLength(grants.length);
      expect(result.records[0]).toMatchObject({
        grant: { amount: { minor: 323934, currency: 'GBP' }, funder: { name: 'Power to Change Trust' } },
        initiative: { location: { postcode: 'LS3 1HH', locality: 'Leeds', country: 'GB' } },
      });
    });

    it('maps the grant of the datastore documentation example', () => {
      const page = read('datastore_api.org_GB-SC-SC012710.grants_made.docs_example.json') as {
        results: { data: unknown }[];
      };
      const result = run(page.results.map((entry) => entry.data));
      expect(result.quarantined).toEqual([]);
      expect(result.records[0]?.initiative.identifiers).toEqual([
        { scheme: 'GB-SC', id: 'SC031921' },
        { scheme: 'GB-COH', id: 'SC387578' },
      ]);
    });
  },
);
