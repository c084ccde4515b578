import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createBetterplaceReplica } from '../../connectors/betterplace/index.ts';
import { generateWorld, type ReplicaServer, startReplicaServer } from '../../connectors/replica/index.ts';
import { describeWithRedis } from '../../store/redis/with-test-redis.ts';
import {
  freePort,
  graphql,
  type KnooppuntProcess,
  startKnooppunt,
  waitForOk,
} from '../../test/support/processes.ts';
import { runCli } from '../../test/support/cli.ts';

const TOKEN = 'distributed-test-token-0123456789abcdef';

interface Connection {
  initiatives: { totalCount: number; edges: { node: { name: string; campaigns: { title: string }[] } }[] };
}

await describeWithRedis(
  'the distributed mode: subgraph, gateway and harvester processes over Redis',
  (redis) => {
    let dir: string;
    let replica: ReplicaServer;
    const processes: KnooppuntProcess[] = [];
    let gatewayUrl: string;
    let metricsUrl: string;

    beforeAll(async () => {
      dir = await mkdtemp(path.join(tmpdir(), 'kp-distributed-'));
      replica = await startReplicaServer(createBetterplaceReplica(generateWorld({ seed: 11, size: 40 })));
      const names = ['initiatives', 'funding', 'volunteering', 'marketplace', 'sources'];
      const subgraphPorts = await Promise.all(names.map(() => freePort()));
      const [gatewayPort, metricsPort] = await Promise.all([1, 2].map(() => freePort()));
      gatewayUrl = `http://127.0.0.1:${gatewayPort}`;
      metricsUrl = `http://127.0.0.1:${metricsPort}`;
      const config = path.join(dir, 'knooppunt.config.yaml');
      await writeFile(
        config,
        [
          `store: { backend: redis, url: "${redis.url}", prefix: "${redis.prefix}" }`,
          'server:',
          '  internalToken: ${KNOOPPUNT_INTERNAL_TOKEN}',
          '  subgraphUrls:',
          ...names.map((name, i) => `    ${name}: http://127.0.0.1:${subgraphPorts[i]}/`),
          'harvest: { jitterSeconds: 0, runAtStartWhenEmpty: true }',
          'sources:',
          '  betterplace:',
          '    connector: betterplace',
          `    baseUrl: ${replica.url}`,
          '    limits: { concurrency: 8, requestsPerMinute: 60000 }',
          '',
        ].join('\n'),
      );
      const env = { KNOOPPUNT_INTERNAL_TOKEN: TOKEN };
      processes.push(
        ...names.map((name, i) =>
          startKnooppunt(['subgraph', name, '--port', String(subgraphPorts[i]), '--config', config], env),
        ),
        startKnooppunt(['gateway', '--port', String(gatewayPort), '--config', config], env),
        startKnooppunt(['harvester', '--metrics-port', String(metricsPort), '--config', config], env),
      );
      await waitForOk(`${gatewayUrl}/readyz`);
    }, 120_000);

    afterAll(async () => {
      for (const process of processes) await process.stop();
      await replica?.close();
      await rm(dir, { recursive: true, force: true });
    });

    it('serves what the harvester stores: subgraph replicas follow the change feed in Redis', async () => {
      await expect
        .poll(
          async () =>
            (await graphql<Connection>(`${gatewayUrl}/graphql`, '{ initiatives(first: 1) { totalCount } }'))
              .data?.initiatives.totalCount ?? 0,
          { timeout: 60_000, interval: 500 },
        )
        .toBeGreaterThan(0);
      const answer = await graphql<Connection>(
        `${gatewayUrl}/graphql`,
        '{ initiatives(first: 50) { totalCount edges { node { name campaigns { title } } } } }',
      );
      expect(answer.errors).toBeUndefined();
      const campaigns = answer.data?.initiatives.edges.flatMap((edge) => edge.node.campaigns) ?? [];
      expect(campaigns.length).toBeGreaterThan(0);
    });

    it("counts the harvester's runs at its own /metrics", async () => {
      await expect
        .poll(
          async () =>
            (await fetch(`${metricsUrl}/metrics`).then((r) => r.text())).includes(
              'knooppunt_harvest_runs_total{source="betterplace",status="succeeded"} 1',
            ),
          { timeout: 60_000, interval: 500 },
        )
        .toBe(true);
    });

    it('refuses to start a gateway without every subgraph URL or without the internal token, naming the field', async () => {
      const bare = path.join(dir, 'bare.yaml');
      await writeFile(bare, `store: { backend: redis, url: "${redis.url}", prefix: "${redis.prefix}" }\n`);
      const noUrls = await runCli(['gateway', '--port', '0', '--config', bare]);
      expect(noUrls.code).toBe(2);
      expect(noUrls.stderr).toContain(
        'server.subgraphUrls: has no URL for initiatives, funding, volunteering, marketplace, sources',
      );
      const urls = ['initiatives', 'funding', 'volunteering', 'marketplace', 'sources'].map(
        (name) => `${name}: "http://127.0.0.1:9/"`,
      );
      await writeFile(bare, `server:\n  subgraphUrls: { ${urls.join(', ')} }\n`);
      const noToken = await runCli(['gateway', '--port', '0', '--config', bare]);
      expect(noToken.code).toBe(2);
      expect(noToken.stderr).toContain('server.internalToken: is required in the distributed mode');
    });
  },
);
