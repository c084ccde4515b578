import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { processPage } from '../runtime/index.ts';
import { parseXml } from '../sdk/index.ts';
import { GlobalGivingConfig } from './config.ts';
import { organisationsStream } from './organisations-stream.ts';
import { withoutContactPerson } from './personal-data.ts';
import { projectsStream } from './projects-stream.ts';
import { GlobalGivingOrganizations, GlobalGivingProjects } from './raw.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const dir = path.resolve(repoRoot, '..', 'shared', 'platforms', 'globalgiving');
const read = (name: string) => readFileSync(path.join(dir, name), 'utf8');
const context = {
  source: 'globalgiving',
  baseUrl: 'https://api.globalgiving.org',
  config: GlobalGivingConfig.parse({}),
  harvestedAt: '2026-11-20T04:23:00Z',
};

/** Runs records through the runtime's validation and mapping, as a harvest would. */
function harvest(stream: typeof projectsStream | typeof organisationsStream, records: readonly unknown[]) {
  return processPage(stream as never, records, context);
}

describe.skipIf(!existsSync(dir))(
  'the real GlobalGiving payloads in ../shared/platforms/globalgiving (skipped when that folder is absent)',
  () => {
    it('maps every project of the recorded JSON page, junk record included, without quarantine', () => {
      const page = GlobalGivingProjects.parse(JSON.parse(read('projects_by_country_AF.page1.json')));
      expect(page.projects).toMatchObject({ hasNext: true, nextProjectId: 673, numberFound: 554 });
      const result = harvest(projectsStream, page.projects.project.map(withoutContactPerson));
      expect(result.quarantined).toEqual([]);
      expect(result.records.map((record) => record.sourceId)).toEqual(
        [12, 13, 14, 25, 337, 354, 358, 365, 663, 669].map((id) => `project-${id}`),
      );
      const learning = result.records[0]!;
      expect(learning.initiative).toMatchObject({
        name: 'Afghan Institute of Learning',
        identifiers: [{ scheme: 'US-EIN', id: '383288402' }],
        website: 'http://www.afghaninstituteoflearning.org',
        scope: 'international',
      });
      expect(JSON.stringify(result.records)).not.toMatch(/Sakena Yacoobi|carolyn dunlap/i);
    });

    it('reads the empty answer, which has no project list and no hasNext', () => {
      const page = GlobalGivingProjects.parse(JSON.parse(read('projects_by_country_AS.empty.json')));
      expect(page.projects.project).toEqual([]);
      expect(page.projects.hasNext).toBeUndefined();
    });

    it('maps every organisation of the recorded list, with single countries as objects and numeric postcodes', () => {
      const page = GlobalGivingOrganizations.parse(JSON.parse(read('organizations_all.page1.json')));
      expect(page.organizations).toMatchObject({ hasNext: true, nextOrgId: 221 });
      const result = harvest(organisationsStream, page.organizations.organization);
      expect(result.quarantined).toEqual([]);
      expect(result.records).toHaveLength(10);
      const center = result.records.find((record) => record.sourceId === 'org-218');
      expect(center?.initiative).toMatchObject({
        categories: ['Education'],
        location: { postcode: '200015-2604' },
      });
    });

    it('maps the XML project sample, where every value is text and single children are objects', () => {
      const xml = parseXml(read('projects_all.page.sample.xml')) as { projects: unknown };
      const page = GlobalGivingProjects.parse(xml);
      expect(page.projects).toMatchObject({ numberFound: 26842, hasNext: true, nextProjectId: 367 });
      const result = harvest(projectsStream, page.projects.project.map(withoutContactPerson));
      expect(result.quarantined).toEqual([]);
      expect(result.records[0]).toMatchObject({
        sourceId: 'project-359',
        campaign: { goal: { minor: 5_500_000 }, raised: { minor: 823_933 }, status: 'funded' },
        initiative: { location: { postcode: '4260', country: 'US' }, categories: ['Health'] },
      });
    });

    it('maps the documented XML organisation example', () => {
      const xml = parseXml(read('organization_456.docs_example.xml')) as { organization: unknown };
      const result = harvest(organisationsStream, [xml.organization]);
      expect(result.quarantined).toEqual([]);
      expect(result.records[0]?.initiative).toMatchObject({
        website: 'http://www.puspem.or.id',
        themes: ['education-talent', 'sustainability', 'green-nature'],
        scope: 'international',
      });
    });
  },
);
