import http from 'node:http';
import { closeServer, listen } from '../listen.ts';

/** Headers that describe one connection, not the request, and are not forwarded. */
const HOP_BY_HOP = new Set(['host', 'connection', 'content-length', 'transfer-encoding', 'keep-alive']);

/** A proxy in front of a subgraph that records what the gateway sent and can answer late or badly. */
export interface SubgraphProxy {
  readonly url: string;
  /** Headers of every request that reached the proxy. */
  readonly requests: http.IncomingHttpHeaders[];
  /** Milliseconds to wait before forwarding; change it between tests. */
  delayMs: number;
  /** When set, answered instead of forwarding: an HTTP status and a body. */
  reply?: { status: number; body: string };
  close(): Promise<void>;
}

/**
 * Starts a recording proxy to `target` (a subgraph URL) on a free loopback port.
 *
 * @example
 * const proxy = await startSubgraphProxy(subgraphUrls.funding);
 * proxy.delayMs = 2000; // the funding subgraph is now slow
 */
export async function startSubgraphProxy(target: string): Promise<SubgraphProxy> {
  const timers = new Set<NodeJS.Timeout>();
  const proxy: SubgraphProxy = {
    url: '',
    requests: [],
    delayMs: 0,
    close: async () => undefined,
  };
  const server = http.createServer(async (request, response) => {
    proxy.requests.push(request.headers);
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    if (proxy.delayMs > 0) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          timers.delete(timer);
          resolve();
        }, proxy.delayMs);
        timers.add(timer);
      });
    }
    if (response.destroyed) return;
    if (proxy.reply) {
      response.writeHead(proxy.reply.status, { 'content-type': 'application/json' }).end(proxy.reply.body);
      return;
    }
    const headers = Object.entries(request.headers).filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string' && !HOP_BY_HOP.has(entry[0]),
    );
    const upstream = await fetch(target, {
      method: request.method,
      headers,
      body: Buffer.concat(chunks),
    }).catch(() => undefined);
    if (!upstream) return void response.writeHead(502).end();
    response
      .writeHead(upstream.status, {
        'content-type': upstream.headers.get('content-type') ?? 'application/json',
      })
      .end(Buffer.from(await upstream.arrayBuffer()));
  });
  const { url } = await listen(server);
  return Object.assign(proxy, {
    url: `${url}/`,
    async close() {
      for (const timer of timers) clearTimeout(timer);
      await closeServer(server);
    },
  });
}
