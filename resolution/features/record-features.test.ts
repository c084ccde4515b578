import { describe, expect, it } from 'vitest';
import { sourceRecord } from '../testing/index.ts';
import { identifierKey } from './identifiers.ts';
import { signatureSimilarity } from './minhash.ts';
import { recordFeatures } from './record-features.ts';
import { linkKey, siteKey } from './url.ts';

describe('record features', () => {
  it('reduce a website to the site that names the organisation', () => {
    expect(siteKey('https://www.GroeneVingers.nl/')).toEqual({
      site: 'groenevingers.nl',
      domain: 'groenevingers.nl',
    });
    expect(siteKey('https://repaircafe.org/nl/utrecht')?.site).toBe('repaircafe.org/utrecht');
    expect(siteKey('https://www.repaircafe.org/locatie/repair-cafe-zwolle/')?.site).toBe(
      'repaircafe.org/locatie/repair-cafe-zwolle',
    );
    expect(siteKey('https://utrecht.present.nl')).toEqual({
      site: 'utrecht.present.nl',
      domain: 'present.nl',
    });
    expect(siteKey('https://www.facebook.com/')).toBeUndefined();
  });

  it('write a profile link one way however it was written', () => {
    expect(linkKey('https://www.Voordekunst.nl/projecten/12-tuin/?utm_source=x')).toBe(
      'voordekunst.nl/projecten/12-tuin',
    );
    expect(linkKey('http://voordekunst.nl/projecten/12-tuin')).toBe('voordekunst.nl/projecten/12-tuin');
  });

  it('write KvK numbers with their fixed width', () => {
    expect(identifierKey({ scheme: 'NL-KVK', id: '4120 2535' })).toBe('NL-KVK:41202535');
    expect(identifierKey({ scheme: 'NL-KVK', id: '041202535' })).toBe('NL-KVK:41202535');
    expect(identifierKey({ scheme: 'GB-CHC', id: '1 090 123' })).toBe('GB-CHC:1090123');
  });

  it('take a place from a qualifier in the name when the location gives none', () => {
    const features = recordFeatures(sourceRecord({ key: 'a:1', profile: { name: 'Voedselbank (Zwolle)' } }));
    expect(features.place).toMatchObject({ town: 'zwolle', municipality: 'GM0193' });
  });

  it('fill the municipality of a Dutch town named without its code', () => {
    const features = recordFeatures(
      sourceRecord({ key: 'a:1', profile: { name: 'X', location: { locality: 'Den Haag', country: 'NL' } } }),
    );
    expect(features.place?.municipality).toBe('GM0518');
  });

  it('sketch descriptions so that rewritten texts still overlap', () => {
    const text = 'Wij organiseren koffieochtenden en een open eettafel voor ouderen in de wijk Lombok.';
    const a = recordFeatures(sourceRecord({ key: 'a:1', profile: { name: 'X', description: text } }));
    const b = recordFeatures(
      sourceRecord({ key: 'a:2', profile: { name: 'X', description: `Elke week: ${text.toLowerCase()}` } }),
    );
    const c = recordFeatures(
      sourceRecord({
        key: 'a:3',
        profile: { name: 'X', description: 'Zonnepanelen op daken en energieadvies.' },
      }),
    );
    expect(signatureSimilarity(a.description!, b.description!)).toBeGreaterThan(0.6);
    expect(signatureSimilarity(a.description!, c.description!)).toBe(0);
  });
});
