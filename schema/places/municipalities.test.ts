import { describe, expect, it } from 'vitest';
import { haversineKm } from './geo.ts';
import { municipalityByCode, municipalityByName, NL_MUNICIPALITIES } from './municipalities.ts';
import { NL_PROVINCES, provinceByCode } from './provinces.ts';

describe('Dutch provinces', () => {
  it('are the twelve provinces with CBS codes PV20 to PV31', () => {
    expect(NL_PROVINCES.map((p) => p.code)).toEqual(Array.from({ length: 12 }, (_, i) => `PV${20 + i}`));
    expect(provinceByCode('pv26')?.name).toBe('Utrecht');
    expect(provinceByCode('PV99')).toBeUndefined();
  });

  it('each name a capital that is in the municipality list and lies in that province', () => {
    for (const province of NL_PROVINCES) {
      expect(municipalityByCode(province.capital)?.province, province.name).toBe(province.code);
    }
  });
});

describe('Dutch municipalities', () => {
  it('hold well over 120 entries with unique, well-formed CBS codes', () => {
    expect(NL_MUNICIPALITIES.length).toBeGreaterThanOrEqual(150);
    const codes = NL_MUNICIPALITIES.map((m) => m.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^GM\d{4}$/);
  });

  it('name a known province and have centroids inside the Netherlands', () => {
    for (const municipality of NL_MUNICIPALITIES) {
      expect(provinceByCode(municipality.province), municipality.name).toBeDefined();
      expect(municipality.lat).toBeGreaterThan(50.7);
      expect(municipality.lat).toBeLessThan(53.6);
      expect(municipality.lon).toBeGreaterThan(3.3);
      expect(municipality.lon).toBeLessThan(7.3);
    }
  });

  it('keep at least a kilometre between centroids so nearest-centroid lookups are meaningful', () => {
    for (const [i, a] of NL_MUNICIPALITIES.entries()) {
      for (const b of NL_MUNICIPALITIES.slice(i + 1)) {
        expect(haversineKm(a, b), `${a.name} / ${b.name}`).toBeGreaterThan(1);
      }
    }
  });

  it('are found by code, by name, by alias and by main town, whatever the case and accents', () => {
    expect(municipalityByCode('gm0363')?.name).toBe('Amsterdam');
    expect(municipalityByName('den haag')?.code).toBe('GM0518');
    expect(municipalityByName("'s-Gravenhage")?.code).toBe('GM0518');
    expect(municipalityByName('Den Bosch')?.code).toBe('GM0796');
    expect(municipalityByName('Sudwest-Fryslan')?.code).toBe('GM1900');
    expect(municipalityByName('Zaandam')?.code).toBe('GM0479');
    expect(municipalityByName('Atlantis')).toBeUndefined();
  });
});
