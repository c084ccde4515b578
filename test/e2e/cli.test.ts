import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBetterplaceReplica } from '../../connectors/betterplace/index.ts';
import { generateWorld, type ReplicaServer, startReplicaServer } from '../../connectors/replica/index.ts';
import { runCli } from '../support/cli.ts';

describe('the knooppunt command against a betterplace replica', () => {
  let dir: string;
  let replica: ReplicaServer;
  let config: string;
  let fast: string;
  const world = generateWorld({ seed: 7, size: 120 });

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'kp-cli-'));
    replica = await startReplicaServer(createBetterplaceReplica(world, { malformed: [2, 5] }));
    fast = path.join(dir, 'fast.yaml');
    await writeFile(fast, 'limits: { concurrency: 8, requestsPerMinute: 60000 }\noptions: { perPage: 20 }\n');
    config = path.join(dir, 'knooppunt.config.yaml');
    await writeFile(
      config,
      [
        `store: { backend: sqlite, path: ${path.join(dir, 'store.db')} }`,
        'sources:',
        '  betterplace:',
        '    connector: betterplace',
        `    baseUrl: ${replica.url}`,
        '    limits: { concurrency: 8, requestsPerMinute: 60000 }',
        '    options: { perPage: 20 }',
        '  retired:',
        '    connector: betterplace',
        `    baseUrl: ${replica.url}/gone`,
        '',
      ].join('\n'),
    );
  });

  afterAll(async () => {
    await replica.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('lists the built-in connectors with kind, streams and schedule', async () => {
    const result = await runCli(['connectors', 'list', '--json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toContainEqual(
      expect.objectContaining({
        id: 'betterplace',
        kind: 'crowdfunding',
        streams: ['projects'],
        defaultSchedule: '17 3 * * *',
      }),
    );
  });

  it('checks a source with a clear verdict, and fails a retired endpoint with its failure type', async () => {
    const ok = await runCli(['connectors', 'check', 'betterplace', '--config', config]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/✔ betterplace .*OK/);
    const gone = await runCli(['--config', config, 'connectors', 'check', 'retired']);
    expect(gone.code).toBe(1);
    expect(gone.stdout).toMatch(/✘ projects: config error — .*retired/);
  });

  it('runs a connector into NDJSON without a store, quarantined records beside it', async () => {
    const out = path.join(dir, 'records.ndjson');
    const result = await runCli([
      'connectors',
      'run',
      'betterplace',
      '--base-url',
      replica.url,
      '--config',
      fast,
      '--out',
      out,
    ]);
    expect(result.code).toBe(0);
    const records = (await readFile(out, 'utf8'))
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { key: string; kind: string });
    const quarantined = (await readFile(path.join(dir, 'records.quarantine.ndjson'), 'utf8'))
      .trim()
      .split('\n');
    expect(records.length).toBeGreaterThan(20);
    expect(
      records.every((record) => record.kind === 'campaign' && record.key.startsWith('betterplace:')),
    ).toBe(true);
    expect(quarantined).toHaveLength(2);
    expect(result.logs.some((line) => line.status === 'succeeded' && line.quarantined === 2)).toBe(true);
  });

  it('stops at --limit and refuses bad flags with exit code 2', async () => {
    const out = path.join(dir, 'limited.ndjson');
    const limited = await runCli([
      'connectors',
      'run',
      'betterplace',
      '--base-url',
      replica.url,
      '--out',
      out,
      '--limit',
      '5',
      '--config',
      path.join(dir, 'opts.json'),
    ]);
    expect(limited.code).toBe(2);
    expect(limited.stderr).toContain('opts.json cannot be read');
    await writeFile(
      path.join(dir, 'opts.json'),
      '{"options": {"perPage": 5}, "limits": {"concurrency": 8, "requestsPerMinute": 60000}}',
    );
    const run = await runCli([
      'connectors',
      'run',
      'betterplace',
      '--base-url',
      replica.url,
      '--out',
      out,
      '--limit',
      '5',
      '--config',
      path.join(dir, 'opts.json'),
    ]);
    expect(run.code).toBe(0);
    expect((await readFile(out, 'utf8')).trim().split('\n').length).toBeLessThanOrEqual(5);
    expect((await runCli(['connectors', 'run', 'betterplace', '--out', out, '--limit', 'many'])).code).toBe(
      2,
    );
    expect((await runCli(['connectors', 'run', 'nope', '--out', out])).code).toBe(2);
  });

  it('exits 1 when a run could not complete', async () => {
    const result = await runCli([
      'connectors',
      'run',
      'betterplace',
      '--base-url',
      `${replica.url}/gone`,
      '--out',
      path.join(dir, 'x.ndjson'),
    ]);
    expect(result.code).toBe(1);
  });

  it('harvests into the store, reports status, lists and retries the quarantine', async () => {
    const harvest = await runCli(['harvest', 'betterplace', '--config', config]);
    expect(harvest.code).toBe(0);
    const status = await runCli(['--config', config, 'sources', 'status', '--json']);
    const betterplace = (
      JSON.parse(status.stdout) as {
        source: string;
        records: number;
        quarantined: number;
        runs: { status: string }[];
      }[]
    ).find((s) => s.source === 'betterplace');
    expect(betterplace?.records).toBeGreaterThan(20);
    expect(betterplace?.quarantined).toBe(2);
    expect(betterplace?.runs[0]?.status).toBe('succeeded');

    const list = await runCli(['--config', config, 'quarantine', 'list', '--source', 'betterplace']);
    expect(list.stdout).toContain('2 quarantined records of betterplace');
    expect(list.stdout).toMatch(/betterplace:projects:\d+ {2}\[validation\]/);
    const retry = await runCli(['--config', config, 'quarantine', 'retry']);
    expect(retry.stdout).toContain('retried 2: 0 fixed and stored, 2 still failing');
  });

  it('names an unknown source and a bad config file with exit code 2', async () => {
    expect((await runCli(['--config', config, 'harvest', 'nope'])).stderr).toContain('unknown source "nope"');
    const bad = path.join(dir, 'bad.yaml');
    await writeFile(bad, 'sources:\n  x:\n    connector: betterplace\n    schedule: "every day"\n');
    const result = await runCli(['--config', bad, 'harvest']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('bad.yaml is not valid');
    expect(result.stderr).toContain('sources.x.schedule');
  });
});
