import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SourceRecord } from '../../schema/index.ts';
import { labelOf } from './categories.ts';
import { VolunteerMatchConfig } from './config.ts';
import { mapOpportunity } from './mapping.ts';
import { withoutPersonalData } from './personal-data.ts';
import { VolunteerMatchOpportunity } from './raw.ts';

const fixture = (name: string) => readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8');
const page = JSON.parse(fixture('search-page.json')) as {
  data: { searchOpportunities: { opportunities: Record<string, unknown>[] } };
};
const context = {
  source: 'volunteermatch',
  baseUrl: 'https://graphql.volunteermatch.org',
  config: VolunteerMatchConfig.parse({}),
  harvestedAt: '2026-11-20T03:00:00Z',
};
const prepared = () => page.data.searchOpportunities.opportunities.map(withoutPersonalData);
const mapAll = () =>
  prepared().flatMap((raw) => mapOpportunity(VolunteerMatchOpportunity.parse(raw), context));

describe('mapOpportunity on the fixture page', () => {
  it('gives the expected records', () => {
    const expected = fixture('expected-records.jsonl')
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

  it("never carries the coordinator's address or number from the description, before validation either", () => {
    for (const text of [JSON.stringify(mapAll()), JSON.stringify(prepared())]) {
      expect(text).not.toContain('rosalopez12@yahoo.com');
      expect(text).not.toContain('510-555-0142');
    }
  });

  it("keeps the organisation's own number, drops a placeholder, and reads a social page as a profile", () => {
    const [literacy, resume] = mapAll();
    expect(literacy?.initiative.contact).toEqual({ phone: '(510) 555-0190' });
    expect(resume?.initiative.contact).toBeUndefined();
    expect(resume?.initiative.website).toBeUndefined();
    expect(resume?.initiative.links).toContain('https://www.facebook.com/casscorridorworks');
  });

  it('maps categories onto themes with their labels kept, greatFor onto target groups, and virtual ones as remote', () => {
    const [literacy, resume, cleanup] = mapAll();
    expect(literacy?.initiative).toMatchObject({
      themes: ['work-participation', 'education-talent'],
      categories: ['Education and literacy', 'Immigrants and refugees'],
      targetGroups: ['older-people'],
    });
    expect(resume?.kind === 'opportunity' && resume.opportunity).toMatchObject({
      remote: true,
      location: undefined,
    });
    expect(cleanup?.kind === 'opportunity' && cleanup.opportunity.status).toBe('closed');
    expect(cleanup?.initiative.legalForm).toBeUndefined();
  });
});

describe('labelOf', () => {
  it('reads camel-case codes as labels', () => {
    expect(labelOf('veteransAndMilitaryFamilies')).toBe('Veterans and military families');
    expect(labelOf('people55Plus')).toBe('People 55 plus');
  });
});

describe('the raw schema', () => {
  const opportunity = prepared()[0] as Record<string, unknown>;

  it('rejects an opportunity without id, title or organisation name, naming the field', () => {
    const issues = (raw: unknown) =>
      VolunteerMatchOpportunity.safeParse(raw).error?.issues.map((i) => i.path.join('.'));
    expect(issues({ ...opportunity, title: null })).toEqual(['title']);
    expect(issues({ ...opportunity, id: 'x' })).toEqual(['id']);
    expect(
      issues({ ...opportunity, parentOrg: { ...(opportunity.parentOrg as object), name: null } }),
    ).toEqual(['parentOrg.name']);
  });

  it('accepts skills as a list and a single category instead of a list', () => {
    const parsed = VolunteerMatchOpportunity.parse({
      ...opportunity,
      skillsNeeded: ['Tutoring'],
      categories: 'hunger',
    });
    expect(parsed.categories).toEqual(['hunger']);
  });
});
