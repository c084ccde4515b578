import { z } from 'zod';
import { ConnectorError } from '../sdk/index.ts';
import type { OptionSpec } from './auth-schema.ts';
import type { SecretRef } from './schema-primitives.ts';

/** The options of a source as the built connector sees them. */
export type ManifestConfig = Readonly<Record<string, string | number | boolean | undefined>>;

/** Where secrets are looked up when the configuration does not give them; `process.env` by default. */
export type Environment = Readonly<Record<string, string | undefined>>;

function baseSchema(option: OptionSpec): z.ZodType {
  switch (option.type) {
    case 'string':
      return z.string();
    // Values interpolated from the environment (`${LAYER}`) arrive as text.
    case 'number':
      return z.union([
        z.number(),
        z
          .string()
          .regex(/^-?\d+(\.\d+)?$/)
          .transform(Number),
      ]);
    case 'boolean':
      return z.union([z.boolean(), z.enum(['true', 'false']).transform((value) => value === 'true')]);
  }
}

/**
 * The zod schema of a source's `options`, built from the manifest's option list: unknown options are refused,
 * defaults filled, and secret options carry `.meta({ secret: true })` so that the configuration refuses them
 * when they are written into the file instead of coming from the environment.
 */
export function configSchema(options: readonly OptionSpec[]): z.ZodType<ManifestConfig> {
  const shape: Record<string, z.ZodType> = {};
  for (const option of options) {
    let field = baseSchema(option);
    if (option.description) field = field.describe(option.description);
    if (option.secret) field = field.meta({ secret: true });
    if (option.default !== undefined) field = field.default(option.default as never);
    else if (!option.required || option.secret) field = field.optional();
    shape[option.name] = field;
  }
  return z.strictObject(shape) as unknown as z.ZodType<ManifestConfig>;
}

/**
 * Reads a secret: from its option (configured as `${VAR}`, or the option's own `env` variable) or from the
 * environment variable the manifest names. Undefined when it is not set anywhere.
 */
export function secretValue(
  ref: SecretRef,
  config: ManifestConfig,
  options: readonly OptionSpec[],
  env: Environment,
): string | undefined {
  if ('env' in ref) return env[ref.env] || undefined;
  const configured = config[ref.option];
  if (configured !== undefined && configured !== '') return String(configured);
  const variable = options.find((option) => option.name === ref.option)?.env;
  return variable ? env[variable] || undefined : undefined;
}

/** Like `secretValue`, but a missing secret is a config error that names the variable to set. */
export function requireSecret(
  ref: SecretRef,
  config: ManifestConfig,
  options: readonly OptionSpec[],
  env: Environment,
  connector: string,
): string {
  const value = secretValue(ref, config, options, env);
  if (value !== undefined) return value;
  if ('env' in ref) {
    throw new ConnectorError('config', `environment variable ${ref.env} is not set (needed by ${connector})`);
  }
  const variable = options.find((option) => option.name === ref.option)?.env;
  throw new ConnectorError(
    'config',
    variable
      ? `environment variable ${variable} is not set (secret option "${ref.option}" of ${connector})`
      : `secret option "${ref.option}" of ${connector} is not set: give it as \${VARIABLE} in the source's options`,
  );
}
