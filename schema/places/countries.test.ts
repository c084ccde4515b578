import { describe, expect, it } from 'vitest';
import { COUNTRIES, countryCode } from './countries.ts';

describe('countryCode', () => {
  it('accepts any assigned ISO alpha-2 code, but no region that is not a country', () => {
    expect(countryCode('ke')).toBe('KE');
    expect(countryCode('TL')).toBe('TL');
    expect(countryCode('XX')).toBeUndefined();
    expect(countryCode('EU')).toBeUndefined();
    expect(countryCode('ZZ')).toBeUndefined();
  });

  it('maps German, Dutch and English names to ISO alpha-2', () => {
    expect(countryCode('Deutschland')).toBe('DE');
    expect(countryCode('Niederlande')).toBe('NL');
    expect(countryCode('Nederland')).toBe('NL');
    expect(countryCode('The Netherlands')).toBe('NL');
    expect(countryCode('Österreich')).toBe('AT');
    expect(countryCode('Schweiz')).toBe('CH');
    expect(countryCode('Belgien')).toBe('BE');
    expect(countryCode('België')).toBe('BE');
    expect(countryCode('Vereinigtes Königreich')).toBe('GB');
    expect(countryCode('United Kingdom')).toBe('GB');
    expect(countryCode('Kenia')).toBe('KE');
    expect(countryCode('Vereinigte Staaten')).toBe('US');
  });

  it('ignores case, accents and surrounding whitespace', () => {
    expect(countryCode('  DEUTSCHLAND ')).toBe('DE');
    expect(countryCode('oesterreich')).toBeUndefined();
    expect(countryCode('osterreich')).toBe('AT');
    expect(countryCode('belgie')).toBe('BE');
  });

  it('accepts ISO alpha-3 and alpha-2 codes', () => {
    expect(countryCode('DEU')).toBe('DE');
    expect(countryCode('nld')).toBe('NL');
    expect(countryCode('GBR')).toBe('GB');
    expect(countryCode('nl')).toBe('NL');
  });

  it('returns undefined for unknown or empty names', () => {
    expect(countryCode('Atlantis')).toBeUndefined();
    expect(countryCode('')).toBeUndefined();
    expect(countryCode(null)).toBeUndefined();
  });

  it('has a table whose codes are unique and whose names point at one country each', () => {
    const alpha2 = COUNTRIES.map((c) => c.alpha2);
    const alpha3 = COUNTRIES.map((c) => c.alpha3);
    expect(new Set(alpha2).size).toBe(alpha2.length);
    expect(new Set(alpha3).size).toBe(alpha3.length);
    for (const country of COUNTRIES) {
      expect(country.alpha2).toMatch(/^[A-Z]{2}$/);
      expect(country.alpha3).toMatch(/^[A-Z]{3}$/);
      for (const name of country.names) expect(countryCode(name), name).toBe(country.alpha2);
    }
  });
});
