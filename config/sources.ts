import type { z } from 'zod';
import type { ConnectorDefinition } from '../connectors/sdk/index.ts';
import { ConfigError, fieldPath } from './errors.ts';
import type { LoadedConfig } from './load.ts';

/** A source ready to run: its connector, validated options and the effective schedule, URL and limits. */
export interface ResolvedSource {
  readonly id: string;
  readonly connector: ConnectorDefinition<unknown>;
  readonly options: unknown;
  readonly enabled: boolean;
  readonly schedule: string;
  readonly baseUrl: string;
  readonly priority: number;
  readonly limits?: { readonly concurrency?: number; readonly requestsPerMinute?: number };
}

/** Finds a connector by the name a source gives (a built-in id or a plugin package name). */
export type ConnectorLookup = (name: string) => Promise<ConnectorDefinition<unknown>>;

/** Names the option fields a connector's schema marks with `.meta({ secret: true })`. */
export function secretFields(schema: z.ZodType): string[] {
  const shape = (schema as unknown as { shape?: Record<string, z.ZodType> }).shape;
  if (!shape) return [];
  return Object.entries(shape)
    .filter(([, field]) => isSecret(field))
    .map(([name]) => name);
}

/** True when a field or a wrapper inside it (optional, default, nullable) carries `meta({ secret: true })`. */
function isSecret(field: z.ZodType): boolean {
  let current: z.ZodType | undefined = field;
  while (current) {
    if ((current.meta() as { secret?: boolean } | undefined)?.secret === true) return true;
    current = (current as unknown as { _zod: { def: { innerType?: z.ZodType } } })._zod.def.innerType;
  }
  return false;
}

/**
 * Resolves every configured source against its connector: validates the source's `options` with the
 * connector's schema, refuses secrets written into the file (they must come from `${ENV}`), and fills
 * defaults. Collects all problems into one `ConfigError`.
 */
export async function resolveSources(
  loaded: LoadedConfig,
  lookup: ConnectorLookup,
): Promise<ResolvedSource[]> {
  const problems: { path: string; message: string }[] = [];
  const resolved: ResolvedSource[] = [];
  for (const [id, source] of Object.entries(loaded.config.sources)) {
    let connector: ConnectorDefinition<unknown>;
    try {
      connector = await lookup(source.connector);
    } catch (error) {
      problems.push({ path: `sources.${id}.connector`, message: (error as Error).message });
      continue;
    }
    const parsed = connector.config.safeParse(source.options);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        problems.push({ path: fieldPath(['sources', id, 'options', ...issue.path]), message: issue.message });
      }
      continue;
    }
    for (const secret of secretFields(connector.config)) {
      const at = `sources.${id}.options.${secret}`;
      if (source.options[secret] !== undefined && !loaded.fromEnvironment.has(at)) {
        problems.push({
          path: at,
          message: `is a secret: give it from the environment, e.g. \${${envName(id, secret)}}`,
        });
      }
    }
    resolved.push({
      id,
      connector,
      options: parsed.data,
      enabled: source.enabled,
      schedule: source.schedule ?? connector.defaultSchedule,
      baseUrl: (source.baseUrl ?? connector.defaultBaseUrl).replace(/\/+$/, ''),
      priority: source.priority,
      limits: source.limits,
    });
  }
  if (problems.length > 0) throw new ConfigError(loaded.file, problems);
  return resolved;
}

function envName(source: string, field: string): string {
  return `${source}_${field}`
    .replace(/([a-z])([A-Z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .toUpperCase();
}
