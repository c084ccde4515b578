import { createBetterplaceReplica } from '../../connectors/betterplace/index.ts';
import { generateWorld, startReplicaServer, type World } from '../../connectors/replica/index.ts';

/** A replica of one platform, serving the shared world on loopback. */
export interface RunningReplica {
  /** The connector the replica stands in for. */
  readonly connector: string;
  readonly url: string;
  close(): Promise<void>;
}

/** Every built-in connector's replica, by connector id. */
const REPLICAS: Readonly<Record<string, (world: World) => Parameters<typeof startReplicaServer>[0]>> = {
  betterplace: (world) => createBetterplaceReplica(world, {}),
};

/** Connector ids that have a replica, i.e. that `knooppunt demo` harvests. */
export const DEMO_CONNECTORS = Object.keys(REPLICAS);

/** Generates the shared world and starts a replica of every built-in platform on loopback. */
export async function startDemoReplicas(options: { seed: number; size: number }): Promise<RunningReplica[]> {
  const world = generateWorld({ seed: options.seed, size: options.size });
  const running: RunningReplica[] = [];
  for (const [connector, create] of Object.entries(REPLICAS)) {
    const server = await startReplicaServer(create(world), { port: 0, host: '127.0.0.1' });
    running.push({ connector, url: server.url, close: () => server.close() });
  }
  return running;
}
