import { afterEach, describe, expect, it } from 'vitest';
import { createHttpClient } from '../sdk/index.ts';
import { triggers, withFaults } from './faults.ts';
import { jsonResponse, type ReplicaServer, startReplicaServer } from './server.ts';

let server: ReplicaServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const retrying = (retries = 5) =>
  createHttpClient({
    userAgent: 'knooppunt-test',
    retries,
    backoffBaseMs: 1,
    backoffMaxMs: 5,
    limits: { concurrency: 1 },
  });

const ok = () => jsonResponse(200, { data: 'x'.repeat(2000) });

describe('triggers', () => {
  it('hits listed requests, every n-th request with optional bursts, and one burst from a start', () => {
    const hits = (trigger: Parameters<typeof triggers>[0]) =>
      Array.from({ length: 25 }, (_, i) => i + 1).filter((n) => triggers(trigger, n));
    expect(hits({ on: [2, 7] })).toEqual([2, 7]);
    expect(hits({ every: 10 })).toEqual([10, 20]);
    expect(hits({ every: 10, count: 3 })).toEqual([10, 11, 12, 20, 21, 22]);
    expect(hits({ from: 4, count: 3 })).toEqual([4, 5, 6]);
    expect(hits({})).toEqual([]);
  });
});

describe('withFaults over real HTTP', () => {
  it('answers 429 with Retry-After in seconds on the chosen request, and the client waits and retries', async () => {
    const handler = withFaults(ok, { rateLimit: { on: [1], retryAfterSeconds: 0 } });
    server = await startReplicaServer(handler);
    const retries: string[] = [];
    const http = createHttpClient({
      userAgent: 't',
      backoffBaseMs: 1,
      limits: { concurrency: 1 },
      onRetry: (info) => retries.push(info.reason),
    });
    const response = await http.json(`${server.url}/x`);
    expect(response.status).toBe(200);
    expect(retries).toEqual(['HTTP 429']);
    expect(handler.log).toEqual({ requests: 2, injected: [{ request: 1, fault: 'rate-limit' }] });
  });

  it('can send Retry-After as an HTTP date', async () => {
    const handler = withFaults(ok, {
      rateLimit: { every: 1, retryAfterSeconds: 30, retryAfterFormat: 'http-date' },
    });
    server = await startReplicaServer(handler);
    const response = await fetch(`${server.url}/x`);
    expect(response.status).toBe(429);
    const retryAt = Date.parse(response.headers.get('retry-after') ?? '');
    expect(retryAt).toBeGreaterThan(Date.now() + 20_000);
  });

  it('fails a burst of requests with 500 and lets the client recover after it', async () => {
    const handler = withFaults(ok, { serverError: { from: 1, count: 3, body: { name: 'GeneralError' } } });
    server = await startReplicaServer(handler);
    const response = await retrying().json(`${server.url}/x`);
    expect(response.status).toBe(200);
    expect(handler.log.requests).toBe(4);
    expect(handler.log.injected.map((f) => f.fault)).toEqual([
      'server-error',
      'server-error',
      'server-error',
    ]);
  });

  it('gives up when the burst outlasts the retries, with the 500 as a transient error', async () => {
    server = await startReplicaServer(withFaults(ok, { serverError: { every: 1 } }));
    await expect(retrying(2).json(`${server.url}/x`)).rejects.toMatchObject({
      status: 500,
      type: 'transient',
    });
  });

  it('truncates a body (Content-Length larger than what is sent), which the client retries', async () => {
    const handler = withFaults(ok, { truncate: { on: [1, 2] } });
    server = await startReplicaServer(handler);
    const raw = await fetch(`${server.url}/x`);
    expect(Number(raw.headers.get('content-length'))).toBeGreaterThan(2000);
    await expect(raw.text()).rejects.toThrow();
    const response = await retrying().json<{ data: string }>(`${server.url}/x`);
    expect(response.body.data).toHaveLength(2000);
    expect(handler.log.requests).toBe(3);
    expect(handler.log.injected.map((f) => f.request)).toEqual([1, 2]);
  });

  it('adds latency to every answer', async () => {
    const handler = withFaults(ok, { latencyMs: 5 });
    server = await startReplicaServer(handler);
    expect((await retrying().json(`${server.url}/x`)).status).toBe(200);
    expect(handler.log.injected).toEqual([]);
  });
});
