import type { z } from 'zod';
import type { AuthSpec, OptionSpec } from './auth-schema.ts';
import { jsonPathProblem } from './json-path.ts';
import { targetProblem, uncoveredRequired } from './model-paths.ts';
import type { StreamSpec } from './schema.ts';
import { BUILT_INS, type SecretRef } from './schema-primitives.ts';
import { placeholdersOf } from './template.ts';

/** The parts of a manifest the cross-field checks read. */
interface ManifestShape {
  readonly options: readonly OptionSpec[];
  readonly auth: AuthSpec;
  readonly streams: readonly StreamSpec[];
}

type Path = (string | number)[];
type Report = (path: Path, message: string) => void;

/** Strings inside a JSON value with their paths, for checking the placeholders of bodies and variables. */
function* stringsIn(value: unknown, path: Path): Generator<[string, Path]> {
  if (typeof value === 'string') yield [value, path];
  else if (Array.isArray(value))
    for (const [i, item] of value.entries()) yield* stringsIn(item, [...path, i]);
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) yield* stringsIn(item, [...path, key]);
  }
}

function checkPlaceholders(
  text: string,
  path: Path,
  allowed: ReadonlySet<string>,
  secrets: ReadonlySet<string>,
  report: Report,
  options: { recordPaths: boolean },
): void {
  for (const name of placeholdersOf(text)) {
    if (name.startsWith('$')) {
      if (!options.recordPaths) report(path, `{${name}}: record values cannot be used in a request`);
      else {
        const problem = jsonPathProblem(name);
        if (problem) report(path, problem);
      }
    } else if (secrets.has(name) && options.recordPaths) {
      report(path, `{${name}} is a secret option and must not be written into records`);
    } else if (!allowed.has(name)) {
      report(path, `{${name}} names no option; declared: ${[...allowed].join(', ') || 'none'}`);
    }
  }
}

function checkSecretRef(ref: SecretRef, path: Path, options: readonly OptionSpec[], report: Report): void {
  if (!('option' in ref)) return;
  const option = options.find((candidate) => candidate.name === ref.option);
  if (!option) report([...path, 'option'], `names no declared option "${ref.option}"`);
  else if (!option.secret) report([...path, 'option'], `option "${ref.option}" must be marked secret: true`);
}

function checkStream(stream: StreamSpec, at: Path, manifest: ManifestShape, report: Report): void {
  const names = new Set<string>([...BUILT_INS, ...manifest.options.map((option) => option.name)]);
  const secrets = new Set(manifest.options.filter((option) => option.secret).map((option) => option.name));
  const request = (text: string, path: Path) =>
    checkPlaceholders(text, [...at, 'request', ...path], names, new Set(), report, { recordPaths: false });
  request(stream.request.path, ['path']);
  for (const [key, value] of Object.entries(stream.request.query)) {
    if (typeof value === 'string') request(value, ['query', key]);
  }
  for (const [key, value] of Object.entries(stream.request.headers)) request(value, ['headers', key]);
  for (const [text, path] of stringsIn(stream.request.body, ['body'])) request(text, path);
  for (const [text, path] of stringsIn(stream.request.graphql?.variables, ['graphql', 'variables'])) {
    request(text, path);
  }
  for (const part of ['paginator', 'incremental'] as const) {
    const spec = stream[part];
    if (spec && 'in' in spec && spec.in === 'variables' && !stream.request.graphql) {
      report([...at, part, 'in'], 'variables needs a request with graphql');
    }
  }
  if (stream.incremental) {
    if (stream.paginator.type === 'since') {
      report([...at, 'incremental'], 'the since paginator already carries the cursor; leave incremental out');
    }
    const { format, type } = stream.incremental;
    if (format !== 'raw' && (type === 'number' || type === 'string')) {
      report(
        [...at, 'incremental', 'format'],
        `a ${type} cursor is written raw; ${format} needs a date type`,
      );
    }
    checkPlaceholders(
      stream.incremental.value,
      [...at, 'incremental', 'value'],
      new Set([...names, 'cursor']),
      new Set(),
      report,
      { recordPaths: false },
    );
  }
  const targets: string[] = [];
  for (const [i, field] of stream.fields.entries()) {
    const path = [...at, 'fields', i];
    const problem = targetProblem(stream.kind, field.target);
    if (problem) report([...path, 'target'], problem);
    targets.push(field.target);
    if (field.template) {
      checkPlaceholders(field.template, [...path, 'template'], names, secrets, report, { recordPaths: true });
    }
    for (const [j, transform] of field.transforms.entries()) {
      if (transform.type !== 'themes' || transform.keepLabels === false) continue;
      const labels = targetProblem(stream.kind, transform.keepLabels);
      if (labels) report([...path, 'transforms', j, 'keepLabels'], labels);
    }
  }
  for (const missing of uncoveredRequired(stream.kind, targets)) {
    report([...at, 'fields'], `${missing} is required by the canonical model, but no field maps it`);
  }
}

/**
 * The checks of a manifest that span fields: unique names, placeholders that name declared options, secrets
 * that come from secret options, model paths that exist for the stream's kind, required model fields mapped.
 */
export function checkManifest(manifest: ManifestShape, context: z.core.$RefinementCtx): void {
  const report: Report = (path, message) => context.addIssue({ code: 'custom', path, message });
  const seen = new Set<string>();
  for (const [i, option] of manifest.options.entries()) {
    if (seen.has(option.name)) report(['options', i, 'name'], `option "${option.name}" is declared twice`);
    seen.add(option.name);
  }
  const streams = new Set<string>();
  for (const [i, stream] of manifest.streams.entries()) {
    if (streams.has(stream.name)) report(['streams', i, 'name'], `stream "${stream.name}" is declared twice`);
    streams.add(stream.name);
    checkStream(stream, ['streams', i], manifest, report);
  }
  const auth = manifest.auth;
  if (auth.type === 'bearer') checkSecretRef(auth.token, ['auth', 'token'], manifest.options, report);
  if (auth.type === 'header' || auth.type === 'query') {
    checkSecretRef(auth.value, ['auth', 'value'], manifest.options, report);
  }
  if (auth.type === 'basic') {
    if (typeof auth.username !== 'string') {
      checkSecretRef(auth.username, ['auth', 'username'], manifest.options, report);
    }
    checkSecretRef(auth.password, ['auth', 'password'], manifest.options, report);
  }
}
