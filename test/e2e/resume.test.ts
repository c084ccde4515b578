import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBetterplaceReplica } from '../../connectors/betterplace/index.ts';
import { generateWorld, type ReplicaServer, startReplicaServer } from '../../connectors/replica/index.ts';
import { INDEXES, openStore } from '../../store/index.ts';
import { runCli } from '../support/cli.ts';
import { startKnooppunt } from '../support/processes.ts';

/** Keys in the store's change feed with how many source-record upserts each got. */
async function upsertsPerKey(file: string): Promise<Map<string, number>> {
  const store = await openStore({ backend: 'sqlite', path: file });
  try {
    const counts = new Map<string, number>();
    for (let after = 0; ;) {
      const changes = await store.readChanges(after, 5000);
      if (changes.length === 0) return counts;
      for (const change of changes) {
        if (change.entity === 'sourceRecord' && change.op === 'upsert')
          counts.set(change.key, (counts.get(change.key) ?? 0) + 1);
      }
      after = changes.at(-1)?.seq ?? after;
    }
  } finally {
    await store.close();
  }
}

describe('a harvest killed with SIGKILL mid-run', () => {
  let dir: string;
  let replica: ReplicaServer;
  let projectPages = 0;
  let reachedPage: () => void;
  const killPoint = new Promise<void>((resolve) => (reachedPage = resolve));

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'kp-resume-'));
    const handler = createBetterplaceReplica(generateWorld({ seed: 5, size: 500 }), {});
    replica = await startReplicaServer(async (request) => {
      if (request.path.endsWith('/projects.json')) {
        projectPages++;
        if (projectPages === 6) reachedPage();
        // Slow pages give the test time to kill the harvester between two of them.
        await new Promise((resolve) => setTimeout(resolve, 150));
      }
      return handler(request);
    });
    await writeFile(
      path.join(dir, 'knooppunt.config.yaml'),
      [
        `store: { backend: sqlite, path: ${path.join(dir, 'store.db')} }`,
        'harvest: { leaseSeconds: 1 }',
        'sources:',
        '  betterplace:',
        '    connector: betterplace',
        `    baseUrl: ${replica.url}`,
        '    limits: { concurrency: 8, requestsPerMinute: 60000 }',
        '    options: { perPage: 20 }',
        '',
      ].join('\n'),
    );
    await writeFile(
      path.join(dir, 'fast.yaml'),
      'limits: { concurrency: 8, requestsPerMinute: 60000 }\noptions: { perPage: 200 }\n',
    );
  });

  afterAll(async () => {
    await replica.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('resumes from its last checkpoint with no record lost and none written twice', async () => {
    const config = path.join(dir, 'knooppunt.config.yaml');
    const first = startKnooppunt(['harvest', 'betterplace', '--config', config]);
    await killPoint;
    first.child.kill('SIGKILL');
    expect(await first.stop()).toBeNull();

    const partial = await upsertsPerKey(path.join(dir, 'store.db'));
    expect(partial.size).toBeGreaterThan(0);

    // The crashed harvester's lease expires after a second; then the next run takes the source over.
    await new Promise((resolve) => setTimeout(resolve, 1200));
    const second = await runCli(['harvest', 'betterplace', '--config', config]);
    expect(second.code).toBe(0);
    const summary = second.logs.find((line) => line.msg === 'harvest succeeded');
    expect(summary?.pages).toBeLessThan(projectPages);

    const reference = path.join(dir, 'reference.ndjson');
    expect(
      (
        await runCli([
          'connectors',
          'run',
          'betterplace',
          '--base-url',
          replica.url,
          '--config',
          path.join(dir, 'fast.yaml'),
          '--out',
          reference,
        ])
      ).code,
    ).toBe(0);
    const expected = (await readFile(reference, 'utf8'))
      .trim()
      .split('\n')
      .map((line) => (JSON.parse(line) as { key: string }).key);

    const upserts = await upsertsPerKey(path.join(dir, 'store.db'));
    expect([...upserts.keys()].sort()).toEqual([...expected].sort());
    expect([...upserts.values()].every((count) => count === 1)).toBe(true);

    const store = await openStore({ backend: 'sqlite', path: path.join(dir, 'store.db') });
    try {
      expect(await store.countSourceRecords('betterplace')).toBe(expected.length);
      const memberships = await store.lookupIndex(INDEXES.memberOf, expected);
      expect(expected.every((key) => memberships.get(key)?.length === 1)).toBe(true);
    } finally {
      await store.close();
    }
  });
});
