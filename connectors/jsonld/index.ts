/** The schema.org JSON-LD website connector and its replica. Exports here are public API. */
export { JsonLdConfig } from './config.ts';
export { jsonld } from './connector.ts';
export { mapNode } from './mapping.ts';
export { JsonLdRecord, NODE_KINDS, type NodeKind } from './raw.ts';
export {
  createJsonLdReplica,
  DEMO_SOURCE_OPTIONS,
  type JsonLdReplicaOptions,
  REPLICA_PUBLIC_URL,
} from './replica.ts';
