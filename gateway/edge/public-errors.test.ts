import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codes, type EdgeGraph, post, startEdgeGraph } from '../testing/edge-graph.ts';

describe('error codes and masking at the gateway', () => {
  let edge: EdgeGraph;

  beforeAll(async () => {
    edge = await startEdgeGraph({ proxy: ['initiatives'] });
  });
  afterAll(() => edge.close());

  const subgraphFails = (error: Record<string, unknown>) => {
    edge.proxies.initiatives!.reply = {
      status: 200,
      body: JSON.stringify({ data: null, errors: [{ path: ['initiatives'], ...error }] }),
    };
  };

  it('codes a document that does not parse GRAPHQL_PARSE_FAILED and one that does not fit GRAPHQL_VALIDATION_FAILED', async () => {
    expect(codes(await post(edge.url, '{ initiatives(first: 1) {'))).toEqual(['GRAPHQL_PARSE_FAILED']);
    expect(codes(await post(edge.url, '{ nonsense }'))).toEqual(['GRAPHQL_VALIDATION_FAILED']);
  });

  it('codes a malformed request body BAD_USER_INPUT without echoing parser internals', async () => {
    const response = await fetch(edge.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{ not json',
    });
    expect(response.status).toBe(400);
    const answer = (await response.json()) as { errors: { extensions: Record<string, unknown> }[] };
    expect(answer.errors[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT' });
  });

  it("passes a subgraph's coded error on, naming the subgraph", async () => {
    const answer = await post(edge.url, '{ initiatives(first: 1, after: "not-a-cursor") { totalCount } }');
    expect(codes(answer)).toEqual(['BAD_USER_INPUT']);
    expect(answer.errors?.[0]?.message).toContain('`after`');
    expect(answer.errors?.[0]?.extensions?.subgraph).toBe('initiatives');
  });

  it('masks the message of an internal error a subgraph reports and logs the original', async () => {
    subgraphFails({
      message: 'SQLITE_BUSY: database is locked',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    const answer = await post(edge.url, '{ initiatives(first: 1) { totalCount } }');
    edge.proxies.initiatives!.reply = undefined;
    expect(codes(answer)).toEqual(['INTERNAL_SERVER_ERROR']);
    expect(answer.errors?.[0]?.message).toBe('Internal server error');
    expect(JSON.stringify(answer)).not.toContain('SQLITE');
    expect(edge.logs).toContainEqual(
      expect.objectContaining({ msg: 'internal error, masked', message: 'SQLITE_BUSY: database is locked' }),
    );
  });

  it('gives an error with a code outside the public enum INTERNAL_SERVER_ERROR', async () => {
    subgraphFails({ message: 'planner exploded', extensions: { code: 'SOME_LIBRARY_CODE' } });
    const answer = await post(edge.url, '{ initiatives(first: 1) { totalCount } }');
    edge.proxies.initiatives!.reply = undefined;
    expect(codes(answer)).toEqual(['INTERNAL_SERVER_ERROR']);
    expect(answer.errors?.[0]?.message).toBe('Internal server error');
  });
});
