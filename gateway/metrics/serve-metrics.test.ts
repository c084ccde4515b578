import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMetrics } from './metrics.ts';
import { type MetricsServer, serveMetrics } from './serve-metrics.ts';

describe('the metrics server of a process without a gateway', () => {
  const metrics = createMetrics();
  let server: MetricsServer;

  beforeAll(async () => {
    server = await serveMetrics(metrics);
  });
  afterAll(() => server.close());

  it('serves harvest metrics at /metrics and liveness at /healthz', async () => {
    metrics.recordHarvestRun({
      id: 'r',
      source: 'globalgiving',
      connector: 'globalgiving',
      status: 'cancelled',
      mode: 'full',
      startedAt: '2026-11-20T03:00:00.000Z',
      endedAt: '2026-11-20T03:00:01.000Z',
      pages: 1,
      fetched: 0,
      stored: 0,
      unchanged: 0,
      quarantined: 0,
      gone: 0,
      errors: [],
    });
    const text = await (await fetch(`${server.url}/metrics`)).text();
    expect(text).toContain('knooppunt_harvest_runs_total{source="globalgiving",status="cancelled"} 1');
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    expect((await fetch(`${server.url}/other`)).status).toBe(404);
  });
});
