import { describe, expect, it } from 'vitest';
import { SourceRecord } from '../../schema/index.ts';
import type { JsonLdNode } from '../sdk/index.ts';
import { SchemaOrgMarketConfig } from './config.ts';
import { listingAmount, listingCategory, listingStatus } from './listing-values.ts';
import { mapListing, sourceIdOf } from './mapping.ts';
import { MarketListing } from './raw.ts';
import { fixtureRecords, fixtureText } from './test-fixtures.ts';

const context = {
  source: 'buurtmarkt',
  baseUrl: 'https://www.buurtmarkt.example.nl',
  config: SchemaOrgMarketConfig.parse({ country: 'NL' }),
  harvestedAt: '2026-11-20T03:00:00Z',
};
const mapAll = () => fixtureRecords().flatMap((record) => mapListing(MarketListing.parse(record), context));

describe('mapListing on the fixture pages', () => {
  it('gives the expected records', () => {
    const expected = fixtureText('expected-records.jsonl')
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

  it('maps a Demand to a request with the organisation as initiative, its KvK number and its own website', () => {
    const [demand] = mapAll();
    expect(demand).toMatchObject({
      sourceId: '/vraag/4120-ruimte-repair-cafe#demand',
      url: 'https://www.buurtmarkt.example.nl/vraag/4120-ruimte-repair-cafe',
      listing: {
        type: 'request',
        category: 'space',
        validUntil: '2027-02-28',
        location: { municipality: { code: 'GM0344' } },
      },
      initiative: {
        name: 'Repair Café Lombok',
        legalForm: 'stichting',
        website: 'https://www.repaircafelombok.nl',
        identifiers: [{ scheme: 'NL-KVK', id: '61234567' }],
        needs: [{ type: 'space' }],
      },
    });
    expect(demand?.initiative.links).toContain('https://www.buurtmarkt.example.nl/organisatie/311');
  });

  it('maps an Offer with its price specification, quantity and validity, and a Facebook page as link only', () => {
    const [, offer] = mapAll();
    expect(offer).toMatchObject({
      listing: {
        type: 'offer',
        category: 'goods',
        amount: { minor: 250, currency: 'EUR' },
        quantity: 1,
        validUntil: '2027-06-30',
      },
      initiative: {
        name: 'Buurthuis De Kroon',
        links: ['https://www.facebook.com/buurthuisdekroon'],
        offers: [{ type: 'materials' }],
      },
    });
    expect(offer?.initiative.website).toBeUndefined();
    expect(offer?.initiative.contact).toBeUndefined();
  });
});

describe('listing values', () => {
  it('reads money asked as a MonetaryAmount, and a compound price only when it has one part', () => {
    expect(
      listingAmount({ itemOffered: { '@type': 'MonetaryAmount', value: 1500, currency: 'EUR' } }, 'EUR'),
    ).toEqual({ minor: 150_000, currency: 'EUR' });
    expect(listingAmount({ price: '12.50' }, 'EUR')).toEqual({ minor: 1250, currency: 'EUR' });
    const compound = (parts: JsonLdNode[]): JsonLdNode => ({
      priceSpecification: { '@type': 'CompoundPriceSpecification', priceComponent: parts },
    });
    expect(listingAmount(compound([{ price: 5, priceCurrency: 'USD' }]), 'EUR')).toEqual({
      minor: 500,
      currency: 'USD',
    });
    expect(listingAmount(compound([{ price: 5 }, { price: 0.1 }]), 'EUR')).toBeUndefined();
  });

  it('takes the category from the labels, else from the item type', () => {
    expect(listingCategory({}, ['Vrijwilligers gezocht'])).toBe('volunteers');
    expect(listingCategory({ itemOffered: { '@type': 'Product' } }, ['Overig'])).toBe('goods');
    expect(listingCategory({ itemOffered: { '@type': 'MonetaryAmount' } }, [])).toBe('money');
    expect(listingCategory({}, [])).toBe('services');
  });

  it('closes a listing that is sold out or discontinued', () => {
    expect(listingStatus({ availability: 'https://schema.org/SoldOut' })).toBe('closed');
    expect(listingStatus({ availability: 'schema:InStock' })).toBe('open');
  });

  it('keeps ids as paths on any host', () => {
    expect(sourceIdOf({ id: 'https://markt.example.nl/vraag/1#demand' })).toBe('/vraag/1#demand');
    expect(sourceIdOf({ id: 'urn:uuid:1234' })).toBe('urn:uuid:1234');
  });
});

describe('the raw schema', () => {
  const base = {
    id: 'x',
    page: 'https://markt.example.nl/p',
    type: 'Offer',
    node: { name: 'Soep' },
    organisation: { name: 'Soepkeuken' },
  };

  it('rejects a listing without anything to call it and an organisation without a name, naming the field', () => {
    const issues = (raw: unknown) => MarketListing.safeParse(raw).error?.issues.map((i) => i.path.join('.'));
    expect(issues({ ...base, node: { itemOffered: { '@type': 'Product' } } })).toEqual(['node.name']);
    expect(issues({ ...base, organisation: { '@type': 'NGO' } })).toEqual(['organisation.name']);
    expect(MarketListing.safeParse({ ...base, node: { itemOffered: { name: 'Soep' } } }).success).toBe(true);
  });
});
