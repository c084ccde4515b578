// Benchmark worker: a betterplace replica over a generated world, in its own process so that serving
// pages does not share an event loop with the harvester being measured. Prints `{ url, projects }`.
import { parseArgs } from 'node:util';
import { createBetterplaceReplica } from '../../connectors/betterplace/index.ts';
import { generateWorld, startReplicaServer } from '../../connectors/replica/index.ts';

const { values } = parseArgs({
  options: { size: { type: 'string' }, seed: { type: 'string', default: '2026' } },
});
const world = generateWorld({ seed: Number(values.seed), size: Number(values.size) });
const projects = world.initiatives.reduce(
  (sum, i) => sum + i.campaigns.filter((c) => c.platform === 'betterplace').length,
  0,
);
const server = await startReplicaServer(createBetterplaceReplica(world, {}));
process.stdout.write(`${JSON.stringify({ url: server.url, projects })}\n`);
process.once('SIGTERM', () => void server.close().then(() => process.exit(0)));
