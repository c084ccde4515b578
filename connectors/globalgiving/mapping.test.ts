import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SourceRecord } from '../../schema/index.ts';
import { GlobalGivingConfig } from './config.ts';
import { mapOrganization, mapProject } from './mapping.ts';
import { withoutContactPerson } from './personal-data.ts';
import { GlobalGivingOrganization, GlobalGivingOrganizations, GlobalGivingProject } from './raw.ts';

const fixture = (name: string) => readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8');
const page = JSON.parse(fixture('projects-page.json')) as {
  projects: { project: Record<string, unknown>[] };
};
const organisations = GlobalGivingOrganizations.parse(JSON.parse(fixture('organizations-page.json')));
const context = {
  source: 'globalgiving',
  baseUrl: 'https://api.globalgiving.org',
  config: GlobalGivingConfig.parse({}),
  harvestedAt: '2026-11-20T04:23:00Z',
};
const CONTACT_PEOPLE = ['Grace Achieng', 'Peter Okello'];

const prepared = () => page.projects.project.map(withoutContactPerson);
const mapAll = () => prepared().flatMap((raw) => mapProject(GlobalGivingProject.parse(raw), context));
const valid = (record: object) =>
  SourceRecord.safeParse({ ...record, contentHash: `sha256:${'0'.repeat(64)}` });

describe('mapProject on the fixture page', () => {
  it('gives the expected records', () => {
    const expected = fixture('expected-records.jsonl')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(JSON.parse(JSON.stringify(mapAll()))).toEqual(expected);
  });

  it('produces valid canonical source records keyed "<source>:project-<id>"', () => {
    for (const record of mapAll()) {
      const result = valid(record);
      expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
      expect(record.key).toBe(`globalgiving:${record.sourceId}`);
      expect(record.sourceId).toMatch(/^project-\d+$/);
    }
  });

  it('removes the contact person before validation, so no name reaches a record or the quarantine', () => {
    expect(JSON.stringify(prepared())).not.toMatch(/contactName|contactTitle|contactAddress/);
    const output = JSON.stringify(mapAll());
    for (const person of CONTACT_PEOPLE) expect(output).not.toContain(person);
  });

  it('maps dollars to minor units, statuses to open, funded and closed, and donations to backers', () => {
    const [water, seeds, school] = mapAll();
    expect(water?.kind === 'campaign' && water.campaign).toMatchObject({
      goal: { minor: 2_400_000, currency: 'USD' },
      raised: { minor: 981_550, currency: 'USD' },
      backers: 131,
      status: 'open',
    });
    expect(seeds?.kind === 'campaign' && seeds.campaign.status).toBe('funded');
    expect(school?.kind === 'campaign' && school.campaign.status).toBe('closed');
  });

  it('maps theme ids onto hub themes and keeps the GlobalGiving labels, with themeName as fallback', () => {
    const [water, , school] = mapAll();
    expect(water?.initiative.themes).toEqual(['health', 'education-talent', 'youth']);
    expect(water?.initiative.categories).toEqual(['Child Protection', 'Clean Water', 'Education']);
    expect(school?.initiative).toMatchObject({ themes: ['education-talent'], categories: ['Education'] });
  });

  it('normalises the website, keeps a US EIN as org-id, and marks organisations working abroad', () => {
    const [water, seeds] = mapAll();
    expect(water?.initiative.website).toBe('https://www.kisumuyouthwater.org');
    expect(water?.initiative.identifiers).toBeUndefined();
    expect(seeds?.initiative).toMatchObject({
      identifiers: [{ scheme: 'US-EIN', id: '471123581' }],
      scope: 'international',
      location: { locality: 'Minneapolis', postcode: '55404', country: 'US' },
    });
    expect(seeds?.kind === 'campaign' && seeds.campaign.title).toBe('Seeds & Storage for 300 Women Farmers');
  });
});

describe('mapOrganization', () => {
  const records = organisations.organizations.organization.flatMap((raw) =>
    mapOrganization(GlobalGivingOrganization.parse(raw), context),
  );

  it('gives an initiative record per organisation, keyed "org-<id>", from the recorded list shape', () => {
    expect(records.map((record) => [record.kind, record.sourceId])).toEqual([
      ['initiative', 'org-58211'],
      ['initiative', 'org-60345'],
    ]);
    for (const record of records) expect(valid(record).success).toBe(true);
  });

  it('takes a social media page given as the URL for a profile link, not a website', () => {
    const raw = {
      ...organisations.organizations.organization[0]!,
      url: 'https://www.facebook.com/kisumuwater',
    };
    const [record] = mapOrganization(GlobalGivingOrganization.parse(raw), context);
    expect(record?.initiative.website).toBeUndefined();
    expect(record?.initiative.links).toEqual(['https://www.facebook.com/kisumuwater']);
  });

  it('reads single-element lists sent as objects and numbers where text belongs', () => {
    const [kisumu, gulu] = records;
    expect(kisumu?.initiative).toMatchObject({
      categories: ['Clean Water'],
      location: { postcode: '40100' },
    });
    expect(kisumu?.initiative.scope).toBeUndefined();
    expect(gulu?.initiative.identifiers).toEqual([{ scheme: 'US-EIN', id: '471123581' }]);
    expect(gulu?.initiative.categories).toEqual(['Food Security', 'Gender Equality']);
    expect(gulu?.initiative.themes).toEqual(['poverty', 'food']);
  });
});

describe('the raw schema', () => {
  const project = page.projects.project[0] as Record<string, unknown>;

  it('accepts values as text, as XML converted to JSON gives them', () => {
    const parsed = GlobalGivingProject.parse({
      ...project,
      id: '41203',
      goal: '24000.00',
      active: 'true',
      themes: { theme: { id: 'water', name: 'Clean Water' } },
    });
    expect(parsed).toMatchObject({
      id: 41203,
      goal: 24000,
      active: true,
      themes: { theme: [{ id: 'water' }] },
    });
  });

  it('rejects a project without title, an amount that is no number, or an organisation without name', () => {
    const paths = (raw: unknown) =>
      GlobalGivingProject.safeParse(raw).error?.issues.map((issue) => issue.path.join('.'));
    expect(paths({ ...project, title: undefined })).toEqual(['title']);
    expect(paths({ ...project, goal: 'n/a' })).toEqual(['goal']);
    expect(paths({ ...project, organization: { ...(project.organization as object), name: ' ' } })).toEqual([
      'organization.name',
    ]);
  });
});
