import { afterEach, describe, expect, it } from 'vitest';
import { type ReplicaServer, startReplicaServer } from '../replica/index.ts';
import { createHttpClient } from './http.ts';

let server: ReplicaServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('reading a body as bytes', () => {
  it('gives the bytes as sent, where text would lose what is not UTF-8', async () => {
    const windows1252 = Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x3b, 0x80]); // "Café;€" in Windows-1252
    server = await startReplicaServer(() => ({
      status: 200,
      headers: { 'content-type': 'text/csv' },
      body: windows1252,
    }));
    const http = createHttpClient({ userAgent: 'test', limits: { concurrency: 1 } });
    const response = await http.bytes(`${server.url}/lijst.csv`);
    expect(Buffer.from(response.body).equals(windows1252)).toBe(true);
    expect((await http.text(`${server.url}/lijst.csv`)).body).toBe('Caf\uFFFD;\uFFFD');
  });

  it('retries and answers conditional requests as text and JSON do', async () => {
    let calls = 0;
    server = await startReplicaServer((request) => {
      calls++;
      if (calls === 1) return { status: 503, body: 'busy' };
      if (request.headers['if-none-match'] === '"v1"') return { status: 304, headers: { etag: '"v1"' } };
      return { status: 200, headers: { etag: '"v1"' }, body: Buffer.from([0x50, 0x4b, 0x03, 0x04]) };
    });
    const http = createHttpClient({ userAgent: 'test', backoffBaseMs: 1, limits: { concurrency: 1 } });
    const first = await http.bytes(`${server.url}/lijst.xlsx`);
    expect([...first.body]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    const again = await http.bytes({ url: `${server.url}/lijst.xlsx`, etag: first.etag });
    expect(again.notModified).toBe(true);
    expect(calls).toBe(3);
  });
});
