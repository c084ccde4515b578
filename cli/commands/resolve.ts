import type { Command } from 'commander';
import { resolveAllInStore, runResolveCommand } from '../../resolution/index.ts';
import { openApp, sourcePriority } from '../app.ts';
import { commandIO, loadSources } from '../context.ts';
import { UsageError } from '../exit.ts';

/** `knooppunt resolve`: entity resolution of an NDJSON file, or of everything in the store (`--all`). */
export function registerResolve(program: Command): void {
  program
    .command('resolve')
    .description(
      'group source records into initiatives: an NDJSON file (--input/--output) or the whole store (--all)',
    )
    .option('-i, --input <file>', "NDJSON of SourceRecords in the MODEL.md shape ('-' for stdin)")
    .option('-o, --output <file>', 'where to write {"key","initiative"} lines (\'-\' for stdout)')
    .option('--explain', 'add the match evidence of each record to its line')
    .option(
      '--all',
      're-resolve every record in the store and write the initiatives (same result as incremental)',
    )
    .addHelpText('after', '\nBad input lines are reported with their line number and skipped, never fatal.')
    .action(
      async (
        flags: { input?: string; output?: string; explain?: boolean; all?: boolean },
        command: Command,
      ) => {
        const { log } = commandIO(command);
        const progress = Boolean(process.stderr.isTTY);
        if (flags.all) {
          if (flags.input || flags.output)
            throw new UsageError('--all works on the store; it takes no --input or --output');
          const { loaded, sources } = await loadSources(command);
          const app = await openApp(loaded.config, sources, log);
          try {
            const summary = await resolveAllInStore({
              store: app.store,
              log,
              progress,
              options: { mergePolicy: { sourcePriority: sourcePriority(sources) } },
            });
            log.info(summary, `resolved ${summary.records} records into ${summary.initiatives} initiatives`);
          } finally {
            await app.close();
          }
          return;
        }
        if (!flags.input || !flags.output)
          throw new UsageError('give --input and --output (or --all to re-resolve the store)');
        const summary = await runResolveCommand({
          input: flags.input,
          output: flags.output,
          explain: Boolean(flags.explain),
          log,
          progress,
        });
        log.info(
          summary,
          `resolved ${summary.records} records into ${summary.initiatives} initiatives (${summary.invalid} bad lines skipped)`,
        );
      },
    );
}
