import type { Command } from 'commander';
import { createScheduler } from '../../connectors/runtime/index.ts';
import { userAgent } from '../../lib/version.ts';
import { openApp, pickSources } from '../app.ts';
import { commandIO, loadSources } from '../context.ts';
import { EXIT } from '../exit.ts';

/** `knooppunt harvest [source...]`: one run of each source into the store, with progress. */
export function registerHarvest(program: Command): void {
  program
    .command('harvest')
    .description('harvest sources once into the store (all enabled sources when none is named)')
    .argument('[source...]', 'configured source ids')
    .option(
      '--full',
      'full refresh: read everything again and mark records the platform no longer lists as gone',
    )
    .addHelpText(
      'after',
      '\nExit code 0 when every run succeeded, 1 when one failed or another harvester held its lease.',
    )
    .action(async (ids: string[], flags: { full?: boolean }, command: Command) => {
      const { log, progress } = commandIO(command);
      const { loaded, sources } = await loadSources(command);
      const chosen = pickSources(sources, ids);
      const app = await openApp(loaded.config, sources, log);
      const scheduler = createScheduler({
        store: app.store,
        sources: chosen,
        resolver: app.resolver,
        log,
        userAgent: userAgent(loaded.config.harvest.contactUrl),
        leaseTtlMs: loaded.config.harvest.leaseSeconds * 1000,
        onProgress: (p) => progress.update(p),
      });
      const stop = () => void scheduler.stop();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      try {
        const runs = await Promise.all(
          chosen.map((source) => scheduler.runNow(source.id, flags.full ? 'full' : 'incremental')),
        );
        runs.forEach((run) => run && progress.done(run));
        process.exitCode = runs.every((run) => run?.status === 'succeeded') ? EXIT.ok : EXIT.failure;
      } finally {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        progress.close();
        await scheduler.stop();
        await app.close();
      }
    });
}
