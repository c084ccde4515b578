import { Command, CommanderError } from 'commander';
import { VERSION } from '../lib/version.ts';
import { registerConnectors } from './commands/connectors.ts';
import { registerDemo } from './commands/demo.ts';
import { registerGateway } from './commands/gateway.ts';
import { registerHarvest } from './commands/harvest.ts';
import { registerHarvester } from './commands/harvester.ts';
import { registerQuarantine } from './commands/quarantine.ts';
import { registerResolve } from './commands/resolve.ts';
import { registerSources } from './commands/sources.ts';
import { registerStart } from './commands/start.ts';
import { registerSubgraph } from './commands/subgraph.ts';
import { EXIT, reportError } from './exit.ts';

/**
 * The `knooppunt` command: every subcommand registers itself here.
 *
 * @example
 * knooppunt demo            # replicas of every platform on loopback, harvested into a populated graph
 * knooppunt start           # sources from knooppunt.config.yaml, against the real platforms
 * knooppunt gateway         # distributed mode: the gateway, the subgraphs (`knooppunt subgraph NAME`) and
 *                           # the harvesters (`knooppunt harvester`) as separate processes over Redis
 */
export function buildProgram(): Command {
  const program = new Command('knooppunt')
    .description('Open hub for civic-initiative data: harvest platforms into one federated GraphQL graph.')
    .version(VERSION, '-v, --version')
    .option('-c, --config <file>', 'configuration file (default: knooppunt.config.yaml in this directory)')
    .option(
      '--log-level <level>',
      'debug, info, warn, error or silent',
      process.env.KNOOPPUNT_LOG_LEVEL ?? 'info',
    )
    .option('--json-logs', 'log JSON lines even on a terminal')
    .showHelpAfterError('(run with --help for usage)')
    .enablePositionalOptions()
    .exitOverride();
  registerStart(program);
  registerDemo(program);
  registerHarvest(program);
  registerConnectors(program);
  registerSources(program);
  registerQuarantine(program);
  registerResolve(program);
  registerGateway(program);
  registerSubgraph(program);
  registerHarvester(program);
  addConfigOption(program);
  return program;
}

/** Commands that read the configuration file; each also takes `--config` after its name. */
const READS_CONFIG = new Set([
  'start',
  'harvest',
  'connectors check',
  'sources status',
  'quarantine list',
  'quarantine retry',
  'resolve',
  'gateway',
  'subgraph',
  'harvester',
]);

/**
 * Global options must come before a subcommand (so that `connectors run --config` can mean its own file), so
 * every command also takes them after its name: `knooppunt harvest --config x --json-logs` works too.
 */
function addConfigOption(command: Command, prefix = ''): void {
  for (const sub of command.commands) {
    const name = `${prefix}${sub.name()}`;
    if (sub.commands.length === 0) {
      if (READS_CONFIG.has(name))
        sub.option('-c, --config <file>', 'configuration file (default: knooppunt.config.yaml)');
      sub.option('--log-level <level>', 'debug, info, warn, error or silent');
      sub.option('--json-logs', 'log JSON lines even on a terminal');
    }
    addConfigOption(sub, `${name} `);
  }
}

async function main(argv: readonly string[]): Promise<number> {
  try {
    await buildProgram().parseAsync([...argv]);
    return EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    return reportError(error);
  }
}

const code = await main(process.argv);
if (code !== EXIT.ok) process.exit(code);
