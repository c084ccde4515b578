import type { Command } from 'commander';
import { ConfigError, type LoadedConfig, loadConfig } from '../../config/index.ts';
import { checkServerSecrets, startGateway } from '../../gateway/index.ts';
import { readSupergraph } from '../../schema/supergraph.ts';
import { SUBGRAPH_SDL } from '../../subgraphs/index.ts';
import { commandLogger, globalOptions, parsePort, untilSignal } from '../context.ts';

/**
 * The secret the gateway and the subgraphs of the distributed mode share; without it a subgraph could not
 * tell the gateway's role header from a client's. Throws `ConfigError` when it is not configured.
 */
export function requireInternalToken(loaded: LoadedConfig): string {
  const token = loaded.config.server.internalToken;
  if (token) return token;
  throw new ConfigError(loaded.file, [
    {
      path: 'server.internalToken',
      message:
        'is required in the distributed mode (the same secret for the gateway and every subgraph), e.g. ${KNOOPPUNT_INTERNAL_TOKEN}',
    },
  ]);
}

/** The URL of every subgraph from `server.subgraphUrls`, naming the ones missing. */
function subgraphUrls(loaded: LoadedConfig): Record<string, string> {
  const configured = loaded.config.server.subgraphUrls;
  const missing = SUBGRAPH_SDL.map((subgraph) => subgraph.name).filter((name) => !configured[name]);
  if (missing.length === 0) return configured;
  throw new ConfigError(loaded.file, [
    {
      path: 'server.subgraphUrls',
      message: `has no URL for ${missing.join(', ')} (the gateway needs every subgraph: ${SUBGRAPH_SDL.map((s) => s.name).join(', ')})`,
    },
  ]);
}

/**
 * `knooppunt gateway`: the gateway alone, in front of subgraphs running as their own processes
 * (`knooppunt subgraph NAME`) at `server.subgraphUrls`. Stateless: run as many replicas as needed.
 */
export function registerGateway(program: Command): void {
  program
    .command('gateway')
    .description('run the gateway alone, in front of the subgraphs at server.subgraphUrls (distributed mode)')
    .option('-p, --port <port>', 'gateway port (overrides server.port)', parsePort('--port'))
    .option('--host <host>', 'gateway address (overrides server.host)')
    .addHelpText(
      'after',
      '\nNeeds server.subgraphUrls (every subgraph) and server.internalToken (from the environment), e.g.\n' +
        '  server:\n    internalToken: ${KNOOPPUNT_INTERNAL_TOKEN}\n' +
        '    subgraphUrls: { initiatives: http://initiatives:4001/, funding: http://funding:4002/ }',
    )
    .action(async (flags: { port?: number; host?: string }, command: Command) => {
      const log = commandLogger(command);
      const loaded = await loadConfig(globalOptions(command).config);
      checkServerSecrets(loaded);
      const gateway = await startGateway({
        supergraph: await readSupergraph(),
        subgraphUrls: subgraphUrls(loaded),
        server: loaded.config.server,
        host: flags.host,
        port: flags.port,
        internalToken: requireInternalToken(loaded),
        log,
      });
      const signal = await untilSignal();
      log.info({ signal }, 'stopping the gateway');
      await gateway.close();
    });
}
