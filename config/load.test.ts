import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineConnector } from '../connectors/sdk/index.ts';
import { ConfigError } from './errors.ts';
import { loadConfig } from './load.ts';
import { resolveSources } from './sources.ts';

async function file(name: string, text: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'kp-config-'));
  const target = path.join(dir, name);
  await writeFile(target, text);
  return target;
}

async function problemsOf(promise: Promise<unknown>): Promise<ConfigError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ConfigError);
  return error as ConfigError;
}

const testConnector = defineConnector({
  id: 'example',
  title: 'Example',
  kind: 'generic',
  description: 'a connector for tests',
  documentationUrl: 'https://example.org/docs',
  defaultBaseUrl: 'https://api.example.org',
  defaultSchedule: '0 4 * * *',
  config: z.object({
    apiKey: z.string().meta({ secret: true }).optional(),
    perPage: z.number().int().max(100).default(50),
  }),
  streams: [
    {
      name: 'things',
      primaryKey: 'id',
      raw: z.object({ id: z.string() }),
      read: async function* () {},
      map: () => [],
    },
  ],
});
const lookup = async (name: string) => {
  if (name !== 'example') throw new Error(`unknown connector "${name}"`);
  return testConnector as never;
};

describe('loadConfig', () => {
  it('fills defaults for an empty file', async () => {
    const { config } = await loadConfig(await file('k.yaml', ''), {});
    expect(config.store).toEqual({ backend: 'sqlite', path: './data/knooppunt.db' });
    expect((await loadConfig(await file('r.yaml', 'store:\n  backend: redis\n'), {})).config.store).toEqual({
      backend: 'redis',
    });
    expect(config.server.port).toBe(4000);
    expect(config.sources).toEqual({});
  });

  it('names the file, the field and the problem for a wrong value', async () => {
    const target = await file('k.yaml', 'server:\n  port: "four thousand"\n');
    const error = await problemsOf(loadConfig(target, {}));
    expect(error.message).toContain('k.yaml');
    expect(error.problems[0]?.path).toBe('server.port');
  });

  it('rejects unknown fields by name', async () => {
    const error = await problemsOf(loadConfig(await file('k.yaml', 'server:\n  prot: 4000\n'), {}));
    expect(error.problems[0]).toMatchObject({ path: 'server', message: 'unknown field "prot"' });
  });

  it('reports YAML syntax errors with their line', async () => {
    const error = await problemsOf(loadConfig(await file('k.yaml', 'server:\n  port: [4000\n'), {}));
    expect(error.problems[0]?.path).toMatch(/^line \d+/);
  });

  it('rejects an invalid cron expression of a source', async () => {
    const target = await file('k.yaml', 'sources:\n  ex:\n    connector: example\n    schedule: every day\n');
    const error = await problemsOf(loadConfig(target, {}));
    expect(error.problems[0]).toMatchObject({ path: 'sources.ex.schedule' });
    expect(error.problems[0]?.message).toMatch(/cron/);
  });

  it('interpolates environment variables with defaults', async () => {
    const target = await file(
      'k.json',
      '{"server": {"host": "${HOST:-0.0.0.0}"}, "harvest": {"contactUrl": "${CONTACT}"}}',
    );
    const { config } = await loadConfig(target, { CONTACT: 'https://example.org/contact' });
    expect(config.server.host).toBe('0.0.0.0');
    expect(config.harvest.contactUrl).toBe('https://example.org/contact');
  });

  it('names a missing environment variable', async () => {
    const error = await problemsOf(loadConfig(await file('k.yaml', 'server:\n  host: ${NOPE}\n'), {}));
    expect(error.problems[0]).toEqual({
      path: 'server.host',
      message: 'environment variable NOPE is not set',
    });
  });

  it('lets KNOOPPUNT__ variables override fields, camelCase included', async () => {
    const target = await file('k.yaml', 'sources:\n  ex:\n    connector: example\n');
    const { config } = await loadConfig(target, {
      KNOOPPUNT__SERVER__PORT: '4100',
      KNOOPPUNT__SOURCES__EX__BASE_URL: 'http://127.0.0.1:9999',
    });
    expect(config.server.port).toBe(4100);
    expect(config.sources.ex?.baseUrl).toBe('http://127.0.0.1:9999');
  });
});

describe('resolveSources', () => {
  it("validates options with the connector's schema and fills defaults", async () => {
    const loaded = await loadConfig(await file('k.yaml', 'sources:\n  ex:\n    connector: example\n'), {});
    const [source] = await resolveSources(loaded, lookup);
    expect(source).toMatchObject({
      id: 'ex',
      schedule: '0 4 * * *',
      baseUrl: 'https://api.example.org',
      options: { perPage: 50 },
    });
  });

  it('names a bad connector option with its full path', async () => {
    const target = await file(
      'k.yaml',
      'sources:\n  ex:\n    connector: example\n    options:\n      perPage: 1000\n',
    );
    const error = await problemsOf(resolveSources(await loadConfig(target, {}), lookup));
    expect(error.problems[0]?.path).toBe('sources.ex.options.perPage');
  });

  it('names an unknown connector', async () => {
    const target = await file('k.yaml', 'sources:\n  ex:\n    connector: nope\n');
    const error = await problemsOf(resolveSources(await loadConfig(target, {}), lookup));
    expect(error.problems[0]).toEqual({ path: 'sources.ex.connector', message: 'unknown connector "nope"' });
  });

  it('refuses a secret written into the file but takes it from the environment', async () => {
    const literal = await file(
      'k.yaml',
      'sources:\n  ex:\n    connector: example\n    options:\n      apiKey: abc\n',
    );
    const error = await problemsOf(resolveSources(await loadConfig(literal, {}), lookup));
    expect(error.problems[0]?.message).toContain('${EX_API_KEY}');
    const fromEnv = await file(
      'k.yaml',
      'sources:\n  ex:\n    connector: example\n    options:\n      apiKey: ${EX_API_KEY}\n',
    );
    const [source] = await resolveSources(await loadConfig(fromEnv, { EX_API_KEY: 'abc' }), lookup);
    expect(source?.options).toMatchObject({ apiKey: 'abc' });
  });
});
