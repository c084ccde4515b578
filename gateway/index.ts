/** The gateway: the federated graph at the edge. Exports here are public API. */
export { DEFAULT_QUERY, type GatewayOptions, type RunningGateway, startGateway } from './gateway.ts';
