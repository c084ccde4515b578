import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SourceRecord } from '../../schema/index.ts';
import type { Store } from '../../store/index.ts';
import { generateWorld, type World, withFaults } from '../replica/index.ts';
import { harvestFromReplica, openMemoryStore } from '../sdk/testing/index.ts';
import { volunteerMatch } from './connector.ts';
import {
  createVolunteerMatchReplica,
  DEMO_REPLICA_OPTIONS,
  type VolunteerMatchReplicaOptions,
} from './replica.ts';
import { contactOf, opportunityId, opportunityJson, volunteerMatchOpportunities } from './replica-data.ts';

const world = generateWorld({ seed: 21, size: 8000 });
const served = volunteerMatchOpportunities(world).map((entry) => ({
  ...entry,
  json: opportunityJson(entry.initiative, entry.opportunity, entry.n).json,
}));
const options = { ...DEMO_REPLICA_OPTIONS, pageSize: 2 };
let store: Store;

beforeEach(async () => {
  store = await openMemoryStore();
});
afterEach(async () => {
  await store.close();
});

const harvest = (
  mode: 'full' | 'incremental',
  replicaOptions: VolunteerMatchReplicaOptions = {},
  source: World = world,
  extra: { limit?: number; options?: Record<string, unknown> } = {},
) =>
  harvestFromReplica({
    connector: volunteerMatch,
    handler: createVolunteerMatchReplica(source, replicaOptions),
    store,
    mode,
    options: { ...options, ...extra.options },
    limit: extra.limit,
  });

const byId = (records: SourceRecord[]) => new Map(records.map((record) => [Number(record.sourceId), record]));
const searches = (requests: string[]) => requests.length;

describe('harvesting VolunteerMatch opportunities from the replica over HTTP', () => {
  it('stores every opportunity the location and virtual searches find, once, with the values served', async () => {
    expect(served.length).toBeGreaterThan(15);
    const { run, records } = await harvest('full');
    expect(run).toMatchObject({ status: 'succeeded', quarantined: 0, fetched: served.length });
    const stored = byId(records);
    for (const { opportunity, json } of served) {
      const record = stored.get(Number(json.id));
      expect(record?.kind).toBe('opportunity');
      if (record?.kind !== 'opportunity') continue;
      const org = json.parentOrg as { id: number; name: string; url: string | null };
      expect(record.url).toBe(`https://www.volunteermatch.org/search/opp${String(json.id)}.jsp`);
      expect(record.initiative.name).toBe(org.name);
      expect(record.initiative.links?.[0]).toBe(`https://www.volunteermatch.org/search/org${org.id}.jsp`);
      if (org.url) expect(record.initiative.website).toBe(org.url);
      expect(record.opportunity).toMatchObject({
        title: opportunity.title,
        remote: opportunity.remote,
        spots: opportunity.spots,
        skills: [...opportunity.skills],
      });
    }
  });

  it('never stores the coordinator from `contact` or the descriptions, nor sign-up questions', async () => {
    const { records } = await harvest('full');
    const stored = JSON.stringify(records);
    for (const { initiative } of served) {
      const contact = contactOf(initiative);
      expect(stored).not.toContain(contact.email);
      expect(stored).not.toContain(contact.phoneNumber);
      expect(stored).not.toContain(`${contact.firstName} ${contact.lastName}`);
    }
    expect(stored).not.toMatch(/Home address|yahoo\.com/);
  });

  it('stores only what changed when an incremental run searches everything again', async () => {
    const first = await harvest('full');
    const changed = structuredClone(world) as World;
    const target = volunteerMatchOpportunities(changed)[3]!;
    Object.assign(target.opportunity, { title: 'Weekend Tutor', updatedAt: '2026-10-31T10:00:00Z' });
    const { run, records, requests } = await harvest('incremental', {}, changed);
    expect(run).toMatchObject({ status: 'succeeded', fetched: served.length, stored: 1 });
    expect(searches(requests)).toBe(searches(first.requests));
    const record = byId(records).get(opportunityId(target.initiative, target.n));
    expect(record?.kind === 'opportunity' && record.opportunity.title).toBe('Weekend Tutor');
  });

  it('resumes an interrupted run at the search and page it stopped at', async () => {
    const first = await harvest('full', {}, world, { limit: 3 });
    expect(first.run.pages).toBe(2);
    const rest = await harvest('incremental');
    expect(first.run.fetched + rest.run.fetched).toBe(served.length);
    expect(rest.records).toHaveLength(served.length);
  });

  it('reads an opportunity two searches find only once per run', async () => {
    const { run } = await harvest('full', {}, world, {
      options: { locations: ['Oakland, CA', 'Oakland', 'Chicago, IL', 'New York, NY', 'Detroit, MI'] },
    });
    expect(run).toMatchObject({ status: 'succeeded', fetched: served.length });
  });

  it('marks opportunities no search returns any more as gone after a full refresh', async () => {
    await harvest('full');
    const changed = structuredClone(world) as World;
    const filled = volunteerMatchOpportunities(changed)[0]!;
    Object.assign(filled.opportunity, { status: 'filled' });
    const { run, records } = await harvest('full', {}, changed);
    expect(run.gone).toBe(1);
    expect(byId(records).get(opportunityId(filled.initiative, filled.n))?.goneAt).toBeDefined();
  });

  it('fails with a configuration error that says how to get an API key when the gateway answers 403', async () => {
    const { run } = await harvest('full', {}, world, { options: { apiKey: undefined } });
    expect(run.status).toBe('failed');
    expect(run.errors).toEqual([
      {
        type: 'config',
        message: expect.stringMatching(/HTTP 403.*solutions\.volunteermatch\.org.*VOLUNTEERMATCH_API_KEY/),
      },
    ]);
  });

  it('quarantines malformed opportunities with the broken field and stores the rest', async () => {
    const { run, records } = await harvest('full', { malformed: [0, 1] });
    expect(run).toMatchObject({ status: 'succeeded', quarantined: 2 });
    expect(records).toHaveLength(served.length - 2);
    const quarantine = await store.listQuarantine({ source: 'volunteermatch', limit: 10 });
    expect(quarantine.map((entry) => entry.issues[0]?.path).sort()).toEqual(['parentOrg.name', 'title']);
    expect(JSON.stringify(quarantine)).not.toMatch(/yahoo\.com|"contact"/);
  });

  it('ends with a system error instead of looping when the API repeats a page', async () => {
    const { run } = await harvest('full', { repeatPage: true });
    expect(run.errors).toEqual([{ type: 'system', message: expect.stringMatching(/same page twice/) }]);
  });

  it("gets through the gateway's throttling and server errors", async () => {
    const body = (name: string) =>
      JSON.parse(readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8'));
    const handler = withFaults(createVolunteerMatchReplica(world), {
      rateLimit: { on: [1], retryAfterSeconds: 0, body: body('error-429.json') },
      serverError: { on: [4], status: 502, body: body('error-500.json') },
    });
    const { run } = await harvestFromReplica({
      connector: volunteerMatch,
      handler,
      store,
      mode: 'full',
      options,
    });
    expect(run).toMatchObject({ status: 'succeeded', fetched: served.length });
    expect(handler.log.injected.map((fault) => fault.fault)).toEqual(['rate-limit', 'server-error']);
  });
});
