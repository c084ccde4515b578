import {
  create360GivingReplica,
  DEMO_SOURCE_OPTIONS as THREESIXTYGIVING_DEMO,
} from '../../connectors/360giving/index.ts';
import { createBetterplaceReplica } from '../../connectors/betterplace/index.ts';
import {
  createGlobalGivingReplica,
  DEMO_REPLICA_OPTIONS as GLOBALGIVING_DEMO,
  REPLICA_API_KEY as GLOBALGIVING_KEY,
} from '../../connectors/globalgiving/index.ts';
import { createHsdsReplica } from '../../connectors/hsds/index.ts';
import { createJsonLdReplica, DEMO_SOURCE_OPTIONS as JSONLD_DEMO } from '../../connectors/jsonld/index.ts';
import { createKivaReplica } from '../../connectors/kiva/index.ts';
import { createOpenCollectiveReplica } from '../../connectors/opencollective/index.ts';
import { createOpenstadReplica } from '../../connectors/openstad/index.ts';
import {
  createSchemaOrgMarketReplica,
  DEMO_SOURCE_OPTIONS as SCHEMAORG_MARKET_DEMO,
} from '../../connectors/schemaorg-market/index.ts';
import {
  createUshahidiReplica,
  DEMO_SOURCE_OPTIONS as USHAHIDI_DEMO,
} from '../../connectors/ushahidi/index.ts';
import { createTabularReplica, DEMO_SOURCE_OPTIONS as TABULAR_DEMO } from '../../connectors/tabular/index.ts';
import {
  generateWorld,
  type ReplicaHandler,
  startReplicaServer,
  type World,
} from '../../connectors/replica/index.ts';

/** How the demo runs one built-in platform: its replica and the source options that point at it. */
export interface DemoPlatform {
  /** The connector id, used as the source id too. */
  readonly connector: string;
  readonly replica: (world: World) => ReplicaHandler;
  /** Source options besides the base URL. */
  readonly options?: Readonly<Record<string, unknown>>;
  /** Secret source options the replica accepts (e.g. an API key); given as if from the environment. */
  readonly secrets?: Readonly<Record<string, string>>;
}

/** Every built-in platform the demo harvests, by connector id. */
export const DEMO_PLATFORMS: readonly DemoPlatform[] = [
  { connector: 'betterplace', replica: (world) => createBetterplaceReplica(world, {}) },
  {
    connector: 'globalgiving',
    replica: (world) => createGlobalGivingReplica(world, GLOBALGIVING_DEMO),
    secrets: { apiKey: GLOBALGIVING_KEY },
  },
  { connector: 'opencollective', replica: (world) => createOpenCollectiveReplica(world) },
  { connector: 'kiva', replica: (world) => createKivaReplica(world) },
  { connector: 'openstad', replica: (world) => createOpenstadReplica(world) },
  { connector: 'ushahidi', replica: (world) => createUshahidiReplica(world), options: USHAHIDI_DEMO },
  {
    connector: 'schemaorg-market',
    replica: (world) => createSchemaOrgMarketReplica(world),
    options: SCHEMAORG_MARKET_DEMO,
  },
  { connector: 'hsds', replica: (world) => createHsdsReplica(world) },
  {
    connector: '360giving',
    replica: (world) => create360GivingReplica(world),
    options: THREESIXTYGIVING_DEMO,
  },
  { connector: 'jsonld', replica: (world) => createJsonLdReplica(world), options: JSONLD_DEMO },
  { connector: 'tabular', replica: (world) => createTabularReplica(world), options: TABULAR_DEMO },
];

/** A replica of one platform, serving the shared world on loopback. */
export interface RunningReplica {
  readonly platform: DemoPlatform;
  readonly url: string;
  close(): Promise<void>;
}

/** Generates the shared world and starts a replica of every built-in platform on loopback. */
export async function startDemoReplicas(options: { seed: number; size: number }): Promise<RunningReplica[]> {
  const world = generateWorld({ seed: options.seed, size: options.size });
  const running: RunningReplica[] = [];
  for (const platform of DEMO_PLATFORMS) {
    const server = await startReplicaServer(platform.replica(world), { port: 0, host: '127.0.0.1' });
    running.push({ platform, url: server.url, close: () => server.close() });
  }
  return running;
}
