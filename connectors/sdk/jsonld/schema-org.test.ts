import { describe, expect, it } from 'vitest';
import { schemaOrgIdentifiers, schemaOrgLocation } from './schema-org.ts';

describe('schemaOrgLocation', () => {
  it('reads a Place with a PostalAddress and GeoCoordinates, deriving the Dutch municipality', () => {
    expect(
      schemaOrgLocation({
        '@type': 'Place',
        address: {
          '@type': 'PostalAddress',
          streetAddress: 'Lombokplein 1',
          postalCode: '3531es',
          addressLocality: 'Utrecht',
          addressCountry: 'NL',
        },
        geo: { '@type': 'GeoCoordinates', latitude: '52.0889', longitude: 5.1013 },
      }),
    ).toMatchObject({
      address: 'Lombokplein 1',
      postcode: '3531 ES',
      locality: 'Utrecht',
      country: 'NL',
      lat: 52.0889,
      lon: 5.1013,
      municipality: { code: 'GM0344' },
    });
  });

  it('reads a country node or name, falls back to the given country, and skips virtual places', () => {
    expect(
      schemaOrgLocation({
        '@type': 'PostalAddress',
        addressLocality: 'Gent',
        addressCountry: { '@type': 'Country', name: 'België' },
      }),
    ).toMatchObject({ country: 'BE' });
    expect(schemaOrgLocation({ '@type': 'PostalAddress', addressLocality: 'Leiden' }, 'NL')).toMatchObject({
      country: 'NL',
      municipality: { code: 'GM0546' },
    });
    expect(schemaOrgLocation({ '@type': 'VirtualLocation', url: 'https://x.nl/live' })).toBeUndefined();
    expect(
      schemaOrgLocation(
        { '@type': 'Event', location: { '@type': 'Place', address: 'Dorpsstraat 1, Ede' } },
        'NL',
      ),
    ).toMatchObject({ address: 'Dorpsstraat 1, Ede' });
  });
});

describe('schemaOrgIdentifiers', () => {
  it('reads org-id text, registers named in propertyID, ISO 6523 codes and the tax id', () => {
    expect(
      schemaOrgIdentifiers(
        {
          identifier: [
            'NL-KVK-41202535',
            { '@type': 'PropertyValue', propertyID: 'KvK-nummer', value: '3012345' },
            { '@type': 'PropertyValue', propertyID: 'GB-CHC', value: '1164883' },
          ],
          iso6523Code: '0106:41202535',
          taxID: '8123.45.678',
        },
        'NL',
      ),
    ).toEqual([
      { scheme: 'NL-KVK', id: '41202535' },
      { scheme: 'NL-KVK', id: '03012345' },
      { scheme: 'GB-CHC', id: '1164883' },
      { scheme: 'NL-RSIN', id: '812345678' },
    ]);
  });

  it('leaves out numbers that do not fit their register', () => {
    expect(
      schemaOrgIdentifiers({ identifier: { '@type': 'PropertyValue', propertyID: 'kvk', value: '12' } }),
    ).toEqual([]);
  });
});
