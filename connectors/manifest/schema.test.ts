import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../config/index.ts';
import { loadManifest, parseManifest } from './load.ts';
import { EXAMPLES_DIR } from './load-connector.ts';
import { firstStream, sampleManifest, sampleYaml } from './test-manifest.ts';

type Change = (manifest: Record<string, unknown>) => void;

/** The problems of a manifest changed from the sample, as `path: message` pairs. */
function problems(change: Change): { path: string; message: string }[] {
  try {
    parseManifest(sampleYaml(change), 'my-platform.yaml');
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return [...(error as ConfigError).problems];
  }
  throw new Error('expected the manifest to be refused');
}

const stream =
  (change: (stream: Record<string, unknown>) => void): Change =>
  (manifest) =>
    change(firstStream(manifest));
const field = (index: number, value: Record<string, unknown>) =>
  stream((s) => {
    (s.fields as unknown[])[index] = value;
  });

describe('a manifest', () => {
  it('validates the bundled examples', async () => {
    for (const name of ['arcgis-featureserver.yaml', 'ckan-datastore.yaml']) {
      await expect(loadManifest(`${EXAMPLES_DIR}${name}`)).resolves.toMatchObject({ version: 1 });
    }
  });

  it('fills the defaults of a minimal manifest', () => {
    const manifest = parseManifest(sampleYaml(), 'sample.yaml');
    expect(manifest.auth).toEqual({ type: 'none' });
    expect(manifest.streams[0]).toMatchObject({
      paginator: { type: 'none' },
      request: { method: 'GET', headers: {} },
      fields: [{ target: 'initiative.name', transforms: [{ type: 'trim' }], list: false }],
    });
  });

  it('is read from JSON as well as YAML', () => {
    expect(parseManifest(JSON.stringify(sampleManifest()), 'sample.json').id).toBe('sample');
  });

  it('names the file, the path of a bad field and its line', () => {
    const text = sampleYaml(
      field(0, { target: 'initiative.name', path: '$.name', transforms: ['htm-to-text'] }),
    );
    const error = (() => {
      try {
        parseManifest(text, 'my-platform.yaml');
      } catch (caught) {
        return caught as ConfigError;
      }
    })();
    expect(error?.message).toMatch(/^my-platform\.yaml is not valid:/);
    const line = text.split('\n').findIndex((row) => row.includes('htm-to-text')) + 1;
    expect(error?.problems).toEqual([
      {
        path: 'streams[0].fields[0].transforms[0].type',
        message: expect.stringMatching(
          new RegExp(`unknown type "htm-to-text"; expected one of html-to-text, .*\\(line ${line}\\)$`),
        ),
      },
    ]);
  });

  it.each<[string, Change, string, RegExp]>([
    ['an unknown top-level field', (m) => Object.assign(m, { colour: 'red' }), '', /unknown field "colour"/],
    [
      'a bad cron expression',
      (m) => Object.assign(m, { defaultSchedule: 'daily' }),
      'defaultSchedule',
      /cron/,
    ],
    [
      'a JSON path without $',
      field(0, { target: 'initiative.name', path: 'name' }),
      'streams[0].fields[0].path',
      /must start with "\$"/,
    ],
    [
      'a record selector with open brackets',
      stream((s) => Object.assign(s, { records: '$.items[*' })),
      'streams[0].records',
      /unbalanced/,
    ],
    [
      'a placeholder naming no option',
      stream((s) => Object.assign(s, { request: { path: '/{regoin}/items' } })),
      'streams[0].request.path',
      /\{regoin\} names no option; declared: baseUrl, source, region/,
    ],
    [
      'a record value in a request',
      stream((s) => Object.assign(s, { request: { path: '/items/{$.id}' } })),
      'streams[0].request.path',
      /record values cannot be used/,
    ],
    [
      'a target outside the model',
      field(1, { target: 'initiative.nmae', path: '$.name' }),
      'streams[0].fields[1].target',
      /initiative\.nmae is not a field of the canonical model/,
    ],
    [
      'a target of another kind',
      field(1, { target: 'campaign.goal', path: '$.goal' }),
      'streams[0].fields[1].target',
      /belongs to kind campaign/,
    ],
    [
      'a target the connector fills',
      field(1, { target: 'sourceId', path: '$.id' }),
      'streams[0].fields[1].target',
      /filled by the connector/,
    ],
    [
      'a required model field left unmapped',
      field(0, { target: 'initiative.description', path: '$.text' }),
      'streams[0].fields',
      /initiative\.name is required by the canonical model/,
    ],
    [
      'two value sources',
      field(0, { target: 'initiative.name', path: '$.name', const: 'x' }),
      'streams[0].fields[0].target',
      /give only one of path, const/,
    ],
    [
      'no value source',
      field(0, { target: 'initiative.name' }),
      'streams[0].fields[0].target',
      /give one of path, const or template/,
    ],
    [
      'a money transform without currency',
      field(1, { target: 'initiative.name', path: '$.x', transforms: [{ type: 'money' }] }),
      'streams[0].fields[1].transforms[0].currency',
      /currency or currencyPath/,
    ],
    [
      'a body on a GET request',
      stream((s) => Object.assign(s, { request: { path: '/items', body: { a: 1 } } })),
      'streams[0].request.method',
      /needs method: POST/,
    ],
    [
      'paging in GraphQL variables without GraphQL',
      stream((s) => Object.assign(s, { paginator: { type: 'page-number', param: 'page', in: 'variables' } })),
      'streams[0].paginator.in',
      /needs a request with graphql/,
    ],
    [
      'a date format for a string cursor',
      stream((s) =>
        Object.assign(s, { incremental: { field: 'code', type: 'string', param: 'after', format: 'iso' } }),
      ),
      'streams[0].incremental.format',
      /needs a date type/,
    ],
    [
      'an incremental cursor without {cursor}',
      stream((s) =>
        Object.assign(s, { incremental: { field: 'updated', param: 'q', value: 'updated > x' } }),
      ),
      'streams[0].incremental.value',
      /must contain \{cursor\}/,
    ],
    [
      'two streams with one name',
      (m) => (m.streams as unknown[]).push(structuredClone(firstStream(m))),
      'streams[1].name',
      /declared twice/,
    ],
    [
      'a secret with a default',
      (m) => Object.assign(m, { options: [{ name: 'key', type: 'string', secret: true, default: 'abc' }] }),
      'options[0].default',
      /secret has no default/,
    ],
    [
      'auth from an option that is not secret',
      (m) => Object.assign(m, { auth: { type: 'bearer', token: { option: 'region' } } }),
      'auth.token.option',
      /must be marked secret: true/,
    ],
    [
      'auth from an undeclared option',
      (m) => Object.assign(m, { auth: { type: 'query', param: 'key', value: { option: 'apiKey' } } }),
      'auth.value.option',
      /names no declared option "apiKey"/,
    ],
    [
      'a secret written into records',
      (m) => {
        Object.assign(m, { options: [{ name: 'key', type: 'string', secret: true }] });
        (firstStream(m).fields as unknown[]).push({ target: 'url', template: 'https://x.org/?k={key}' });
      },
      'streams[0].fields[1].template',
      /secret option and must not be written into records/,
    ],
    [
      'an unknown record kind',
      stream((s) => Object.assign(s, { kind: 'event' })),
      'streams[0].kind',
      /Invalid option/,
    ],
  ])('refuses %s', (_, change, path, message) => {
    expect(problems(change)).toContainEqual({ path, message: expect.stringMatching(message) });
  });

  it('points at the line and column of a YAML syntax error', () => {
    try {
      parseManifest('version: 1\nstreams: [\n  - name: x\n', 'broken.yaml');
      expect.unreachable();
    } catch (error) {
      expect((error as ConfigError).problems[0]?.path).toMatch(/^line \d+, column \d+$/);
    }
  });
});
