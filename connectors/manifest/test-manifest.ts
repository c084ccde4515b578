import { stringify } from 'yaml';

/** A small valid manifest as plain data: one initiative stream over `/items`, no paging, no auth. For tests. */
export function sampleManifest(): Record<string, unknown> {
  return {
    version: 1,
    id: 'sample',
    title: 'Sample platform',
    kind: 'directory',
    description: 'A platform used by the manifest tests.',
    documentationUrl: 'https://docs.example.org/api',
    defaultBaseUrl: 'https://api.example.org',
    defaultSchedule: '0 3 * * *',
    options: [{ name: 'region', type: 'string', default: 'utrecht' }],
    streams: [
      {
        name: 'items',
        kind: 'initiative',
        primaryKey: 'id',
        request: { path: '/items', query: { region: '{region}' } },
        records: '$.items[*]',
        raw: { name: 'string' },
        fields: [{ target: 'initiative.name', path: '$.name', transforms: ['trim'] }],
      },
    ],
  };
}

/** A manifest as YAML text, after applying `change` to the sample, for tests of validation errors. */
export function sampleYaml(change: (manifest: Record<string, unknown>) => void = () => {}): string {
  const manifest = sampleManifest();
  change(manifest);
  return stringify(manifest);
}

/** The sample's first stream, for tests that change it. */
export function firstStream(manifest: Record<string, unknown>): Record<string, unknown> {
  return (manifest.streams as Record<string, unknown>[])[0] as Record<string, unknown>;
}
