import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateWorld, type ReplicaServer, startReplicaServer } from '../replica/index.ts';
import { parseXml } from '../sdk/index.ts';
import {
  GlobalGivingError,
  GlobalGivingOrganization,
  GlobalGivingOrganizations,
  GlobalGivingProject,
  GlobalGivingProjects,
} from './raw.ts';
import { createGlobalGivingReplica, REPLICA_API_KEY } from './replica.ts';
import { globalGivingEntries } from './replica-data.ts';

const world = generateWorld({ seed: 7, size: 400 });
let server: ReplicaServer;
beforeAll(async () => {
  server = await startReplicaServer(createGlobalGivingReplica(world));
});
afterAll(() => server.close());

const get = async (path: string, accept = 'application/json') => {
  const separator = path.includes('?') ? '&' : '?';
  const response = await fetch(`${server.url}${path}${separator}api_key=${REPLICA_API_KEY}`, {
    headers: { accept },
  });
  return { response, text: await response.text() };
};
const json = async (path: string) => JSON.parse((await get(path)).text);
const entries = globalGivingEntries(world);
const projectCount = entries.reduce((n, entry) => n + entry.campaigns.length, 0);

describe('the GlobalGiving replica', () => {
  it('serves projects ten a page with hasNext and nextProjectId, both absent on the last page', async () => {
    const first = GlobalGivingProjects.parse(await json('/api/public/projectservice/all/projects'));
    expect(first.projects).toMatchObject({ hasNext: true, numberFound: projectCount });
    expect(first.projects.project).toHaveLength(10);
    const ids: number[] = [];
    let next: number | null | undefined;
    let body = first;
    for (;;) {
      for (const project of body.projects.project) ids.push(GlobalGivingProject.parse(project).id);
      next = body.projects.nextProjectId;
      if (!next) break;
      body = GlobalGivingProjects.parse(
        await json(`/api/public/projectservice/all/projects?nextProjectId=${next}`),
      );
    }
    expect(body.projects.hasNext).toBeUndefined();
    expect(ids).toHaveLength(projectCount);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
  });

  it('lists only projects that take donations under /active', async () => {
    const page = GlobalGivingProjects.parse(await json('/api/public/projectservice/all/projects/active'));
    for (const raw of page.projects.project)
      expect(GlobalGivingProject.parse(raw)).toMatchObject({ active: true, status: 'active' });
  });

  it('answers an empty list with numberFound alone', async () => {
    const body = await json('/api/public/projectservice/all/projects?nextProjectId=999999999');
    expect(body).toEqual({ projects: { numberFound: projectCount } });
  });

  it('serves organisations like the recorded list: single children as objects, numeric postcodes as numbers', async () => {
    const page = GlobalGivingOrganizations.parse(await json('/api/public/orgservice/all/organizations'));
    const raw = page.organizations.organization as Record<string, { country?: unknown }>[];
    expect(raw.some((org) => !Array.isArray(org.countries?.country))).toBe(true);
    for (const org of raw) GlobalGivingOrganization.parse(org);
    expect(entries.length).toBeGreaterThan(10);
  });

  it('answers in XML when the request accepts XML, with numberFound as an attribute', async () => {
    const { response, text } = await get('/api/public/projectservice/all/projects', 'application/xml');
    expect(response.headers.get('content-type')).toMatch(/application\/xml/);
    const page = GlobalGivingProjects.parse(parseXml(text));
    expect(page.projects.numberFound).toBe(projectCount);
    expect(page.projects.project).toHaveLength(10);
    for (const raw of page.projects.project) GlobalGivingProject.parse(raw);
  });

  it('serves project and organisation details', async () => {
    const page = GlobalGivingProjects.parse(await json('/api/public/projectservice/all/projects'));
    const project = GlobalGivingProject.parse(page.projects.project[0]);
    expect((await json(`/api/public/projectservice/projects/${project.id}`)).project).toMatchObject({
      id: project.id,
    });
    expect(
      (await json(`/api/public/orgservice/organization/${project.organization.id}`)).organization,
    ).toMatchObject({
      id: project.organization.id,
    });
  });

  it('answers a missing or wrong api_key with 401 and the platform error body, in JSON or XML', async () => {
    const missing = await fetch(`${server.url}/api/public/projectservice/all/projects`);
    expect(missing.status).toBe(401);
    expect(GlobalGivingError.parse(await missing.json()).error_response.error_code).toBe('401');
    const wrong = await fetch(`${server.url}/api/public/projectservice/all/projects?api_key=nope`);
    expect(await wrong.json()).toEqual(
      JSON.parse(readFileSync(new URL('fixtures/error-401.json', import.meta.url), 'utf8')),
    );
    const asXml = await fetch(`${server.url}/api/public/projectservice/all/projects?api_key=nope`, {
      headers: { accept: 'application/xml' },
    });
    expect(parseXml(await asXml.text())).toEqual(
      parseXml(readFileSync(new URL('fixtures/error-401.xml', import.meta.url), 'utf8')),
    );
  });

  it('answers unknown paths and ids with 404 and the platform error body', async () => {
    for (const path of ['/api/public/projectservice/projects/1', '/api/public/nothing']) {
      const { response, text } = await get(path);
      expect(response.status).toBe(404);
      expect(GlobalGivingError.parse(JSON.parse(text)).error_response.error_code).toBe('404');
    }
  });
});
