import { Redis } from 'ioredis';

/** How long to wait for Redis to accept the connection before saying it does not answer. */
const CONNECT_TIMEOUT_MS = 5_000;

/** A Redis URL fit for messages and logs: any password replaced by `***`. */
export function redactRedisUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return url;
  }
}

/**
 * Connects to one Redis (with auto-pipelining, which the store's batches rely on) and checks it answers
 * PING; otherwise fails with an error that names the URL and the reason, and leaves nothing running.
 */
export async function connectRedis(url: string): Promise<Redis> {
  const client = new Redis(url, {
    lazyConnect: true,
    enableAutoPipelining: true,
    connectTimeout: CONNECT_TIMEOUT_MS,
  });
  let lastError: Error | undefined;
  // Failed commands reach their callers as rejections; without a listener ioredis would also print each
  // reconnect attempt. The last error is kept so that a failed connect can say why.
  client.on('error', (error: Error) => {
    lastError = error;
  });
  try {
    await client.connect();
    await client.ping();
  } catch (error) {
    client.disconnect();
    const reason = lastError?.message ?? (error as Error).message;
    throw new Error(`Redis at ${redactRedisUrl(url)} does not answer: ${reason}`, { cause: error });
  }
  return client;
}
