import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../../store/index.ts';
import { generateWorld, jsonResponse, type World, withFaults } from '../replica/index.ts';
import { harvestFromReplica, openMemoryStore } from '../sdk/testing/index.ts';
import { kiva } from './connector.ts';
import { createKivaReplica, type KivaReplicaOptions } from './replica.ts';
import { replicaLoans } from './replica-data.ts';

const fixtureText = (name: string) => readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8');
const world = generateWorld({ seed: 2, size: 3000 });
const fundraising = replicaLoans(world).filter((loan) => loan.status === 'fundraising');
const options = { pageSize: 10 };
let store: Store;

beforeEach(async () => {
  store = await openMemoryStore();
});
afterEach(async () => {
  await store.close();
});

const harvest = (
  mode: 'full' | 'incremental',
  replicaOptions: KivaReplicaOptions = {},
  source: World = world,
  extra: { limit?: number; options?: Record<string, unknown> } = {},
) =>
  harvestFromReplica({
    connector: kiva,
    handler: createKivaReplica(source, replicaOptions),
    store,
    mode,
    options: { ...options, ...extra.options },
    limit: extra.limit,
  });

describe('harvesting Kiva loans from the replica over GraphQL', () => {
  it('stores every fundraising loan once, with the amounts and places served', async () => {
    expect(fundraising.length).toBeGreaterThan(25);
    const { run, records } = await harvest('full');
    expect(run).toMatchObject({ status: 'succeeded', fetched: fundraising.length, quarantined: 0 });
    expect(records).toHaveLength(fundraising.length);
    for (const loan of fundraising) {
      const record = records.find((r) => r.sourceId === String(loan.id))!;
      const json = loan.json as {
        loanAmount: string;
        plannedExpirationDate: string;
        partnerName?: string;
        trusteeName?: string | null;
      };
      expect(record.kind === 'listing' && record.listing).toMatchObject({
        type: 'request',
        category: 'loan',
        amount: { minor: Math.round(Number(json.loanAmount) * 100), currency: 'USD' },
        validUntil: json.plannedExpirationDate.slice(0, 10),
        location: { locality: loan.initiative.place.locality, country: loan.country },
      });
      expect(record.initiative.name).toBe(json.partnerName ?? json.trusteeName ?? 'Kiva');
    }
  });

  it('never stores a borrower: no names, stories or photos', async () => {
    const { records } = await harvest('full');
    const stored = JSON.stringify(records);
    for (const loan of fundraising) {
      expect(stored).not.toContain(loan.borrower.story);
      expect(stored).not.toMatch(new RegExp(`\\b${loan.borrower.name}\\b`));
    }
    expect(stored).not.toContain('img/');
  });

  it('filters by country', async () => {
    const { records } = await harvest('full', {}, world, { options: { countries: ['KE'] } });
    expect(records.length).toBe(fundraising.filter((loan) => loan.country === 'KE').length);
    expect(
      records.every((record) => record.kind === 'listing' && record.listing.location?.country === 'KE'),
    ).toBe(true);
  });

  it('reads only the newest page when nothing was posted since the last run', async () => {
    await harvest('full');
    const again = await harvest('incremental');
    expect(again.requests).toHaveLength(1);
    expect(again.run).toMatchObject({ status: 'succeeded', fetched: options.pageSize, stored: 0 });
  });

  it('stores a loan posted after the last run and marks loans that left the search gone on a full run', async () => {
    await harvest('full');
    const changed = structuredClone(world) as World;
    const partner = changed.initiatives.find((i) =>
      i.campaigns.some((c) => c.platform === 'kiva' && !c.completedAt && !c.closedAt),
    )!;
    const campaigns = partner.campaigns.filter((c) => c.platform === 'kiva');
    const open = campaigns.find((c) => !c.completedAt && !c.closedAt)!;
    Object.assign(open, { completedAt: '2026-11-04T10:00:00Z', raisedMinor: open.goalMinor });
    const incremental = await harvest('incremental', {}, changed);
    expect(incremental.run.stored).toBe(0);
    const full = await harvest('full', {}, changed);
    expect(full.run.gone).toBe(1);
  });

  it('resumes an interrupted run at the next offset', async () => {
    const first = await harvest('full', {}, world, { limit: 20 });
    expect(first.run.fetched).toBe(20);
    const rest = await harvest('incremental');
    expect(rest.run.fetched).toBe(fundraising.length - 20);
    expect(rest.records).toHaveLength(fundraising.length);
  });

  it('quarantines a loan whose amount is no number and stores the rest', async () => {
    const { run, records } = await harvest('full', { malformed: [2] });
    expect(run).toMatchObject({ status: 'succeeded', quarantined: 1 });
    expect(records).toHaveLength(fundraising.length - 1);
    expect((await store.listQuarantine({ source: 'kiva', limit: 2 }))[0]?.issues[0]?.path).toBe('loanAmount');
  });

  it("stops with a transient error on Kiva's 403 throttle, and continues from the checkpoint next time", async () => {
    const throttled = await harvest('full', { rateLimitAfter: 2 });
    expect(throttled.run.status).toBe('failed');
    expect(throttled.run.errors).toEqual([
      { type: 'transient', message: expect.stringMatching(/rate limit/) },
    ]);
    expect(throttled.run.fetched).toBe(20);
    const resumed = await harvest('incremental');
    expect(resumed.records).toHaveLength(fundraising.length);
  });

  it('fails with a configuration error when Kiva starts asking for credentials (401)', async () => {
    const handler = () =>
      jsonResponse(401, { errors: [{ message: 'Unauthorized', extensions: { code: 'UNAUTHENTICATED' } }] });
    const { run } = await harvestFromReplica({ connector: kiva, handler, store, mode: 'full', options });
    expect(run.errors).toEqual([
      { type: 'config', message: expect.stringMatching(/HTTP 401.*kiva\.org\/build/) },
    ]);
  });

  it('fails as a system error when the query no longer fits the schema (400, GRAPHQL_VALIDATION_FAILED)', async () => {
    const handler = () => jsonResponse(400, JSON.parse(fixtureText('error-400-validation.json')));
    const { run } = await harvestFromReplica({ connector: kiva, handler, store, mode: 'full', options });
    expect(run.errors).toEqual([{ type: 'system', message: expect.stringMatching(/HTTP 400/) }]);
  });

  it('ends with a system error instead of looping when Kiva repeats a page', async () => {
    const { run } = await harvest('full', { repeatPage: true });
    expect(run.errors).toEqual([{ type: 'system', message: expect.stringMatching(/same page twice/) }]);
  });

  it('gets through server errors', async () => {
    const handler = withFaults(createKivaReplica(world), { serverError: { on: [1, 3] } });
    const { run } = await harvestFromReplica({ connector: kiva, handler, store, mode: 'full', options });
    expect(run).toMatchObject({ status: 'succeeded', fetched: fundraising.length });
  });
});
