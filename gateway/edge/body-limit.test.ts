import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codes, type EdgeGraph, startEdgeGraph } from '../testing/edge-graph.ts';

describe('the request body limit at the gateway', () => {
  let edge: EdgeGraph;

  beforeAll(async () => {
    edge = await startEdgeGraph({ server: { limits: { maxBodyBytes: 2048 } } });
  });
  afterAll(() => edge.close());

  const body = (padding: number) =>
    JSON.stringify({ query: `{ initiatives(first: 1) { totalCount } }${' '.repeat(padding)}` });

  /** A body sent in chunks without Content-Length, as a streaming client sends it. */
  const chunked = (text: string) =>
    new ReadableStream<Uint8Array>({
      start(controller) {
        const bytes = new TextEncoder().encode(text);
        for (let at = 0; at < bytes.length; at += 512) controller.enqueue(bytes.slice(at, at + 512));
        controller.close();
      },
    });

  it('answers a body within the limit', async () => {
    const response = await fetch(edge.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: body(1000),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { initiatives: { totalCount: 6 } } });
  });

  it('refuses a larger body with 413 and a GraphQL error coded PAYLOAD_TOO_LARGE', async () => {
    const response = await fetch(edge.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: body(5000),
    });
    expect(response.status).toBe(413);
    const answer = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(codes(answer)).toEqual(['PAYLOAD_TOO_LARGE']);
    expect(answer.errors[0]?.message).toBe('The request body is larger than 2048 bytes');
  });

  it('refuses a chunked body once it passes the limit, and reads a small chunked body whole', async () => {
    const send = (text: string) =>
      fetch(edge.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: chunked(text),
        duplex: 'half',
      } as RequestInit);
    const large = await send(body(5000));
    expect(large.status).toBe(413);
    expect(codes((await large.json()) as { errors: { extensions: { code: string } }[] })).toEqual([
      'PAYLOAD_TOO_LARGE',
    ]);
    const small = await send(body(1000));
    expect(await small.json()).toEqual({ data: { initiatives: { totalCount: 6 } } });
  });
});
