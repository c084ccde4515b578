import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HarvestRun } from '../../store/index.ts';
import { type EdgeGraph, post, startEdgeGraph } from '../testing/edge-graph.ts';

const RUN: HarvestRun = {
  id: 'run-1',
  source: 'betterplace',
  connector: 'betterplace',
  status: 'succeeded',
  mode: 'incremental',
  startedAt: '2026-11-20T03:00:00.000Z',
  endedAt: '2026-11-20T03:00:42.000Z',
  pages: 3,
  fetched: 120,
  stored: 20,
  unchanged: 98,
  quarantined: 2,
  gone: 0,
  errors: [],
  durationMs: 42_000,
};

/** The value of one sample line of the Prometheus text, e.g. `name{a="1"} 3`. */
function sample(text: string, name: string, labels: Record<string, string>): number | undefined {
  const wanted = Object.entries(labels).map(([key, value]) => `${key}="${value}"`);
  const line = text
    .split('\n')
    .find((row) => row.startsWith(`${name}{`) && wanted.every((label) => row.includes(label)));
  return line ? Number(line.slice(line.lastIndexOf(' ') + 1)) : undefined;
}

describe('Prometheus metrics at /metrics', () => {
  let edge: EdgeGraph;
  let broken: EdgeGraph;

  beforeAll(async () => {
    edge = await startEdgeGraph();
    broken = await startEdgeGraph({ subgraphUrls: (urls) => ({ ...urls, funding: 'http://127.0.0.1:9/' }) });
  });
  afterAll(async () => {
    await edge.close();
    await broken.close();
  });

  const scrape = async (graph: EdgeGraph) => {
    const response = await fetch(`${graph.gateway.url}/metrics`);
    expect(response.headers.get('content-type')).toContain('text/plain');
    return response.text();
  };

  it('counts requests and their latency by operation type and status, and errors by code', async () => {
    for (let i = 0; i < 3; i++) await post(edge.url, '{ initiatives(first: 1) { totalCount } }');
    await post(edge.url, '{ nonsense }');
    const text = await scrape(edge);
    expect(sample(text, 'knooppunt_graphql_requests_total', { operation_type: 'query', status: '200' })).toBe(
      4,
    );
    expect(
      sample(text, 'knooppunt_graphql_request_duration_seconds_count', {
        operation_type: 'query',
        status: '200',
      }),
    ).toBe(4);
    expect(text).toContain('knooppunt_graphql_request_duration_seconds_bucket{le="0.005"');
    expect(sample(text, 'knooppunt_graphql_errors_total', { code: 'GRAPHQL_VALIDATION_FAILED' })).toBe(1);
  });

  it('counts subgraph calls, their latency and their errors by subgraph', async () => {
    await post(broken.url, '{ initiatives(first: 2) { totalCount edges { node { id } } } }');
    await post(broken.url, '{ initiatives(first: 2) { edges { node { campaigns { title } } } } }');
    const text = await scrape(broken);
    expect(
      sample(text, 'knooppunt_subgraph_requests_total', { subgraph: 'initiatives', outcome: 'ok' }),
    ).toBe(2);
    expect(
      sample(text, 'knooppunt_subgraph_requests_total', { subgraph: 'funding', outcome: 'unavailable' }),
    ).toBe(1);
    expect(
      sample(text, 'knooppunt_subgraph_request_duration_seconds_count', { subgraph: 'initiatives' }),
    ).toBe(2);
    expect(
      sample(text, 'knooppunt_subgraph_errors_total', { subgraph: 'funding', code: 'SUBGRAPH_UNAVAILABLE' }),
    ).toBe(1);
  });

  it('counts harvest runs handed to recordHarvestRun by source and status, with durations and records', async () => {
    edge.gateway.metrics.recordHarvestRun(RUN);
    edge.gateway.metrics.recordHarvestRun({
      ...RUN,
      id: 'run-2',
      status: 'failed',
      endedAt: undefined,
      durationMs: 5000,
    });
    edge.gateway.metrics.recordHarvestRun({ ...RUN, id: 'run-3', status: 'running' });
    const text = await scrape(edge);
    const source = { source: 'betterplace' };
    expect(sample(text, 'knooppunt_harvest_runs_total', { ...source, status: 'succeeded' })).toBe(1);
    expect(sample(text, 'knooppunt_harvest_runs_total', { ...source, status: 'failed' })).toBe(1);
    expect(
      sample(text, 'knooppunt_harvest_run_duration_seconds_sum', { ...source, status: 'succeeded' }),
    ).toBe(42);
    expect(sample(text, 'knooppunt_harvest_records_total', { ...source, outcome: 'stored' })).toBe(40);
    expect(sample(text, 'knooppunt_harvest_last_success_timestamp_seconds', source)).toBe(
      Date.parse(RUN.endedAt!) / 1000,
    );
  });

  it("includes the process's own metrics", async () => {
    expect(await scrape(edge)).toContain('knooppunt_process_resident_memory_bytes');
  });
});
