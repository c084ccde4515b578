import http from 'node:http';
import { closeServer, listen } from '../listen.ts';
import type { Metrics } from './metrics.ts';

/** A small HTTP server of `/metrics` and `/healthz`, for processes without a gateway (the harvester). */
export interface MetricsServer {
  readonly url: string;
  close(): Promise<void>;
}

/**
 * Serves `/metrics` (Prometheus text format) and `/healthz` on its own port.
 *
 * @example
 * const server = await serveMetrics(metrics, { host: '0.0.0.0', port: 9464 });
 */
export async function serveMetrics(
  metrics: Metrics,
  options: { readonly host?: string; readonly port?: number } = {},
): Promise<MetricsServer> {
  const server = http.createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0];
    if (path === '/healthz') {
      response.writeHead(200, { 'content-type': 'application/json' }).end('{"message":"alive"}');
    } else if (path === '/metrics') {
      metrics.render().then(
        ({ contentType, body }) => response.writeHead(200, { 'content-type': contentType }).end(body),
        () => response.writeHead(500).end(),
      );
    } else {
      response.writeHead(404).end();
    }
  });
  const { url } = await listen(server, options.host, options.port);
  return { url, close: () => closeServer(server) };
}
