import type { Command } from 'commander';
import { openApp } from '../app.ts';
import { commandIO, loadSources } from '../context.ts';

/** Age as a person reads it: "3 min", "5 h", "2 d". */
export function age(fromIso: string | undefined, now = Date.now()): string {
  if (!fromIso) return 'never';
  const seconds = Math.max(0, (now - Date.parse(fromIso)) / 1000);
  if (seconds < 90) return `${Math.round(seconds)} s ago`;
  if (seconds < 5400) return `${Math.round(seconds / 60)} min ago`;
  if (seconds < 172_800) return `${Math.round(seconds / 3600)} h ago`;
  return `${Math.round(seconds / 86_400)} d ago`;
}

/** `knooppunt sources status`: per source its records, quarantine and last runs with their summaries. */
export function registerSources(program: Command): void {
  const sources = program.command('sources').description('configured sources');
  sources
    .command('status')
    .description('records, quarantine and the last runs of every configured source')
    .option(
      '--runs <n>',
      'runs shown per source',
      (value) => Math.max(1, Math.min(100, Number(value) || 5)),
      5,
    )
    .option('--json', 'print JSON')
    .action(async (flags: { runs: number; json?: boolean }, command: Command) => {
      const { log } = commandIO(command);
      const { loaded, sources: configured } = await loadSources(command);
      const app = await openApp(loaded.config, configured, log);
      try {
        const statuses = [];
        for (const source of configured) {
          const runs = await app.store.listRuns(source.id, flags.runs);
          const lastSuccess =
            runs.find((run) => run.status === 'succeeded') ??
            (await app.store.listRuns(source.id, 100)).find((run) => run.status === 'succeeded');
          statuses.push({
            source: source.id,
            connector: source.connector.id,
            enabled: source.enabled,
            schedule: source.schedule,
            baseUrl: source.baseUrl,
            records: await app.store.countSourceRecords(source.id),
            quarantined: await app.store.countQuarantine(source.id),
            lastSuccessfulHarvest: lastSuccess?.endedAt,
            runs,
          });
        }
        if (flags.json) {
          process.stdout.write(`${JSON.stringify(statuses, null, 2)}\n`);
          return;
        }
        const lines: string[] = [];
        for (const status of statuses) {
          lines.push(
            `${status.source} (${status.connector}${status.enabled ? '' : ', disabled'})  ${status.records} records, ${status.quarantined} quarantined, ` +
              `last successful harvest ${age(status.lastSuccessfulHarvest)}, schedule "${status.schedule}"`,
          );
          for (const run of status.runs) {
            const error = run.errors[0] ? `  ${run.errors[0].type}: ${run.errors[0].message}` : '';
            lines.push(
              `    ${run.startedAt}  ${run.status.padEnd(9)} ${run.mode.padEnd(11)} pages ${run.pages}, fetched ${run.fetched}, stored ${run.stored}, ` +
                `unchanged ${run.unchanged}, quarantined ${run.quarantined}, gone ${run.gone}, ${((run.durationMs ?? 0) / 1000).toFixed(1)} s${error}`,
            );
          }
          if (status.runs.length === 0) lines.push('    no runs yet');
        }
        process.stdout.write(`${lines.join('\n')}\n`);
      } finally {
        await app.close();
      }
    });
}
