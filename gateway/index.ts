/** The gateway: the federated graph at the edge. Exports here are public API. */
export { Role, ServerConfig, type ServerConfigInput } from './config.ts';
export { DEFAULT_QUERY, type GatewayOptions, type RunningGateway, startGateway } from './gateway.ts';
export { closeServer, type Listening, listen } from './listen.ts';
export {
  createMetrics,
  type HarvestMetrics,
  type Metrics,
  type MetricsServer,
  serveMetrics,
} from './metrics/index.ts';
export { checkServerSecrets } from './server-secrets.ts';
