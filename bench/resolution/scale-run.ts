/**
 * One timed run of `knooppunt resolve` for the benchmark, in its own process so that its peak memory is
 * its own: `node bench/resolution/scale-run.ts <input.ndjson> <output.ndjson>`. Prints one JSON line:
 * the command's summary, wall time and peak resident memory (VmHWM).
 */
import { readFileSync } from 'node:fs';
import { silentLogger } from '../../lib/log.ts';
import { runResolveCommand } from '../../resolution/index.ts';

const [input, output] = process.argv.slice(2);
if (input === undefined || output === undefined) throw new Error('usage: scale-run.ts <input> <output>');
const started = performance.now();
const summary = await runResolveCommand({
  input,
  output,
  explain: false,
  log: silentLogger(),
  progress: false,
});
const wallMs = performance.now() - started;
const peak = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
const cpu = process.cpuUsage();
console.log(
  JSON.stringify({
    ...summary,
    wallMs: Math.round(wallMs),
    cpuMs: Math.round((cpu.user + cpu.system) / 1000),
    peakRssMiB: peak === null ? null : Math.round(Number(peak[1]) / 1024),
  }),
);
