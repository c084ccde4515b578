/**
 * Trains the match model of entity resolution on generated, labelled data and writes it to
 * `resolution/scoring/weights.json`:
 *
 *   node bench/resolution/train.ts [--records 40000]
 *
 * m and u per comparison level are counted over the candidate pairs of the training set (seed 1), with
 * add-one smoothing; the match threshold and the veto are then chosen on a separate validation set
 * (seed 3) for the best pairwise F1 after clustering. The test set the benchmark reports on (seed 2) is
 * never seen here.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { candidatePairs } from '../../resolution/batch/candidate-pairs.ts';
import { resolveBatch } from '../../resolution/batch/index.ts';
import { type RecordFeatures, recordFeatures } from '../../resolution/features/record-features.ts';
import type { BucketCaps } from '../../resolution/blocking/rules.ts';
import { capsOf, ResolutionOptions } from '../../resolution/options.ts';
import { COMPARISONS, type ComparisonName, compareRecords } from '../../resolution/scoring/compare.ts';
import { createScorer, type MatchModel } from '../../resolution/scoring/model.ts';
import { generateDataset, SEEDS } from './dataset.ts';
import { quality } from './metrics.ts';

const VALIDATION_SEED = 3;
const THRESHOLDS = [-5, -4, -3, -2, -1, 0, 1, 2, 3, 4, 6];
const VETOES = [-40, -20, -14, -10, -7, -5, -4, -3];

function load(seed: number, size: number): { records: RecordFeatures[]; truth: Map<string, string> } {
  const records: RecordFeatures[] = [];
  const truth = new Map<string, string>();
  for (const { record, entity } of generateDataset(seed, size)) {
    records.push(recordFeatures(record));
    truth.set(record.key, entity);
  }
  records.sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
  return { records, truth };
}

/** Counts comparison levels over the candidate pairs of a labelled set and turns them into m and u. */
function estimate(records: readonly RecordFeatures[], truth: ReadonlyMap<string, string>, caps: BucketCaps) {
  const pairs = candidatePairs(records, caps);
  const names = Object.keys(COMPARISONS) as ComparisonName[];
  const counts = {
    match: Object.fromEntries(names.map((name) => [name, new Map<string, number>()])),
    other: Object.fromEntries(names.map((name) => [name, new Map<string, number>()])),
  };
  let matches = 0;
  for (let k = 0; k < pairs.length; k++) {
    const a = records[pairs.a[k]!]!;
    const b = records[pairs.b[k]!]!;
    const same = truth.get(a.key) === truth.get(b.key);
    if (same) matches++;
    const { levels } = compareRecords(a, b);
    const side = same ? counts.match : counts.other;
    for (const name of names) side[name]!.set(levels[name], (side[name]!.get(levels[name]) ?? 0) + 1);
  }
  const others = pairs.length - matches;
  const comparisons = Object.fromEntries(
    names.map((name) => {
      const levels = COMPARISONS[name];
      const level = (count: Map<string, number>, total: number, value: string) =>
        ((count.get(value) ?? 0) + 1) / (total + levels.length);
      return [
        name,
        Object.fromEntries(
          levels.map((value) => [
            value,
            {
              m: round(level(counts.match[name]!, matches, value)),
              u: round(level(counts.other[name]!, others, value)),
            },
          ]),
        ),
      ];
    }),
  );
  return {
    comparisons,
    prior: Math.log2(matches / others),
    pairs: pairs.length,
    matches,
  };
}

function round(value: number): number {
  return Number(value.toPrecision(4));
}

function truePairsCovered(
  records: readonly RecordFeatures[],
  truth: ReadonlyMap<string, string>,
  caps: BucketCaps,
): number {
  const pairs = candidatePairs(records, caps);
  let covered = 0;
  for (let k = 0; k < pairs.length; k++) {
    if (truth.get(records[pairs.a[k]!]!.key) === truth.get(records[pairs.b[k]!]!.key)) covered++;
  }
  const sizes = new Map<string, number>();
  for (const entity of truth.values()) sizes.set(entity, (sizes.get(entity) ?? 0) + 1);
  let all = 0;
  for (const size of sizes.values()) all += (size * (size - 1)) / 2;
  return covered / all;
}

const { values } = parseArgs({
  options: { records: { type: 'string', default: '40000' } },
});
const size = Number(values.records);
const caps = capsOf(ResolutionOptions.parse({}));
const train = load(SEEDS.train, size);
const estimated = estimate(train.records, train.truth, caps);
console.log(
  `training: ${train.records.length} records, ${estimated.pairs} candidate pairs, ${estimated.matches} matches`,
);
console.log(
  `blocking recall (true pairs among candidates): ${truePairsCovered(train.records, train.truth, caps).toFixed(4)}`,
);

const validation = load(VALIDATION_SEED, Math.round(size / 2));
let best: { threshold: number; veto: number; f1: number } = {
  threshold: 0,
  veto: -10,
  f1: -1,
};
for (const threshold of THRESHOLDS) {
  for (const veto of VETOES) {
    const model: MatchModel = {
      description: '',
      command: '',
      prior: round(estimated.prior),
      threshold,
      veto,
      comparisons: estimated.comparisons as MatchModel['comparisons'],
    };
    const { clusters } = resolveBatch({
      records: validation.records,
      scorer: createScorer(model),
      caps,
      explain: false,
    });
    const predicted = new Map<string, string>();
    for (const cluster of clusters) for (const key of cluster.members) predicted.set(key, cluster.id);
    const { f1, precision, recall } = quality(predicted, validation.truth);
    if (f1 > best.f1) best = { threshold, veto, f1 };
    console.log(
      `threshold ${threshold} veto ${veto}: P ${precision.toFixed(4)} R ${recall.toFixed(4)} F1 ${f1.toFixed(4)}`,
    );
  }
}
console.log(`chosen: threshold ${best.threshold}, veto ${best.veto} (validation F1 ${best.f1.toFixed(4)})`);

const model: MatchModel = {
  description:
    `Fellegi-Sunter m/u per comparison level, counted over ${estimated.pairs} candidate pairs ` +
    `(${estimated.matches} matches) of ${train.records.length} generated records (seed ${SEEDS.train}); ` +
    `threshold and veto chosen on ${validation.records.length} validation records (seed ${VALIDATION_SEED}).`,
  command: `node bench/resolution/train.ts --records ${size}`,
  prior: round(estimated.prior),
  threshold: best.threshold,
  veto: best.veto,
  comparisons: estimated.comparisons as MatchModel['comparisons'],
};
const target = resolve(import.meta.dirname, '../../resolution/scoring/weights.json');
writeFileSync(target, `${JSON.stringify(model, null, 2)}\n`);
console.log(`wrote ${target}`);
