import { afterEach, describe, expect, it } from 'vitest';
import { generateWorld, type ReplicaServer, startReplicaServer } from '../replica/index.ts';
import { TabularConfig } from './config.ts';
import { createTabularReplica } from './replica.ts';
import { LIST_COLUMNS, listRows } from './replica-data.ts';
import { readTable } from './table.ts';

const world = generateWorld({ seed: 6, size: 200 });
let server: ReplicaServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function get(path: string, headers: Record<string, string> = {}) {
  server ??= await startReplicaServer(createTabularReplica(world));
  return fetch(`${server.url}${path}`, { headers });
}

describe("the municipality's export replica", () => {
  it('serves the CSV as Excel on Windows writes it: Windows-1252, semicolons, CRLF, every listed initiative', async () => {
    const response = await get('/export/initiatieven.csv');
    expect(response.headers.get('content-type')).toBe('text/csv; charset=windows-1252');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const text = new TextDecoder('windows-1252').decode(bytes);
    expect(text.split('\r\n')[0]).toBe(LIST_COLUMNS.join(';'));
    expect(text.trimEnd().split('\r\n')).toHaveLength(listRows(world).length + 1);
  });

  it('serves the same list as a workbook with a title row above the header', async () => {
    const bytes = new Uint8Array(await (await get('/export/initiatieven.xlsx')).arrayBuffer());
    const config = TabularConfig.parse({
      path: 'x',
      headerRow: 2,
      columns: { 'Naam initiatief': 'initiative.name' },
    });
    const table = await readTable(bytes, { name: 'x.xlsx' }, config);
    expect(table.columns).toEqual([...LIST_COLUMNS]);
    expect(table.rows).toHaveLength(listRows(world).length);
  });

  it('answers a conditional request for an unchanged export with 304', async () => {
    const first = await get('/export/initiatieven.csv');
    await first.arrayBuffer();
    const again = await get('/export/initiatieven.csv', { 'if-none-match': first.headers.get('etag') ?? '' });
    expect(again.status).toBe(304);
    expect(first.headers.get('last-modified')).toMatch(/GMT$/);
  });
});
