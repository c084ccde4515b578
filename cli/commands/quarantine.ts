import type { Command } from 'commander';
import { retryQuarantine } from '../../connectors/runtime/index.ts';
import { openApp, pickSources } from '../app.ts';
import { commandIO, loadSources } from '../context.ts';
import { UsageError } from '../exit.ts';

function limitOf(value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1 || number > 100_000) {
    throw new UsageError(`--limit must be an integer between 1 and 100000, got "${value}"`);
  }
  return number;
}

/** `knooppunt quarantine list|retry`: records that failed validation or mapping, and retrying them after a fix. */
export function registerQuarantine(program: Command): void {
  const quarantine = program.command('quarantine').description('records that failed validation or mapping');

  quarantine
    .command('list')
    .description('list quarantined records, newest first, with the zod issue paths')
    .option('-s, --source <id>', 'only records of this source')
    .option('--limit <n>', 'at most this many', limitOf, 50)
    .option('--json', 'print JSON lines with the raw payloads')
    .action(async (flags: { source?: string; limit: number; json?: boolean }, command: Command) => {
      const { log } = commandIO(command);
      const { loaded, sources } = await loadSources(command);
      if (flags.source) pickSources(sources, [flags.source]);
      const app = await openApp(loaded.config, sources, log);
      try {
        const entries = await app.store.listQuarantine({ source: flags.source, limit: flags.limit });
        const total = await app.store.countQuarantine(flags.source);
        if (flags.json) {
          for (const entry of entries) process.stdout.write(`${JSON.stringify(entry)}\n`);
          return;
        }
        const lines = entries.map((entry) => {
          const issues = entry.issues
            .slice(0, 3)
            .map((issue) => `${issue.path || '(record)'}: ${issue.message}`);
          return `${entry.at}  ${entry.id}  [${entry.stage}]\n    ${issues.join('\n    ')}${entry.issues.length > 3 ? `\n    … ${entry.issues.length - 3} more` : ''}`;
        });
        process.stdout.write(
          `${total} quarantined record${total === 1 ? '' : 's'}${flags.source ? ` of ${flags.source}` : ''}${total > entries.length ? ` (showing ${entries.length})` : ''}\n${lines.join('\n')}\n`,
        );
      } finally {
        await app.close();
      }
    });

  quarantine
    .command('retry')
    .description(
      'run quarantined records again through the current schema and mapping; those that pass are stored',
    )
    .option('-s, --source <id>', 'only records of this source')
    .option('--limit <n>', 'at most this many', limitOf, 10_000)
    .action(async (flags: { source?: string; limit: number }, command: Command) => {
      const { log } = commandIO(command);
      const { loaded, sources } = await loadSources(command);
      if (flags.source) pickSources(sources, [flags.source]);
      const app = await openApp(loaded.config, sources, log);
      try {
        const entries = await app.store.listQuarantine({ source: flags.source, limit: flags.limit });
        const summary = await retryQuarantine({ store: app.store, sources, resolver: app.resolver, entries });
        process.stdout.write(
          `retried ${entries.length}: ${summary.fixed} fixed and stored, ${summary.stillFailing} still failing` +
            `${summary.skipped ? `, ${summary.skipped} of sources no longer configured` : ''}\n`,
        );
      } finally {
        await app.close();
      }
    });
}
