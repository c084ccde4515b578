import { describe, expect, it } from 'vitest';
import { secretFields } from '../../config/index.ts';
import { ConnectorError } from '../sdk/index.ts';
import { resolveAuth } from './auth.ts';
import { AuthSpec, OptionSpec } from './auth-schema.ts';
import { configSchema } from './options.ts';

const options = [
  OptionSpec.parse({ name: 'apiKey', type: 'string', secret: true, env: 'PLATFORM_API_KEY' }),
  OptionSpec.parse({ name: 'password', type: 'string', secret: true }),
  OptionSpec.parse({ name: 'pageSize', type: 'number', default: 50 }),
  OptionSpec.parse({ name: 'city', type: 'string', required: true }),
  OptionSpec.parse({ name: 'archived', type: 'boolean', default: false }),
];
const auth = (spec: unknown, config: Record<string, string> = {}, env: Record<string, string> = {}) =>
  resolveAuth(AuthSpec.parse(spec), config, options, env, 'sample');

function configError(run: () => unknown): ConnectorError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ConnectorError);
    expect((error as ConnectorError).type).toBe('config');
    return error as ConnectorError;
  }
  throw new Error('expected a config error');
}

describe('auth', () => {
  it('sends a bearer token from an environment variable', () => {
    expect(auth({ type: 'bearer', token: { env: 'SAMPLE_TOKEN' } }, {}, { SAMPLE_TOKEN: 't0k' })).toEqual({
      headers: { authorization: 'Bearer t0k' },
      query: {},
    });
  });

  it("sends a header from a secret option, falling back to the option's own variable", () => {
    const spec = { type: 'header', name: 'X-API-Key', value: { option: 'apiKey' } };
    expect(auth(spec, { apiKey: 'from-config' }).headers).toEqual({ 'x-api-key': 'from-config' });
    expect(auth(spec, {}, { PLATFORM_API_KEY: 'from-env' }).headers).toEqual({ 'x-api-key': 'from-env' });
    expect(auth({ ...spec, prefix: 'Token ' }, { apiKey: 'k' }).headers).toEqual({ 'x-api-key': 'Token k' });
  });

  it('sends a query parameter', () => {
    expect(
      auth({ type: 'query', param: 'token', value: { env: 'ARCGIS_TOKEN' } }, {}, { ARCGIS_TOKEN: 'a' }),
    ).toEqual({
      headers: {},
      query: { token: 'a' },
    });
  });

  it('sends HTTP basic credentials', () => {
    const basic = auth(
      { type: 'basic', username: 'harvester', password: { option: 'password' } },
      { password: 'pw' },
    );
    expect(basic.headers).toEqual({
      authorization: `Basic ${Buffer.from('harvester:pw').toString('base64')}`,
    });
  });

  it('names the missing environment variable in a config error', () => {
    expect(configError(() => auth({ type: 'bearer', token: { env: 'SAMPLE_TOKEN' } })).message).toBe(
      'environment variable SAMPLE_TOKEN is not set (needed by sample)',
    );
    expect(
      configError(() => auth({ type: 'query', param: 'key', value: { option: 'apiKey' } })).message,
    ).toBe('environment variable PLATFORM_API_KEY is not set (secret option "apiKey" of sample)');
    expect(
      configError(() => auth({ type: 'basic', username: 'u', password: { option: 'password' } })).message,
    ).toMatch(/secret option "password" of sample is not set: give it as \$\{VARIABLE\}/);
  });

  it('sends nothing when an optional secret is not set', () => {
    expect(auth({ type: 'bearer', token: { env: 'SAMPLE_TOKEN' }, optional: true })).toEqual({
      headers: {},
      query: {},
    });
  });
});

describe('the config schema of a manifest', () => {
  const schema = configSchema(options);

  it('marks secret options so that the configuration refuses them in the file', () => {
    expect(secretFields(schema).sort()).toEqual(['apiKey', 'password']);
  });

  it('fills defaults, reads numbers and booleans interpolated from the environment as text', () => {
    expect(schema.parse({ city: 'Utrecht', pageSize: '25', archived: 'true' })).toEqual({
      city: 'Utrecht',
      pageSize: 25,
      archived: true,
    });
    expect(schema.parse({ city: 'Utrecht' })).toEqual({ city: 'Utrecht', pageSize: 50, archived: false });
  });

  it('refuses a missing required option and an unknown one, naming them', () => {
    const result = schema.safeParse({ pageSize: 10, colour: 'red' });
    expect(result.error?.issues.map((issue) => issue.path.join('.') || issue.code)).toEqual(
      expect.arrayContaining(['city', 'unrecognized_keys']),
    );
  });
});
