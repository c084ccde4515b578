import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findConnector } from './lookup.ts';

/** A plugin as an operator would publish it: plain JavaScript, the SDK handed in by Knooppunt. */
const FACTORY_PLUGIN = `
export function createConnector({ defineConnector }) {
  return defineConnector({
    id: 'buurtbank',
    title: 'Buurtbank',
    kind: 'directory',
    description: 'initiatives of a neighbourhood bank',
    documentationUrl: 'https://buurtbank.example.org/api',
    defaultBaseUrl: 'https://buurtbank.example.org',
    defaultSchedule: '0 5 * * *',
    config: { safeParse: (value) => ({ success: true, data: value ?? {} }) },
    streams: [{ name: 'initiatives', primaryKey: 'id', raw: { safeParse: (v) => ({ success: true, data: v }) }, read: async function* () {}, map: () => [] }],
  });
}
`;

describe('connector plugins', () => {
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'kp-plugin-'));
    const write = async (name: string, main: string) => {
      const root = path.join(dir, 'node_modules', name);
      await mkdir(root, { recursive: true });
      await writeFile(
        path.join(root, 'package.json'),
        JSON.stringify({ name, version: '1.0.0', type: 'module', main: 'index.js' }),
      );
      await writeFile(path.join(root, 'index.js'), main);
    };
    await write('knooppunt-connector-buurtbank', FACTORY_PLUGIN);
    await write('knooppunt-connector-empty', 'export const nothing = 1;\n');
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('loads an npm package that builds its connector with the SDK it is given', async () => {
    const connector = await findConnector('knooppunt-connector-buurtbank', dir);
    expect(connector).toMatchObject({ id: 'buurtbank', kind: 'directory' });
    expect(connector.streams.map((stream) => stream.name)).toEqual(['initiatives']);
  });

  it('prefers built-in connectors and bundled manifests by name', async () => {
    expect((await findConnector('betterplace', dir)).id).toBe('betterplace');
    expect((await findConnector('ckan-datastore', dir)).kind).toBeDefined();
  });

  it('names a package that exports no connector, and a package that is not installed', async () => {
    await expect(findConnector('knooppunt-connector-empty', dir)).rejects.toThrow(/exports no connector/);
    await expect(findConnector('knooppunt-connector-missing', dir)).rejects.toThrow(
      /no installed package named "knooppunt-connector-missing".*built-in connectors: betterplace/,
    );
  });
});
