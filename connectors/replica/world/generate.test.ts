import { describe, expect, it } from 'vitest';
import {
  deriveMunicipality,
  detectLegalForm,
  municipalityByCode,
  municipalityForPostcode,
  TARGET_GROUP_CODES,
  THEME_CODES,
} from '../../../schema/index.ts';
import { DEFAULT_REFERENCE_DATE, generateWorld } from './generate.ts';
import { PLATFORM_ACTIVITY } from './types.ts';

const world = generateWorld({ seed: 7, size: 2000 });
const now = Date.parse(DEFAULT_REFERENCE_DATE);
const THREE_YEARS_MS = 3 * 366 * 86_400_000;

describe('generateWorld', () => {
  it('gives the same world for the same seed and a different one for another seed', () => {
    expect(generateWorld({ seed: 7, size: 200 })).toEqual(generateWorld({ seed: 7, size: 200 }));
    const other = generateWorld({ seed: 8, size: 200 });
    expect(other.initiatives.map((i) => i.name)).not.toEqual(
      world.initiatives.slice(0, 200).map((i) => i.name),
    );
  });

  it('makes a smaller world a prefix of a larger one, so world ids stay stable when the size grows', () => {
    expect(generateWorld({ seed: 7, size: 300 }).initiatives).toEqual(world.initiatives.slice(0, 300));
  });

  it('rejects a non-integer seed or a negative size with a message naming the option', () => {
    expect(() => generateWorld({ seed: 1.5, size: 1 })).toThrow(/seed/);
    expect(() => generateWorld({ seed: 1, size: -1 })).toThrow(/size/);
    expect(() => generateWorld({ seed: 1, size: 1, referenceDate: 'soon' })).toThrow(/reference date/);
  });

  it('mixes Dutch, German and international initiatives, in their own languages', () => {
    const countries = new Set(world.initiatives.map((i) => i.place.country));
    for (const country of ['NL', 'DE', 'BE', 'GB', 'KE']) expect(countries).toContain(country);
    const byCountry = (c: string) => world.initiatives.filter((i) => i.place.country === c);
    expect(byCountry('NL').length).toBeGreaterThan(world.initiatives.length * 0.4);
    expect(byCountry('DE').length).toBeGreaterThan(world.initiatives.length * 0.25);
    expect(new Set(byCountry('NL').map((i) => i.language))).toEqual(new Set(['nl']));
    expect(new Set(byCountry('DE').map((i) => i.language))).toEqual(new Set(['de']));
  });

  it('gives every initiative a unique id, a unique name and, when it has one, a unique website', () => {
    const ids = world.initiatives.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^w\d{6}$/);
    const names = world.initiatives.map((i) => i.baseName.toLowerCase());
    expect(new Set(names).size).toBe(names.length);
    const sites = world.initiatives.flatMap((i) => (i.website ? [i.website.replace('://www.', '://')] : []));
    expect(new Set(sites).size).toBe(sites.length);
    for (const site of sites) expect(site).toMatch(/^https:\/\/[a-z0-9-]+\.[a-z.]+$/);
  });

  it('registers Dutch organisations with an 8-digit KvK number and writes legal forms that the taxonomy recognises', () => {
    const kvks = world.initiatives.flatMap((i) => (i.kvk ? [i.kvk] : []));
    expect(kvks.length).toBeGreaterThan(100);
    expect(new Set(kvks).size).toBe(kvks.length);
    for (const kvk of kvks) expect(kvk).toMatch(/^\d{8}$/);
    for (const initiative of world.initiatives) {
      if (initiative.kvk) expect(initiative.place.country).toBe('NL');
      if (initiative.legalName && initiative.legalName !== initiative.baseName) {
        expect(detectLegalForm(initiative.legalName), initiative.legalName).toBe(initiative.legalForm);
      }
    }
  });

  it('places Dutch initiatives in real municipalities, with postcodes in range and coordinates that derive the same municipality', () => {
    const dutch = world.initiatives.filter((i) => i.place.country === 'NL');
    for (const { place } of dutch) {
      const code = place.municipality?.code ?? '';
      expect(municipalityByCode(code)?.name).toBe(place.municipality?.name);
      if (place.postcode) {
        expect(place.postcode).toMatch(/^[1-9]\d{3} [A-Z]{2}$/);
        expect(municipalityForPostcode(place.postcode)?.code).toBe(code);
      }
      expect(deriveMunicipality({ lat: place.lat, lon: place.lon, country: 'NL' }).municipality?.code).toBe(
        code,
      );
    }
    expect(dutch.filter((i) => i.place.postcode).length).toBeGreaterThan(dutch.length / 2);
  });

  it('uses only taxonomy codes for themes and target groups and founds initiatives before the reference date', () => {
    for (const initiative of world.initiatives) {
      expect(initiative.themes.length).toBeGreaterThan(0);
      for (const theme of initiative.themes) expect(THEME_CODES).toContain(theme);
      for (const group of initiative.targetGroups) expect(TARGET_GROUP_CODES).toContain(group);
      expect(Date.parse(initiative.foundedOn)).toBeLessThan(now);
      expect(initiative.description.split('. ').length).toBeGreaterThanOrEqual(2);
      expect(initiative.needs.length).toBeGreaterThan(0);
    }
  });

  it('puts every initiative on at least one platform, and some on several', () => {
    for (const initiative of world.initiatives) expect(initiative.presence.length).toBeGreaterThan(0);
    expect(world.initiatives.filter((i) => i.presence.length > 1).length).toBeGreaterThan(100);
    const betterplace = world.initiatives.filter((i) => i.presence.includes('betterplace'));
    expect(betterplace.some((i) => i.place.country === 'DE')).toBe(true);
    expect(betterplace.some((i) => i.place.country === 'NL')).toBe(true);
  });

  it('generates campaigns with plausible, consistent amounts and dates on the crowdfunding platforms it is on', () => {
    const campaigns = world.initiatives.flatMap((i) => i.campaigns.map((c) => ({ c, i })));
    expect(campaigns.length).toBeGreaterThan(500);
    for (const { c, i } of campaigns) {
      expect(i.presence).toContain(c.platform);
      expect(PLATFORM_ACTIVITY[c.platform]).toBe('campaigns');
      expect(c.goalMinor).toBeGreaterThanOrEqual(500_00);
      expect(c.goalMinor).toBeLessThanOrEqual(50_000_00);
      expect(c.raisedMinor).toBeGreaterThanOrEqual(0);
      expect(c.raisedMinor).toBeLessThanOrEqual(c.goalMinor * 1.2);
      expect(c.donors === 0).toBe(c.raisedMinor === 0);
      expect(c.donations).toBeGreaterThanOrEqual(c.donors);
      expect(c.raisedMinor).toBeGreaterThanOrEqual(c.donors * 100);
      expect(c.completedAt !== undefined).toBe(c.raisedMinor >= c.goalMinor);
      const created = Date.parse(c.createdAt);
      expect(created).toBeGreaterThan(now - THREE_YEARS_MS);
      expect(created).toBeGreaterThan(Date.parse(i.foundedOn));
      expect(Date.parse(c.activatedAt)).toBeGreaterThanOrEqual(created);
      expect(Date.parse(c.updatedAt)).toBeLessThanOrEqual(now);
      expect(Date.parse(c.updatedAt)).toBeGreaterThanOrEqual(Date.parse(c.activatedAt));
    }
    const counts = new Set(world.initiatives.map((i) => i.campaigns.length));
    expect([...counts].sort()).toEqual([0, 1, 2, 3]);
  });

  it('generates volunteer opportunities only on the volunteering platforms it is on', () => {
    const opportunities = world.initiatives.flatMap((i) => i.opportunities.map((o) => ({ o, i })));
    expect(opportunities.length).toBeGreaterThan(500);
    for (const { o, i } of opportunities) {
      expect(i.presence).toContain(o.platform);
      expect(PLATFORM_ACTIVITY[o.platform]).toBe('opportunities');
      expect(o.skills.length).toBeGreaterThan(0);
      expect(o.hoursPerWeek).toBeGreaterThan(0);
      expect(Date.parse(o.createdAt)).toBeGreaterThan(Date.parse(i.foundedOn));
    }
  });
});
