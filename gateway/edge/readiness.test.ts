import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type EdgeGraph, startEdgeGraph } from '../testing/edge-graph.ts';

describe('liveness and readiness of the gateway', () => {
  let edge: EdgeGraph;
  let missing: EdgeGraph;

  beforeAll(async () => {
    edge = await startEdgeGraph();
    missing = await startEdgeGraph({ subgraphUrls: (urls) => ({ ...urls, funding: 'http://127.0.0.1:9/' }) });
  });
  afterAll(async () => {
    await edge.close();
    await missing.close();
  });

  it('is alive at /healthz', async () => {
    const response = await fetch(`${edge.gateway.url}/healthz`);
    expect(response.status).toBe(200);
  });

  it('is ready at /readyz when the supergraph is loaded and every subgraph answers', async () => {
    const response = await fetch(`${edge.gateway.url}/readyz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      ready: true,
      supergraph: true,
      subgraphs: { initiatives: 'ok', funding: 'ok', volunteering: 'ok', marketplace: 'ok', sources: 'ok' },
    });
  });

  it('is not ready while a subgraph does not answer, and says which', async () => {
    const response = await fetch(`${missing.gateway.url}/readyz`);
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({
      ready: false,
      supergraph: true,
      subgraphs: {
        initiatives: 'ok',
        funding: 'unreachable',
        volunteering: 'ok',
        marketplace: 'ok',
        sources: 'ok',
      },
    });
    expect((await fetch(`${missing.gateway.url}/healthz`)).status).toBe(200);
  });
});
