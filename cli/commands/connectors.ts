import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { parse as parseYaml } from 'yaml';
import { SourceConfig, type ResolvedSource } from '../../config/index.ts';
import { findConnector } from '../../connectors/lookup.ts';
import { listConnectors } from '../../connectors/registry.ts';
import {
  checkSource,
  effectiveLimits,
  harvestSource,
  ndjsonSink,
  summaryFields,
} from '../../connectors/runtime/index.ts';
import { userAgent } from '../../lib/version.ts';
import { commandIO, loadSources } from '../context.ts';
import { EXIT, UsageError } from '../exit.ts';
import { summaryLine } from '../progress.ts';

/** Named in the User-Agent of runs outside a configuration (the config's `harvest.contactUrl` default). */
const DEFAULT_CONTACT = 'https://github.com/knooppunt/knooppunt';

function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => row[column]?.length ?? 0))) ?? [];
  return rows
    .map((row) =>
      row
        .map((cell, column) => cell.padEnd(widths[column] ?? 0))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

function positiveInteger(flag: string) {
  return (value: string): number => {
    const number = Number(value);
    if (!Number.isInteger(number) || number < 1)
      throw new UsageError(`${flag} must be a positive integer, got "${value}"`);
    return number;
  };
}

/** Reads a connector config file: a source section (`baseUrl`, `limits`, `options`) or bare options. */
async function readConnectorConfig(
  file: string,
): Promise<{ baseUrl?: string; limits?: ResolvedSource['limits']; options: unknown }> {
  const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new UsageError(`--config ${file} cannot be read (${error.code ?? error.message})`);
  });
  let raw: unknown;
  try {
    raw = file.endsWith('.json') ? JSON.parse(text) : parseYaml(text);
  } catch (error) {
    throw new UsageError(
      `--config ${file} is not valid ${file.endsWith('.json') ? 'JSON' : 'YAML'}: ${(error as Error).message}`,
    );
  }
  const value = (raw ?? {}) as Record<string, unknown>;
  if (!('options' in value) && !('baseUrl' in value) && !('limits' in value)) return { options: value };
  const parsed = SourceConfig.partial().safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new UsageError(`--config ${file}: ${issue?.path.join('.') || '(top level)'}: ${issue?.message}`);
  }
  return { baseUrl: parsed.data.baseUrl, limits: parsed.data.limits, options: parsed.data.options ?? {} };
}

/** `knooppunt connectors list|check|run`: what connectors exist, whether a source answers, a harvest to a file. */
export function registerConnectors(program: Command): void {
  const connectors = program.command('connectors').description('list, check and try out connectors');

  connectors
    .command('list')
    .description('list the built-in connectors: id, kind, streams, default schedule')
    .option('--json', 'print JSON instead of a table')
    .action((flags: { json?: boolean }) => {
      const all = listConnectors();
      if (flags.json) {
        const rows = all.map((c) => ({
          id: c.id,
          title: c.title,
          kind: c.kind,
          streams: c.streams.map((s) => s.name),
          defaultSchedule: c.defaultSchedule,
          defaultBaseUrl: c.defaultBaseUrl,
          documentationUrl: c.documentationUrl,
        }));
        process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
        return;
      }
      const rows = [
        ['ID', 'KIND', 'STREAMS', 'SCHEDULE', 'PLATFORM'],
        ...all.map((c) => [c.id, c.kind, c.streams.map((s) => s.name).join(','), c.defaultSchedule, c.title]),
      ];
      process.stdout.write(`${table(rows)}\n`);
    });

  connectors
    .command('check')
    .description(
      'connection test of a configured source: read, validate and map the first page of each stream',
    )
    .argument('<source>', 'a source id from the config file')
    .option('--timeout <seconds>', 'give up after this long', positiveInteger('--timeout'), 30)
    .action(async (id: string, flags: { timeout: number }, command: Command) => {
      const { log } = commandIO(command);
      const { loaded, sources } = await loadSources(command);
      const source = sources.find((candidate) => candidate.id === id);
      if (!source)
        throw new UsageError(
          `unknown source "${id}"; configured: ${sources.map((s) => s.id).join(', ') || '(none)'}`,
        );
      const check = await checkSource(source, {
        userAgent: userAgent(loaded.config.harvest.contactUrl),
        log,
        timeoutMs: flags.timeout * 1000,
      });
      const lines = [
        `${check.ok ? '✔' : '✘'} ${check.source} (${check.connector}) at ${check.baseUrl}: ${check.ok ? 'OK' : 'FAILED'}`,
      ];
      for (const stream of check.streams) {
        lines.push(
          stream.ok
            ? `  ✔ ${stream.stream}: ${stream.fetched} records read, ${stream.valid} mapped, ${stream.quarantined} would be quarantined (${stream.durationMs} ms)`
            : `  ✘ ${stream.stream}: ${stream.error?.type} error — ${stream.error?.message}`,
        );
      }
      process.stdout.write(`${lines.join('\n')}\n`);
      process.exitCode = check.ok ? EXIT.ok : EXIT.failure;
    });

  connectors
    .command('run')
    .description('harvest once into an NDJSON file of SourceRecords, without touching the store')
    .argument(
      '<connector>',
      'a built-in connector id, a manifest file (.yaml/.json) or an installed plugin package',
    )
    .requiredOption(
      '-o, --out <file>',
      'NDJSON file for the records; quarantined records go to <file>.quarantine.ndjson',
    )
    .option('--base-url <url>', "the platform's base URL (default: the connector's real endpoint)")
    .option(
      '--config <file>',
      'YAML or JSON with the connector options (or a source section: baseUrl, limits, options)',
    )
    .option('--limit <n>', 'stop after this many records', positiveInteger('--limit'))
    .option('--source <id>', 'source id written into the records', undefined)
    .addHelpText(
      'after',
      '\nThe run summary goes to stderr. Exit code 0 when the run completed (quarantined records included),\n1 when it could not run, 2 for bad arguments.',
    )
    .action(
      async (
        name: string,
        flags: { out: string; baseUrl?: string; config?: string; limit?: number; source?: string },
        command: Command,
      ) => {
        const { log, progress } = commandIO(command);
        const connector = await findConnector(name, process.cwd()).catch((error: Error) => {
          throw new UsageError(error.message);
        });
        const file = flags.config ? await readConnectorConfig(flags.config) : { options: {} };
        const options = connector.config.safeParse(file.options);
        if (!options.success) {
          const issue = options.error.issues[0];
          throw new UsageError(
            `connector options${flags.config ? ` in ${flags.config}` : ''}: ${issue?.path.join('.') || '(top level)'}: ${issue?.message}`,
          );
        }
        const baseUrl = flags.baseUrl ?? file.baseUrl ?? connector.defaultBaseUrl;
        if (!/^https?:\/\//.test(baseUrl))
          throw new UsageError(`--base-url must be an http(s) URL, got "${baseUrl}"`);
        const source: ResolvedSource = {
          id: flags.source ?? connector.id,
          connector,
          options: options.data,
          enabled: true,
          schedule: connector.defaultSchedule,
          baseUrl: baseUrl.replace(/\/+$/, ''),
          priority: 50,
          limits: file.limits,
        };
        const out = path.resolve(flags.out);
        const sink = ndjsonSink(out, out.replace(/\.ndjson$/, '') + '.quarantine.ndjson');
        const run = await harvestSource({
          source,
          sink,
          log,
          mode: 'full',
          userAgent: userAgent(DEFAULT_CONTACT),
          limit: flags.limit,
          onProgress: (p) => progress.update(p),
        });
        await sink.close();
        progress.done(run);
        progress.close();
        log.info({ ...summaryFields(run), limits: effectiveLimits(source), out }, summaryLine(run));
        process.exitCode = run.status === 'failed' ? EXIT.failure : EXIT.ok;
      },
    );
}
