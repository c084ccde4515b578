import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codes, type EdgeGraph, startEdgeGraph } from '../testing/edge-graph.ts';

const QUERY = '{ initiatives(first: 1) { totalCount } }';

describe('CSRF prevention at the gateway', () => {
  let edge: EdgeGraph;

  beforeAll(async () => {
    edge = await startEdgeGraph();
  });
  afterAll(() => edge.close());

  const get = (headers: Record<string, string> = {}) =>
    fetch(`${edge.url}?query=${encodeURIComponent(QUERY)}`, {
      headers: { accept: 'application/json', ...headers },
    });

  it('refuses a GET without a header a cross-site page could not send, with 403 CSRF_REJECTED', async () => {
    const response = await get();
    expect(response.status).toBe(403);
    const answer = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(codes(answer)).toEqual(['CSRF_REJECTED']);
    expect(answer.errors[0]?.message).toContain('x-graphql-csrf');
  });

  it('answers a GET that carries x-graphql-csrf or apollo-require-preflight', async () => {
    const variants: Record<string, string>[] = [
      { 'x-graphql-csrf': '1' },
      { 'apollo-require-preflight': 'true' },
    ];
    for (const headers of variants) {
      const response = await get(headers);
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ data: { initiatives: { totalCount: 6 } } });
    }
  });

  it('refuses a form or plain-text POST, which browsers send cross-site without a preflight', async () => {
    for (const contentType of ['text/plain', 'application/x-www-form-urlencoded']) {
      const response = await fetch(edge.url, {
        method: 'POST',
        headers: { 'content-type': contentType, accept: 'application/json' },
        body: JSON.stringify({ query: QUERY }),
      });
      expect(response.status).toBe(403);
      expect(codes((await response.json()) as { errors: { extensions: { code: string } }[] })).toEqual([
        'CSRF_REJECTED',
      ]);
    }
  });

  it('answers a JSON POST, which a browser preflights', async () => {
    const response = await fetch(edge.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: QUERY }),
    });
    expect(response.status).toBe(200);
  });
});
