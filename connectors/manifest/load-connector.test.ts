import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ConfigError } from '../../config/index.ts';
import { isManifestPath, loadManifest } from './load.ts';
import { isManifestReference, loadManifestConnector } from './load-connector.ts';
import { sampleManifest, sampleYaml } from './test-manifest.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'knooppunt-manifest-'));
  await writeFile(path.join(dir, 'my-platform.yaml'), sampleYaml());
  await writeFile(
    path.join(dir, 'my-platform.json'),
    JSON.stringify({ ...sampleManifest(), id: 'from-json' }),
  );
  await writeFile(
    path.join(dir, 'broken.yml'),
    sampleYaml((manifest) => Object.assign(manifest, { kind: 'wiki' })),
  );
});

describe('loadManifestConnector', () => {
  it('tells manifest paths from connector ids by their ending', () => {
    expect(['./x.yaml', 'x.YML', '/etc/x.json'].every(isManifestPath)).toBe(true);
    expect(isManifestPath('betterplace')).toBe(false);
    expect(isManifestReference('ckan-datastore')).toBe(true);
    expect(isManifestReference('toString')).toBe(false);
  });

  it('builds a connector from a path relative to the configuration folder', async () => {
    const connector = await loadManifestConnector('./my-platform.yaml', dir);
    expect(connector).toMatchObject({ id: 'sample', streams: [{ name: 'items' }] });
    expect((await loadManifestConnector(path.join(dir, 'my-platform.json'), '/elsewhere')).id).toBe(
      'from-json',
    );
  });

  it('builds the bundled manifests by name', async () => {
    expect((await loadManifestConnector('arcgis-featureserver', dir)).id).toBe('arcgis-featureserver');
    expect((await loadManifestConnector('ckan-datastore', dir)).streams[0]?.name).toBe('subsidies');
  });

  it('refuses a name that is neither a manifest file nor a bundled manifest', async () => {
    await expect(loadManifestConnector('my-platform', dir)).rejects.toThrow(
      /"my-platform" is neither a manifest file \(\.yaml, \.yml, \.json\) nor a bundled manifest \(arcgis-featureserver, ckan-datastore\)/,
    );
  });

  it('reports an invalid or missing manifest file as a configuration error naming the file', async () => {
    const invalid = await loadManifestConnector('broken.yml', dir).catch((error: unknown) => error);
    expect(invalid).toBeInstanceOf(ConfigError);
    expect((invalid as ConfigError).message).toContain('broken.yml is not valid');
    expect((invalid as ConfigError).problems[0]).toMatchObject({ path: 'kind' });
    const missing = await loadManifest(path.join(dir, 'nope.yaml')).catch((error: unknown) => error);
    expect((missing as ConfigError).problems[0]?.message).toBe('cannot be read (ENOENT)');
  });
});
