import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  indexJsonLd,
  jsonLdNodes,
  type JsonLdNode,
  resolveJsonLd,
  resolveJsonLdDeep,
  walkJsonLd,
} from './nodes.ts';
import { parseJsonLd } from './parse.ts';
import {
  hasJsonLdType,
  jsonLdFirst,
  jsonLdNumber,
  jsonLdString,
  jsonLdText,
  jsonLdTypes,
  jsonLdUrl,
  jsonLdValues,
} from './values.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const examples = path.resolve(repoRoot, '..', 'shared', 'platforms', 'schemaorg', 'examples');

const offer: JsonLdNode = {
  '@context': 'https://schema.org',
  '@type': ['schema:Offer', 'https://schema.org/Service'],
  'schema:name': 'Gereedschap te leen',
  description: [
    { '@language': 'en', '@value': 'Tools to lend' },
    { '@language': 'nl', '@value': 'Gereedschap te leen' },
  ],
  price: '25.00',
  url: '/aanbod/12',
  seller: { '@id': '#org' },
  category: ['Materialen', 'Klussen'],
};

describe('reading schema.org values', () => {
  it('gives types and property names without their schema.org prefix', () => {
    expect(jsonLdTypes(offer)).toEqual(['Offer', 'Service']);
    expect(hasJsonLdType(offer, 'Demand', 'Offer')).toBe(true);
    expect(jsonLdString(offer, 'name')).toBe('Gereedschap te leen');
    expect(jsonLdTypes('text')).toEqual([]);
  });

  it('treats one value and an array alike, dropping nulls', () => {
    expect(jsonLdValues(offer, 'category')).toEqual(['Materialen', 'Klussen']);
    expect(jsonLdValues({ category: 'Materialen' }, 'category')).toEqual(['Materialen']);
    expect(jsonLdValues({ category: null }, 'category')).toEqual([]);
    expect(jsonLdFirst(offer, 'category')).toBe('Materialen');
  });

  it('picks text in the asked language, else the first plain or tagged one', () => {
    expect(jsonLdString(offer, 'description', 'nl')).toBe('Gereedschap te leen');
    expect(jsonLdString(offer, 'description')).toBe('Tools to lend');
    expect(jsonLdText(['  ', 'Plain', { '@language': 'de', '@value': 'Werkzeug' }], 'fr')).toBe('Plain');
    expect(jsonLdText({ '@type': 'Thing' })).toBeUndefined();
  });

  it('resolves URLs against the page and refuses what is no http(s) URL', () => {
    expect(jsonLdUrl(jsonLdFirst(offer, 'url'), 'https://markt.example.nl/aanbod')).toBe(
      'https://markt.example.nl/aanbod/12',
    );
    expect(jsonLdUrl({ '@type': 'ImageObject', url: 'https://x.nl/logo.png' })).toBe('https://x.nl/logo.png');
    expect(jsonLdUrl('mailto:info@x.nl')).toBeUndefined();
    expect(jsonLdUrl('/relative')).toBeUndefined();
  });

  it('reads plain decimal numbers only', () => {
    expect(jsonLdNumber(jsonLdFirst(offer, 'price'))).toBe(25);
    expect(jsonLdNumber(12.5)).toBe(12.5);
    expect(jsonLdNumber('EUR 12')).toBeUndefined();
  });
});

describe('nodes and references', () => {
  const graph = jsonLdNodes({
    '@context': 'https://schema.org',
    '@graph': [offer, { '@id': '#org', '@type': 'NGO', name: 'Repair Café Oost' }, { '@id': '#org' }],
  });

  it('walks nested nodes once each and skips value objects', () => {
    const types = walkJsonLd(graph).map((node) => jsonLdTypes(node)[0] ?? String(node['@id']));
    expect(types).toEqual(['Offer', '#org', 'NGO', '#org']);
  });

  it('follows @id references to the fullest description of the node, relative to the page', () => {
    const base = 'https://markt.example.nl/aanbod/12';
    const index = indexJsonLd(graph, base);
    expect(resolveJsonLd(jsonLdFirst(offer, 'seller'), index, base)).toMatchObject({
      name: 'Repair Café Oost',
    });
    expect(resolveJsonLd({ '@id': '#unknown' }, index, base)).toEqual({ '@id': '#unknown' });
    expect(resolveJsonLd('text', index)).toBe('text');
  });

  it('follows references inside referenced nodes down to a depth, which bounds cycles', () => {
    const page = 'https://markt.example.nl/vraag/7';
    const nodes = jsonLdNodes({
      '@graph': [
        { '@type': 'Demand', '@id': '#d', name: 'Ruimte gezocht', seller: { '@id': '#org' } },
        {
          '@type': 'NGO',
          '@id': '#org',
          name: 'Buurtkamer',
          address: { '@id': '#adr' },
          seeks: { '@id': '#d' },
        },
        { '@type': 'PostalAddress', '@id': '#adr', addressLocality: 'Utrecht' },
      ],
    });
    const index = indexJsonLd(nodes, page);
    const resolved = resolveJsonLdDeep(nodes[0], index, page, 2) as JsonLdNode;
    expect(resolved).toMatchObject({
      seller: { name: 'Buurtkamer', address: { addressLocality: 'Utrecht' }, seeks: { '@id': '#d' } },
    });
    expect(resolveJsonLdDeep([{ '@id': '#adr' }], index, page, 0)).toEqual([
      { '@type': 'PostalAddress', '@id': '#adr', addressLocality: 'Utrecht' },
    ]);
  });
});

describe.skipIf(!existsSync(examples))('the schema.org example corpus', () => {
  it('parses every example and finds typed nodes in it', () => {
    for (const file of readdirSync(examples).filter((name) => name.endsWith('.jsonld'))) {
      const parsed = parseJsonLd(readFileSync(path.join(examples, file), 'utf8'));
      expect(parsed.ok, file).toBe(true);
      const nodes = parsed.ok ? walkJsonLd(jsonLdNodes(parsed.value)) : [];
      expect(
        nodes.some((node) => jsonLdTypes(node).length > 0),
        file,
      ).toBe(true);
    }
  });

  it('reads the price of an embedded offer and the components of a compound price', () => {
    const read = (name: string) =>
      jsonLdNodes(JSON.parse(readFileSync(path.join(examples, `${name}.jsonld`), 'utf8')));
    const [product] = read('eg-0010');
    expect(jsonLdNumber(jsonLdFirst(jsonLdFirst(product, 'offers'), 'price'))).toBe(55);
    const [compound] = read('compoundPrice-2');
    const components = jsonLdValues(jsonLdFirst(compound, 'priceSpecification'), 'priceComponent');
    expect(components.map((c) => jsonLdNumber(jsonLdFirst(c, 'price')))).toEqual([50, 0.1]);
  });
});
