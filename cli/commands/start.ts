import type { Command } from 'commander';
import { commandLogger, loadSources, parsePort, untilSignal } from '../context.ts';
import { startEmbedded } from '../embedded.ts';
import { printBanner } from './banner.ts';

/** `knooppunt start`: the embedded deployment over the configured sources and the SQLite store. */
export function registerStart(program: Command): void {
  program
    .command('start')
    .description('run gateway, subgraphs and harvest scheduler in one process (sources from the config file)')
    .option('-p, --port <port>', 'gateway port (overrides server.port)', parsePort('--port'))
    .option('--host <host>', 'gateway address (overrides server.host)')
    .addHelpText(
      'after',
      '\nThe config file lists the sources; its defaults point at the real platforms.\n' +
        'Every value can be overridden by an environment variable, e.g. KNOOPPUNT__SERVER__PORT=4001.',
    )
    .action(async (flags: { port?: number; host?: string }, command: Command) => {
      const log = commandLogger(command);
      const { loaded, sources } = await loadSources(command);
      const server = {
        ...loaded.config.server,
        port: flags.port ?? loaded.config.server.port,
        host: flags.host ?? loaded.config.server.host,
      };
      const embedded = await startEmbedded({
        loaded: { ...loaded, config: { ...loaded.config, server } },
        sources,
        log,
      });
      printBanner(
        embedded.gateway.url,
        sources.filter((source) => source.enabled).map((source) => source.id),
        loaded.file,
      );
      const signal = await untilSignal();
      log.info({ signal }, 'stopping: checkpointing runs in flight');
      await embedded.stop();
    });
}
