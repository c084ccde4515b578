import type { AuthSpec, OptionSpec } from './auth-schema.ts';
import { type Environment, type ManifestConfig, requireSecret, secretValue } from './options.ts';
import type { SecretRef } from './schema-primitives.ts';

/** What authentication adds to every request of a source. */
export interface AuthParts {
  readonly headers: Readonly<Record<string, string>>;
  readonly query: Readonly<Record<string, string>>;
}

const NOTHING: AuthParts = { headers: {}, query: {} };

/**
 * Resolves a manifest's auth for one source into headers and query parameters. Secrets are read once per run;
 * a missing one is a `config` error naming the environment variable, unless the auth is `optional`, in which
 * case requests go out without credentials (public ArcGIS layers and CKAN resources need none).
 *
 * @example
 * resolveAuth({ type: 'bearer', token: { env: 'X_TOKEN' }, optional: false }, {}, [], process.env, 'x');
 * // { headers: { authorization: 'Bearer …' }, query: {} }
 */
export function resolveAuth(
  auth: AuthSpec,
  config: ManifestConfig,
  options: readonly OptionSpec[],
  env: Environment,
  connector: string,
): AuthParts {
  if (auth.type === 'none') return NOTHING;
  const secret = (ref: SecretRef) =>
    auth.optional
      ? secretValue(ref, config, options, env)
      : requireSecret(ref, config, options, env, connector);
  switch (auth.type) {
    case 'bearer': {
      const token = secret(auth.token);
      return token === undefined ? NOTHING : { headers: { authorization: `Bearer ${token}` }, query: {} };
    }
    case 'header': {
      const value = secret(auth.value);
      return value === undefined
        ? NOTHING
        : { headers: { [auth.name.toLowerCase()]: `${auth.prefix ?? ''}${value}` }, query: {} };
    }
    case 'query': {
      const value = secret(auth.value);
      return value === undefined ? NOTHING : { headers: {}, query: { [auth.param]: value } };
    }
    case 'basic': {
      const username = typeof auth.username === 'string' ? auth.username : secret(auth.username);
      const password = secret(auth.password);
      if (username === undefined || password === undefined) return NOTHING;
      const encoded = Buffer.from(`${username}:${password}`, 'utf8').toString('base64');
      return { headers: { authorization: `Basic ${encoded}` }, query: {} };
    }
  }
}
