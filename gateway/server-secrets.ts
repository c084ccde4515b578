import { ConfigError } from '../config/errors.ts';
import type { LoadedConfig } from '../config/load.ts';

/** The environment variable a secret of the server section is suggested to come from. */
function suggestion(field: string): string {
  return `KNOOPPUNT_${field.replace(/[^A-Za-z0-9]+/g, '_').toUpperCase()}`;
}

/**
 * Refuses API keys and the internal token written into the configuration file: they are accepted only from
 * the environment (`${KNOOPPUNT_ADMIN_KEY}` or a `KNOOPPUNT__SERVER__...` override), so that a config file can
 * be committed and shared. Throws `ConfigError` naming every such field.
 *
 * @example
 * checkServerSecrets(await loadConfig()); // before startGateway
 */
export function checkServerSecrets(loaded: LoadedConfig): void {
  const { server } = loaded.config;
  const secrets = Object.keys(server.auth.apiKeys).map((name) => ({
    path: `server.auth.apiKeys.${name}.key`,
    variable: suggestion(`${name}_api_key`),
  }));
  if (server.internalToken !== undefined)
    secrets.push({ path: 'server.internalToken', variable: suggestion('internal_token') });
  const problems = secrets
    .filter((secret) => !loaded.fromEnvironment.has(secret.path))
    .map((secret) => ({
      path: secret.path,
      message: `is a secret: give it from the environment, e.g. \${${secret.variable}}`,
    }));
  if (problems.length > 0) throw new ConfigError(loaded.file, problems);
}
