import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SourceRecord } from '../../schema/index.ts';
import { hasJsonLdType, jsonLdNodes, type JsonLdNode, parseJsonLd, walkJsonLd } from '../sdk/index.ts';
import { SchemaOrgMarketConfig } from './config.ts';
import { mapListing } from './mapping.ts';
import { pageListings } from './page-listings.ts';
import { MarketListing } from './raw.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const examples = path.resolve(repoRoot, '..', 'shared', 'platforms', 'schemaorg', 'examples');
const files = existsSync(examples) ? readdirSync(examples).filter((name) => name.endsWith('.jsonld')) : [];
const read = (file: string) => readFileSync(path.join(examples, file), 'utf8');
const context = {
  source: 'examples',
  baseUrl: 'https://www.example.org',
  config: SchemaOrgMarketConfig.parse({}),
  harvestedAt: '2026-11-20T03:00:00Z',
};

describe.skipIf(!existsSync(examples))(
  'the schema.org example corpus (skipped: ../shared/platforms is absent)',
  () => {
    it('yields only valid listings from every example published as a page, and quarantines none', () => {
      for (const file of files) {
        const { records } = pageListings({
          url: `https://www.example.org/${file.replace('.jsonld', '')}`,
          html: `<html><head><script type="application/ld+json">${read(file)}</script></head></html>`,
        });
        for (const record of records) {
          const raw = MarketListing.safeParse(record);
          expect(raw.success, `${file}: ${JSON.stringify(raw.error?.issues)}`).toBe(true);
        }
      }
    });

    it('maps every Offer of the examples, nested ones included, once an organisation stands behind it', () => {
      let offers = 0;
      for (const file of files) {
        const parsed = parseJsonLd(read(file));
        const nodes = parsed.ok ? walkJsonLd(jsonLdNodes(parsed.value)) : [];
        for (const node of nodes.filter((candidate) => hasJsonLdType(candidate, 'Offer', 'Demand'))) {
          offers++;
          const raw = MarketListing.safeParse({
            id: `${file}#${offers}`,
            page: `https://www.example.org/${file}`,
            type: hasJsonLdType(node, 'Demand') ? 'Demand' : 'Offer',
            node: { name: `Example ${offers}`, ...(node as JsonLdNode) },
            organisation: { '@type': 'NGO', name: 'Example NGO' },
          });
          expect(raw.success, file).toBe(true);
          for (const record of mapListing(raw.data!, context)) {
            const result = SourceRecord.safeParse({ ...record, contentHash: `sha256:${'0'.repeat(64)}` });
            expect(result.success, `${file}: ${JSON.stringify(result.error?.issues)}`).toBe(true);
          }
        }
      }
      expect(offers).toBeGreaterThan(10);
    });
  },
);
