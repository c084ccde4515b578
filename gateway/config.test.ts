import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../config/index.ts';
import { ServerConfig } from './config.ts';
import { checkServerSecrets } from './server-secrets.ts';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

const KEY = 'admin-key-0123456789abcdef0123';

async function configFile(text: string): Promise<string> {
  const file = path.join(await mkdtemp(path.join(tmpdir(), 'knooppunt-server-')), 'knooppunt.config.yaml');
  await writeFile(file, text);
  return file;
}

describe('the server section of the configuration', () => {
  it('has defaults for a public read-only graph', () => {
    const server = ServerConfig.parse({});
    expect(server.auth).toEqual({ publicRead: true, apiKeys: {} });
    expect(server.cors).toEqual({ origins: ['*'], credentials: false, maxAgeSeconds: 600 });
    expect(server.limits).toMatchObject({ maxDepth: 12, maxPageSize: 100, maxBodyBytes: 100_000 });
    expect(server.rateLimit.anonymous).toEqual({ perMinute: 120, burst: 30 });
    expect(server.trustProxy).toBe(false);
  });

  it('names a bad field', () => {
    const parsed = ServerConfig.safeParse({
      auth: { apiKeys: { ops: { role: 'root', key: 'short' } } },
      limits: { maxDepth: 0, unknown: 1 },
      cors: { origins: ['not a url'] },
    });
    const paths = parsed.error?.issues.map((issue) => issue.path.join('.'));
    expect(paths).toEqual(
      expect.arrayContaining([
        'auth.apiKeys.ops.role',
        'auth.apiKeys.ops.key',
        'limits.maxDepth',
        'limits',
        'cors.origins.0',
      ]),
    );
  });

  it('accepts API keys and the internal token from the environment', async () => {
    const file = await configFile(
      'server:\n  internalToken: ${KNOOPPUNT_INTERNAL_TOKEN}\n  auth:\n    apiKeys:\n      ops: { role: admin, key: "${KNOOPPUNT_ADMIN_KEY}" }\n',
    );
    const loaded = await loadConfig(file, {
      KNOOPPUNT_ADMIN_KEY: KEY,
      KNOOPPUNT_INTERNAL_TOKEN: 'x'.repeat(40),
    });
    expect(() => checkServerSecrets(loaded)).not.toThrow();
    expect(loaded.config.server.auth.apiKeys.ops).toEqual({ role: 'admin', key: KEY });
  });

  it('refuses API keys and the internal token written into the file, naming each field', async () => {
    const file = await configFile(
      `server:\n  internalToken: ${'x'.repeat(40)}\n  auth:\n    apiKeys:\n      ops: { role: admin, key: ${KEY} }\n`,
    );
    const loaded = await loadConfig(file, {});
    expect(() => checkServerSecrets(loaded)).toThrow(ConfigError);
    try {
      checkServerSecrets(loaded);
    } catch (error) {
      expect((error as ConfigError).problems).toEqual([
        {
          path: 'server.auth.apiKeys.ops.key',
          message: 'is a secret: give it from the environment, e.g. ${KNOOPPUNT_OPS_API_KEY}',
        },
        {
          path: 'server.internalToken',
          message: 'is a secret: give it from the environment, e.g. ${KNOOPPUNT_INTERNAL_TOKEN}',
        },
      ]);
    }
  });
});
