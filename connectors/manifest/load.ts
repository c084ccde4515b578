import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { type Document, isNode, LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import { ConfigError, fieldPath } from '../../config/index.ts';
import { Manifest } from './schema.ts';

/** File endings of manifests; a source whose `connector` ends in one of them names a manifest file. */
export const MANIFEST_EXTENSIONS = ['.yaml', '.yml', '.json'] as const;

/** Whether a source's `connector` value names a manifest file rather than a built-in connector. */
export function isManifestPath(name: string): boolean {
  return MANIFEST_EXTENSIONS.some((extension) => name.toLowerCase().endsWith(extension));
}

/** The line of the deepest node that exists on a path, for pointing at the bad field in the file. */
function lineOf(document: Document, lines: LineCounter, at: readonly PropertyKey[]): number | undefined {
  for (let depth = at.length; depth >= 0; depth--) {
    const node = document.getIn(at.slice(0, depth) as (string | number)[], true);
    if (isNode(node) && node.range) return lines.linePos(node.range[0]).line;
  }
  return undefined;
}

/** The value written at a path; a transform written as a bare name stands for its `type`. */
function givenAt(document: Document, at: readonly PropertyKey[]): unknown {
  const value = document.getIn(at as (string | number)[]);
  if (value !== undefined || at.at(-1) !== 'type') return value;
  const parent = document.getIn(at.slice(0, -1) as (string | number)[]);
  return typeof parent === 'string' ? parent : undefined;
}

function describeIssue(issue: z.core.$ZodIssue, given: unknown): string {
  if (issue.code === 'unrecognized_keys')
    return `unknown field ${issue.keys.map((key) => `"${key}"`).join(', ')}`;
  if (issue.code === 'invalid_union' && 'options' in issue && Array.isArray(issue.options)) {
    return `unknown ${String(issue.path.at(-1))} ${JSON.stringify(given)}; expected one of ${issue.options.join(', ')}`;
  }
  if (issue.code === 'invalid_type' && given === undefined) return `is required (${issue.expected})`;
  return issue.message;
}

/**
 * Validates a manifest given as text (YAML, or JSON, which YAML reads too). Throws a `ConfigError` that names
 * the file, the dotted path of every bad field and its line, e.g.
 * `my-platform.yaml is not valid:\n  streams[0].fields[3].transforms[0].type: unknown type "htm-to-text"; … (line 41)`.
 */
export function parseManifest(text: string, label: string): Manifest {
  const lines = new LineCounter();
  const document = parseDocument(text, { lineCounter: lines, prettyErrors: true });
  // Only the first syntax error: the ones after it are usually its echoes.
  const [syntax] = document.errors;
  if (syntax) {
    const at = syntax.linePos ? `line ${syntax.linePos[0].line}, column ${syntax.linePos[0].col}` : '';
    throw new ConfigError(label, [{ path: at, message: syntax.message.split('\n')[0] ?? syntax.message }]);
  }
  const value: unknown = document.toJS();
  const parsed = Manifest.safeParse(value);
  if (parsed.success) return parsed.data;
  throw new ConfigError(
    label,
    parsed.error.issues.map((issue) => {
      const line = lineOf(document, lines, issue.path);
      const given = givenAt(document, issue.path);
      const message = describeIssue(issue, given);
      return { path: fieldPath(issue.path), message: line ? `${message} (line ${line})` : message };
    }),
  );
}

/**
 * Reads and validates a manifest file (`.yaml`, `.yml` or `.json`).
 *
 * @example
 * const manifest = await loadManifest('connectors/manifest/examples/arcgis-featureserver.yaml');
 */
export async function loadManifest(file: string): Promise<Manifest> {
  const label = path.relative(process.cwd(), path.resolve(file)) || file;
  if (!isManifestPath(file)) {
    throw new ConfigError(label, [
      { path: '', message: `a manifest ends in ${MANIFEST_EXTENSIONS.join(', ')}` },
    ]);
  }
  const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new ConfigError(label, [{ path: '', message: `cannot be read (${error.code ?? error.message})` }]);
  });
  return parseManifest(text, label);
}
