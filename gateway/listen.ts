import type http from 'node:http';
import type { AddressInfo } from 'node:net';

/** Where a server listens: its base URL (loopback when it listens on every address) and port. */
export interface Listening {
  readonly url: string;
  readonly port: number;
}

/** Starts an HTTP server on a host and port (0 = a free port) and tells its base URL. */
export async function listen(server: http.Server, host = '127.0.0.1', port = 0): Promise<Listening> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  const shown = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;
  return { url: `http://${shown.includes(':') ? `[${shown}]` : shown}:${address.port}`, port: address.port };
}

/** Stops a server: no new connections, open ones (keep-alive included) closed. */
export async function closeServer(server: http.Server): Promise<void> {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeAllConnections();
  await closed;
}
