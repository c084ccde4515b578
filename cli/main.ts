import { Command, CommanderError } from 'commander';
import { VERSION } from '../lib/version.ts';
import { registerDemo } from './commands/demo.ts';
import { registerStart } from './commands/start.ts';
import { EXIT, reportError } from './exit.ts';

/**
 * The `knooppunt` command: every subcommand registers itself here.
 *
 * @example
 * knooppunt demo            # replicas of every platform on loopback, harvested into a populated graph
 * knooppunt start           # sources from knooppunt.config.yaml, against the real platforms
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
    .exitOverride();
  registerStart(program);
  registerDemo(program);
  return program;
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
