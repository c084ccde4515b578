import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codes, type EdgeGraph, post, startEdgeGraph } from '../testing/edge-graph.ts';

/** An initiative (from the initiatives subgraph) next to its campaigns (from the funding subgraph). */
const ACROSS = `query($id: ID!) {
  initiatives(first: 1) { totalCount }
  initiative(id: $id) { name campaigns { title } }
}`;

interface Across {
  initiatives: { totalCount: number };
  initiative: { name: string; campaigns: { title: string }[] } | null;
}

describe('partial results when a subgraph is down or slow', () => {
  let edge: EdgeGraph;
  let dead: EdgeGraph;
  let id: string;

  beforeAll(async () => {
    edge = await startEdgeGraph({ server: { limits: { subgraphTimeoutMs: 2000 } }, proxy: ['funding'] });
    // Port 9 (discard) has no listener on a test machine: the connection is refused at once.
    dead = await startEdgeGraph({ subgraphUrls: (urls) => ({ ...urls, funding: 'http://127.0.0.1:9/' }) });
    const first = await post<{ initiatives: { edges: { node: { id: string } }[] } }>(
      edge.url,
      '{ initiatives(first: 1) { edges { node { id } } } }',
    );
    id = first.data!.initiatives.edges[0]!.node.id;
  });
  afterAll(async () => {
    await edge.close();
    await dead.close();
  });

  it('joins both subgraphs while both answer', async () => {
    const answer = await post<Across>(edge.url, ACROSS, { variables: { id } });
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.initiative?.campaigns).toHaveLength(1);
  });

  it('answers what the others gave and names a stopped subgraph in a SUBGRAPH_UNAVAILABLE error', async () => {
    const answer = await post<Across>(dead.url, ACROSS, { variables: { id } });
    expect(answer.status).toBe(200);
    expect(answer.data?.initiatives.totalCount).toBe(6);
    expect(codes(answer)).toEqual(['SUBGRAPH_UNAVAILABLE']);
    expect(answer.errors?.[0]?.message).toBe(
      'The funding subgraph could not be reached; the rest of the answer is complete',
    );
    expect(answer.errors?.[0]?.extensions).toEqual({ code: 'SUBGRAPH_UNAVAILABLE', subgraph: 'funding' });
    expect(answer.errors?.[0]?.path).toEqual(['initiative', 'campaigns']);
    expect(JSON.stringify(answer)).not.toContain('127.0.0.1');
  });

  it('treats a subgraph slower than subgraphTimeoutMs as unavailable', async () => {
    edge.proxies.funding!.delayMs = 10_000;
    const answer = await post<Across>(edge.url, ACROSS, { variables: { id } });
    edge.proxies.funding!.delayMs = 0;
    expect(answer.status).toBe(200);
    expect(answer.data?.initiatives.totalCount).toBe(6);
    expect(codes(answer)).toEqual(['SUBGRAPH_UNAVAILABLE']);
    expect(answer.errors?.[0]?.message).toBe(
      'The funding subgraph did not answer within 2000 ms; the rest of the answer is complete',
    );
  });

  it('treats a subgraph that answers an HTTP error without GraphQL as unavailable', async () => {
    edge.proxies.funding!.reply = { status: 502, body: '<html>Bad gateway</html>' };
    const answer = await post<Across>(edge.url, ACROSS, { variables: { id } });
    edge.proxies.funding!.reply = undefined;
    expect(answer.status).toBe(200);
    expect(codes(answer)).toEqual(['SUBGRAPH_UNAVAILABLE']);
    expect(answer.errors?.[0]?.message).toBe(
      'The funding subgraph answered HTTP 502 without a GraphQL result; the rest of the answer is complete',
    );
  });

  it('logs why a subgraph was unavailable', () => {
    expect(dead.logs).toContainEqual(
      expect.objectContaining({
        msg: 'subgraph unavailable',
        subgraph: 'funding',
        reason: expect.stringContaining('ECONNREFUSED'),
      }),
    );
  });
});
