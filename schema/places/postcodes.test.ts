import { describe, expect, it } from 'vitest';
import { haversineKm } from './geo.ts';
import { municipalityByCode } from './municipalities.ts';
import { normalizePostcode } from './postcode.ts';
import { municipalityForPostcode, NL_POSTCODE_RANGES, postcodeRangesOf } from './postcodes.ts';

describe('PC4 ranges', () => {
  it('are well-formed, do not overlap and point at listed municipalities', () => {
    const sorted = [...NL_POSTCODE_RANGES].sort((a, b) => a.from - b.from);
    for (const [i, range] of sorted.entries()) {
      expect(range.from).toBeGreaterThanOrEqual(1000);
      expect(range.to).toBeLessThanOrEqual(9999);
      expect(range.from).toBeLessThanOrEqual(range.to);
      expect(municipalityByCode(range.municipality), range.municipality).toBeDefined();
      const next = sorted[i + 1];
      if (next) expect(range.to, `${range.from}-${range.to}`).toBeLessThan(next.from);
    }
  });

  it('map anchor postcodes to their towns', () => {
    expect(municipalityForPostcode('1011 AB')?.name).toBe('Amsterdam');
    expect(municipalityForPostcode('3011')?.name).toBe('Rotterdam');
    expect(municipalityForPostcode('3089 ZZ')?.name).toBe('Rotterdam');
    expect(municipalityForPostcode('2514 EA')?.code).toBe('GM0518');
    expect(municipalityForPostcode('9712 cp')?.name).toBe('Groningen');
    expect(municipalityForPostcode('6211')?.name).toBe('Maastricht');
  });

  it('find nothing for postcodes outside the listed ranges or not Dutch in form', () => {
    expect(municipalityForPostcode('1110')).toBeUndefined();
    expect(municipalityForPostcode('10115')).toBeUndefined();
    expect(municipalityForPostcode('0123 AB')).toBeUndefined();
    expect(municipalityForPostcode('')).toBeUndefined();
  });

  it('list every range of a municipality, e.g. Utrecht with Vleuten-De Meern', () => {
    expect(postcodeRangesOf('GM0344').map((r) => `${r.from}-${r.to}`)).toEqual(['3451-3455', '3511-3585']);
  });

  it('belong to municipalities whose centroids are near each other when the ranges are adjacent', () => {
    // A guard against a typo that puts a range in a municipality at the other end of the country.
    const sorted = [...NL_POSTCODE_RANGES].sort((a, b) => a.from - b.from);
    for (const [i, range] of sorted.entries()) {
      const next = sorted[i + 1];
      if (!next || Math.floor(range.from / 1000) !== Math.floor(next.from / 1000)) continue;
      const a = municipalityByCode(range.municipality)!;
      const b = municipalityByCode(next.municipality)!;
      expect(haversineKm(a, b), `${a.name} / ${b.name}`).toBeLessThan(150);
    }
  });
});

describe('normalizePostcode', () => {
  it('writes Dutch postcodes as "1234 AB"', () => {
    expect(normalizePostcode('NL', ' 3581kp ')).toBe('3581 KP');
    expect(normalizePostcode('nl', '3581  KP')).toBe('3581 KP');
    expect(normalizePostcode('NL', 'NL-3581 KP')).toBe('3581 KP');
    expect(normalizePostcode('NL', '3581')).toBe('3581');
  });

  it('keeps German postcodes as five digits and drops a D- prefix', () => {
    expect(normalizePostcode('DE', '10997')).toBe('10997');
    expect(normalizePostcode('DE', 'D-04109')).toBe('04109');
  });

  it('keeps what does not fit the form, trimmed, and drops empty values', () => {
    expect(normalizePostcode('NL', ' 0123 XY ')).toBe('0123 XY');
    expect(normalizePostcode('DE', '1099')).toBe('1099');
    expect(normalizePostcode('GB', ' SW1A   1AA ')).toBe('SW1A 1AA');
    expect(normalizePostcode(undefined, '  ')).toBeUndefined();
    expect(normalizePostcode('NL', null)).toBeUndefined();
  });
});
