/**
 * The entity-resolution benchmark: `npm run bench:resolution [-- --quick] [-- --sizes 10000,100000]`.
 *
 * Generates the held-out test set (seed 2; the model was trained on seed 1 and tuned on seed 3) at
 * 10^4, 10^5 and 10^6 records (`--quick`: the first two), runs `knooppunt resolve` on each in a child
 * process, and reports pairwise precision, recall and F1, B-cubed, wall time, candidate pairs and peak
 * memory, with the growth from one size to the next. Writes `bench/results/resolution.json`.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { defaultModel } from '../../resolution/scoring/model.ts';
import { SEEDS, writeDataset } from './dataset.ts';
import { type Quality, quality } from './metrics.ts';

const here = import.meta.dirname;
const repoRoot = resolve(here, '../..');

/** Generated data sets are cached under the temp directory, keyed by the generator's own source. */
function dataPath(size: number): { data: string; truth: string } {
  const generator = createHash('sha256');
  for (const file of readdirSync(here)
    .filter((name) => name.endsWith('.ts'))
    .sort()) {
    generator.update(readFileSync(join(here, file)));
  }
  const dir = join(tmpdir(), 'knooppunt-bench');
  mkdirSync(dir, { recursive: true });
  const stem = join(dir, `resolution-seed${SEEDS.test}-${size}-${generator.digest('hex').slice(0, 12)}`);
  return { data: `${stem}.ndjson`, truth: `${stem}.truth.tsv` };
}

async function dataset(size: number): Promise<{ data: string; truth: Map<string, string> }> {
  const { data, truth } = dataPath(size);
  if (!existsSync(data) || !existsSync(truth)) {
    console.error(`generating ${size.toLocaleString('en')} records …`);
    const labels = await writeDataset(data, SEEDS.test, size);
    writeFileSync(truth, [...labels].map(([key, entity]) => `${key}\t${entity}`).join('\n'));
  }
  const labels = new Map<string, string>();
  for (const line of readFileSync(truth, 'utf8').split('\n')) {
    const [key, entity] = line.split('\t');
    if (key !== undefined && entity !== undefined) labels.set(key, entity);
  }
  return { data, truth: labels };
}

async function readAssignments(path: string): Promise<Map<string, string>> {
  const assignments = new Map<string, string>();
  for await (const line of createInterface({ input: createReadStream(path) })) {
    const { key, initiative } = JSON.parse(line) as { key: string; initiative: string };
    assignments.set(key, initiative);
  }
  return assignments;
}

interface Run {
  readonly records: number;
  readonly seconds: number;
  readonly cpuSeconds: number;
  readonly peakMemoryMiB: number | null;
  readonly candidatePairs: number;
  readonly pairsPerRecord: number;
  readonly pairsPerRule: Record<string, number>;
  readonly oversizedBuckets: number;
  readonly initiatives: number;
  readonly quality: Quality;
}

async function run(size: number): Promise<Run> {
  const { data, truth } = await dataset(size);
  const output = `${data}.out`;
  console.error(`resolving ${size.toLocaleString('en')} records …`);
  const child = spawnSync(process.execPath, [join(here, 'scale-run.ts'), data, output], {
    cwd: repoRoot,
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
  if (child.status !== 0) throw new Error(`resolve run failed: ${child.stderr}`);
  const summary = JSON.parse(child.stdout.trim().split('\n').at(-1)!) as {
    records: number;
    wallMs: number;
    cpuMs: number;
    peakRssMiB: number | null;
    candidatePairs: number;
    pairsPerRule: Record<string, number>;
    oversizedBuckets: number;
    initiatives: number;
  };
  return {
    records: summary.records,
    seconds: summary.wallMs / 1000,
    cpuSeconds: summary.cpuMs / 1000,
    peakMemoryMiB: summary.peakRssMiB,
    candidatePairs: summary.candidatePairs,
    pairsPerRecord: summary.candidatePairs / summary.records,
    pairsPerRule: summary.pairsPerRule,
    oversizedBuckets: summary.oversizedBuckets,
    initiatives: summary.initiatives,
    quality: quality(await readAssignments(output), truth),
  };
}

function percent(value: number): string {
  return `${(value * 100).toFixed(2)}%`;
}

const { values } = parseArgs({
  options: { quick: { type: 'boolean', default: false }, sizes: { type: 'string' } },
});
const sizes =
  values.sizes?.split(',').map(Number) ?? (values.quick ? [10_000, 100_000] : [10_000, 100_000, 1_000_000]);
const runs: Run[] = [];
for (const size of sizes) runs.push(await run(size));

const growth = runs.slice(1).map((current, i) => {
  const previous = runs[i]!;
  return {
    from: previous.records,
    to: current.records,
    records: current.records / previous.records,
    time: current.seconds / previous.seconds,
    candidatePairs: current.candidatePairs / previous.candidatePairs,
    peakMemory:
      current.peakMemoryMiB === null || previous.peakMemoryMiB === null
        ? null
        : current.peakMemoryMiB / previous.peakMemoryMiB,
  };
});
const result = {
  benchmark: 'entity resolution: knooppunt resolve on generated, labelled records',
  testSet: `seed ${SEEDS.test}, never used for training (seed ${SEEDS.train}) or threshold tuning (seed 3)`,
  model: defaultModel().description,
  machine: {
    cpus: cpus().length,
    parallelism: availableParallelism(),
    cpuModel: cpus()[0]?.model,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
  },
  runs,
  growth,
};
writeFileSync(join(repoRoot, 'bench/results/resolution.json'), `${JSON.stringify(result, null, 2)}\n`);

console.log(
  'records     time (s)  cpu (s)  peak MiB  pairs/rec  pairs        P        R        F1       B3 F1',
);
for (const r of runs) {
  console.log(
    [
      r.records.toLocaleString('en').padEnd(11),
      r.seconds.toFixed(1).padStart(8),
      r.cpuSeconds.toFixed(1).padStart(8),
      String(r.peakMemoryMiB ?? '-').padStart(9),
      r.pairsPerRecord.toFixed(2).padStart(10),
      r.candidatePairs.toLocaleString('en').padStart(12),
      percent(r.quality.precision).padStart(8),
      percent(r.quality.recall).padStart(8),
      percent(r.quality.f1).padStart(8),
      percent(r.quality.bcubedF1).padStart(8),
    ].join(' '),
  );
}
for (const g of growth) {
  console.log(
    `growth ${g.from.toLocaleString('en')} -> ${g.to.toLocaleString('en')} (x${g.records.toFixed(1)} records): ` +
      `time x${g.time.toFixed(2)}, candidate pairs x${g.candidatePairs.toFixed(2)}, peak memory x${g.peakMemory?.toFixed(2) ?? '-'}`,
  );
}
console.log('written to bench/results/resolution.json');
