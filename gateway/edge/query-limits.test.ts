import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codes, type EdgeGraph, post, startEdgeGraph } from '../testing/edge-graph.ts';

describe('query limits at the gateway', () => {
  let edge: EdgeGraph;

  beforeAll(async () => {
    edge = await startEdgeGraph({
      server: { limits: { maxDepth: 5, maxAliases: 2, maxTokens: 60, maxCost: 400 } },
    });
  });
  afterAll(() => edge.close());

  it('answers a query within every limit', async () => {
    const answer = await post(
      edge.url,
      '{ initiatives(first: 2) { totalCount edges { node { id name } } } }',
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data).toMatchObject({ initiatives: { totalCount: 6 } });
  });

  it('refuses a query deeper than maxDepth with QUERY_TOO_COMPLEX, naming the limit', async () => {
    const answer = await post(
      edge.url,
      '{ initiatives(first: 1) { edges { node { campaigns { initiative { id } } } } } }',
    );
    expect(codes(answer)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(answer.errors?.[0]?.message).toMatch(/depth limit of 5 exceeded, found 6/i);
    expect(answer.data ?? null).toBeNull();
  });

  it('refuses more aliases than maxAliases', async () => {
    const answer = await post(
      edge.url,
      '{ a: initiatives(first: 1) { totalCount } b: initiatives(first: 1) { totalCount } c: initiatives(first: 1) { totalCount } }',
    );
    expect(codes(answer)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(answer.errors?.[0]?.message).toMatch(/aliases limit of 2 exceeded, found 3/i);
  });

  it('refuses a document of more tokens than maxTokens while parsing it', async () => {
    const fields = Array.from({ length: 60 }, () => 'name').join(' ');
    const answer = await post(edge.url, `{ initiatives(first: 1) { edges { node { ${fields} } } } }`);
    expect(codes(answer)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(answer.errors?.[0]?.message).toMatch(/token limit of 60 exceeded/i);
  });

  it('refuses a query whose estimated cost, page sizes included, is over maxCost', async () => {
    const answer = await post(
      edge.url,
      '{ initiatives(first: 100) { edges { node { id name summary campaigns { title } } } } }',
    );
    expect(codes(answer)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(answer.errors?.[0]?.message).toMatch(/cost limit of 400 exceeded/i);
  });
});
