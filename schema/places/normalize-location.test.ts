import { describe, expect, it } from 'vitest';
import { Location } from '../model/index.ts';
import { deriveMunicipality } from './derive-municipality.ts';
import { haversineKm } from './geo.ts';
import { GERMAN_CITIES, germanCityByName } from './german-cities.ts';
import { normalizeLocation } from './normalize-location.ts';

describe('deriveMunicipality', () => {
  it('fills municipality and province from the postcode and says so', () => {
    expect(deriveMunicipality({ postcode: '3581 KP', country: 'NL' })).toEqual({
      postcode: '3581 KP',
      country: 'NL',
      municipality: { code: 'GM0344', name: 'Utrecht' },
      region: 'Utrecht',
      derived: ['municipality', 'region'],
    });
  });

  it('falls back to the locality name, then to the nearest centroid within the maximum distance', () => {
    expect(deriveMunicipality({ locality: 'Den Haag', country: 'NL' }).municipality?.code).toBe('GM0518');
    const nearDeventer = deriveMunicipality({ lat: 52.26, lon: 6.17, country: 'NL' });
    expect(nearDeventer.municipality).toEqual({ code: 'GM0150', name: 'Deventer' });
    expect(nearDeventer.region).toBe('Overijssel');
    expect(deriveMunicipality({ lat: 53.45, lon: 5.6, country: 'NL' }).municipality).toBeUndefined();
    expect(
      deriveMunicipality({ lat: 53.45, lon: 5.6, country: 'NL' }, { maxDistanceKm: 40 }).municipality,
    ).toBeDefined();
  });

  it('prefers the postcode over conflicting coordinates', () => {
    const location = deriveMunicipality({ postcode: '1012 AB', lat: 51.92, lon: 4.48, country: 'NL' });
    expect(location.municipality?.name).toBe('Amsterdam');
  });

  it('keeps a stated municipality and only adds the missing province', () => {
    const location = deriveMunicipality({
      municipality: { code: 'GM0080', name: 'Leeuwarden' },
      country: 'NL',
    });
    expect(location.region).toBe('Fryslân');
    expect(location.derived).toEqual(['region']);
  });

  it('leaves locations in other countries alone, and only uses unambiguous evidence without a country', () => {
    const berlin = { locality: 'Berlin', postcode: '1011', country: 'DE' };
    expect(deriveMunicipality(berlin)).toBe(berlin);
    // A bare four-digit number could be Belgian, Swiss or Austrian.
    expect(deriveMunicipality({ postcode: '1011' }).municipality).toBeUndefined();
    const dutch = deriveMunicipality({ postcode: '1011 AB' });
    expect(dutch.country).toBe('NL');
    expect(dutch.derived).toEqual(['municipality', 'region', 'country']);
  });
});

describe('normalizeLocation', () => {
  it('trims, maps the country name, normalises the postcode and derives the municipality', () => {
    const location = normalizeLocation({
      address: '  Kanaalstraat 12 ',
      postcode: '3531cj',
      locality: ' Utrecht',
      country: 'Niederlande',
      lat: 52.09,
      lon: 5.1,
    });
    expect(location).toEqual({
      address: 'Kanaalstraat 12',
      postcode: '3531 CJ',
      locality: 'Utrecht',
      country: 'NL',
      lat: 52.09,
      lon: 5.1,
      municipality: { code: 'GM0344', name: 'Utrecht' },
      region: 'Utrecht',
      derived: ['municipality', 'region'],
    });
    expect(Location.safeParse(location).success).toBe(true);
  });

  it('drops empty text, unknown countries and placeholder or impossible coordinates', () => {
    expect(normalizeLocation({ address: ' ', country: 'Atlantis', lat: 0, lon: 0 })).toBeUndefined();
    expect(normalizeLocation({ locality: 'Gent', lat: 95, lon: 3.7 })).toEqual({ locality: 'Gent' });
  });

  it('fills the federal state for known German cities', () => {
    expect(normalizeLocation({ locality: 'Leipzig', postcode: 'D-04109', country: 'Deutschland' })).toEqual({
      locality: 'Leipzig',
      postcode: '04109',
      country: 'DE',
      region: 'Sachsen',
      derived: ['region'],
    });
  });
});

describe('German cities', () => {
  it('list about thirty cities with states, centres in Germany and five-digit postcode spans', () => {
    expect(GERMAN_CITIES.length).toBeGreaterThanOrEqual(30);
    for (const city of GERMAN_CITIES) {
      expect(city.stateCode).toMatch(/^DE-[A-Z]{2}$/);
      expect(haversineKm(city, { lat: 51.16, lon: 10.45 })).toBeLessThan(500);
      expect(city.postcodes[0] <= city.postcodes[1]).toBe(true);
      for (const plz of city.postcodes) expect(plz).toMatch(/^\d{5}$/);
    }
    expect(germanCityByName('Munich')?.name).toBe('München');
    expect(germanCityByName('frankfurt')?.name).toBe('Frankfurt am Main');
  });
});

describe('haversineKm', () => {
  it('measures great-circle distances in kilometres', () => {
    expect(haversineKm({ lat: 52.373, lon: 4.893 }, { lat: 52.373, lon: 4.893 })).toBe(0);
    // Amsterdam - Berlin is about 577 km.
    expect(haversineKm({ lat: 52.373, lon: 4.893 }, { lat: 52.52, lon: 13.405 })).toBeCloseTo(577, -1);
  });
});
