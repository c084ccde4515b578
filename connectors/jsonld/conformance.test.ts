import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SourceRecord } from '../../schema/index.ts';
import { processPage } from '../runtime/index.ts';
import { JsonLdConfig } from './config.ts';
import { jsonld } from './connector.ts';
import { pageRecords } from './page-records.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const dir = path.resolve(repoRoot, '..', 'shared', 'platforms', 'schemaorg', 'examples');
const context = {
  source: 'schemaorg',
  baseUrl: 'https://www.example.org',
  config: JsonLdConfig.parse({ language: 'en' }),
  harvestedAt: '2026-11-20T03:00:00Z',
};

/** An example as a page would carry it: in a JSON-LD script block. */
function run(file: string) {
  const html = `<html lang="en"><script type="application/ld+json">${readFileSync(path.join(dir, file), 'utf8')}</script></html>`;
  const page = pageRecords({ url: `https://www.example.org/${file.replace('.jsonld', '')}`, html });
  const processed = processPage(jsonld.streams[0]!, page.records, context);
  for (const record of processed.records) expect(SourceRecord.safeParse(record).success).toBe(true);
  return { ...processed, found: page.records, unreadable: page.unreadableBlocks };
}

describe.skipIf(!existsSync(dir))(
  'the schema.org examples in ../shared/platforms/schemaorg (skipped: the folder is absent)',
  () => {
    const files = existsSync(dir) ? readdirSync(dir).filter((file) => file.endsWith('.jsonld')) : [];

    it('reads every example and quarantines none of the nodes it harvests', () => {
      for (const file of files) {
        const result = run(file);
        expect(result.unreadable, file).toBe(0);
        expect(result.quarantined, file).toEqual([]);
      }
    });

    it('maps the NGO example with its address', () => {
      const [record] = run('eg-0008.jsonld').records;
      expect(record).toMatchObject({
        kind: 'initiative',
        initiative: {
          name: 'Google.org (GOOG)',
          location: { address: "38 avenue de l'Opera", postcode: 'F-75002', locality: 'Paris, France' },
        },
      });
    });

    it('passes over logo and contact-point markup and sub-events that name nothing', () => {
      expect(run('eg-0199.jsonld').found).toEqual([]);
      expect(run('eg-0313.jsonld').found.every((record) => record.node.name)).toBe(true);
    });

    it('harvests an organisation with a nonprofit status whatever its type, and no paid job postings', () => {
      expect(run('eg-0302.jsonld').records[0]?.initiative.name).toBe('Example Legal Aid Nonprofit');
      const jobs = files.filter((file) =>
        readFileSync(path.join(dir, file), 'utf8').includes('"JobPosting"'),
      );
      for (const file of jobs)
        expect(run(file).found.some((record) => record.kind === 'volunteer-job')).toBe(false);
    });
  },
);
