import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { ConfigError, fieldPath } from './errors.ts';
import { KnooppuntConfig } from './schema.ts';

/** The configuration as loaded: where it came from, the validated values, and which fields the environment gave. */
export interface LoadedConfig {
  /** The file read, or `(defaults)` when none exists. */
  readonly file: string;
  readonly config: KnooppuntConfig;
  /** Dotted paths whose values came from environment variables (interpolation or overrides). */
  readonly fromEnvironment: ReadonlySet<string>;
}

/** File names looked for in the working directory, in order, when no file is named. */
export const CONFIG_FILE_NAMES = ['knooppunt.config.yaml', 'knooppunt.config.yml', 'knooppunt.config.json'];

/** Prefix of environment variables that override config values: `KNOOPPUNT__SERVER__PORT=4001`. */
export const ENV_OVERRIDE_PREFIX = 'KNOOPPUNT__';

/**
 * Loads, interpolates and validates the configuration. `${VAR}` and `${VAR:-default}` in string values are
 * replaced from the environment; `KNOOPPUNT__A__B=value` overrides field `a.b` (JSON values are parsed).
 * Throws `ConfigError` naming the file, the field and the problem.
 *
 * @example
 * const { config } = await loadConfig('knooppunt.config.yaml');
 */
export async function loadConfig(file?: string, env: NodeJS.ProcessEnv = process.env): Promise<LoadedConfig> {
  const chosen = file ?? env.KNOOPPUNT_CONFIG ?? CONFIG_FILE_NAMES.find((name) => existsSync(name));
  const label = chosen ? path.relative(process.cwd(), path.resolve(chosen)) || chosen : '(defaults)';
  let raw: unknown = {};
  if (chosen) {
    const text = await readFile(chosen, 'utf8').catch((error: NodeJS.ErrnoException) => {
      throw new ConfigError(label, [
        { path: '', message: `cannot be read (${error.code ?? error.message})` },
      ]);
    });
    raw = parseText(label, text);
  }
  const fromEnvironment = new Set<string>();
  const problems: { path: string; message: string }[] = [];
  const interpolated = interpolate(raw, [], env, fromEnvironment, problems);
  applyOverrides(interpolated, env, fromEnvironment);
  if (problems.length > 0) throw new ConfigError(label, problems);
  const parsed = KnooppuntConfig.safeParse(interpolated);
  if (!parsed.success) {
    throw new ConfigError(
      label,
      parsed.error.issues.map((issue) => ({ path: fieldPath(issue.path), message: describeIssue(issue) })),
    );
  }
  return { file: label, config: parsed.data, fromEnvironment };
}

function parseText(label: string, text: string): unknown {
  if (label.endsWith('.json')) {
    try {
      return JSON.parse(text);
    } catch (error) {
      throw new ConfigError(label, [{ path: '', message: `is not valid JSON: ${(error as Error).message}` }]);
    }
  }
  const document = parseDocument(text, { prettyErrors: true });
  if (document.errors.length > 0) {
    throw new ConfigError(
      label,
      document.errors.map((error) => ({
        path: error.linePos ? `line ${error.linePos[0].line}, column ${error.linePos[0].col}` : '',
        message: error.message.split('\n')[0] ?? error.message,
      })),
    );
  }
  return document.toJS() ?? {};
}

const PLACEHOLDER = /\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}/g;

function interpolate(
  value: unknown,
  at: readonly PropertyKey[],
  env: NodeJS.ProcessEnv,
  fromEnvironment: Set<string>,
  problems: { path: string; message: string }[],
): unknown {
  if (typeof value === 'string') {
    if (!value.includes('${')) return value;
    fromEnvironment.add(fieldPath(at));
    return value.replace(PLACEHOLDER, (_, name: string, fallback: string | undefined) => {
      const found = env[name] ?? fallback;
      if (found === undefined)
        problems.push({ path: fieldPath(at), message: `environment variable ${name} is not set` });
      return found ?? '';
    });
  }
  if (Array.isArray(value))
    return value.map((item, index) => interpolate(item, [...at, index], env, fromEnvironment, problems));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [
        key,
        interpolate(item, [...at, key], env, fromEnvironment, problems),
      ]),
    );
  }
  return value;
}

function applyOverrides(target: unknown, env: NodeJS.ProcessEnv, fromEnvironment: Set<string>): void {
  if (!target || typeof target !== 'object') return;
  for (const [name, value] of Object.entries(env)) {
    if (!name.startsWith(ENV_OVERRIDE_PREFIX) || value === undefined) continue;
    const segments = name.slice(ENV_OVERRIDE_PREFIX.length).split('__').filter(Boolean);
    let node = target as Record<string, unknown>;
    const pathTaken: string[] = [];
    segments.forEach((segment, index) => {
      const key = matchKey(node, segment);
      pathTaken.push(key);
      if (index === segments.length - 1) node[key] = parseEnvValue(value);
      else {
        if (!node[key] || typeof node[key] !== 'object') node[key] = {};
        node = node[key] as Record<string, unknown>;
      }
    });
    fromEnvironment.add(pathTaken.join('.'));
  }
}

/** Finds the existing key a SNAKE_CASE segment means (`BASE_URL` -> `baseUrl`), or makes the camelCase one. */
function matchKey(node: Record<string, unknown>, segment: string): string {
  const wanted = segment.toLowerCase().replace(/_/g, '');
  const existing = Object.keys(node).find((key) => key.toLowerCase().replace(/[_-]/g, '') === wanted);
  if (existing) return existing;
  return segment.toLowerCase().replace(/_([a-z0-9])/g, (_, char: string) => char.toUpperCase());
}

function parseEnvValue(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

function describeIssue(issue: { code: string; message: string; keys?: string[] }): string {
  if (issue.code === 'unrecognized_keys' && issue.keys)
    return `unknown field ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  return issue.message;
}
