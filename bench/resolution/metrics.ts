/** Quality of a clustering against the ground truth, the way the entity-resolution literature reports it. */
export interface Quality {
  /** Pairwise: of the record pairs put together, the share that belong together. */
  readonly precision: number;
  /** Pairwise: of the record pairs that belong together, the share put together. */
  readonly recall: number;
  readonly f1: number;
  /** B-cubed: per record, how pure and how complete its cluster is, averaged over records. */
  readonly bcubedPrecision: number;
  readonly bcubedRecall: number;
  readonly bcubedF1: number;
  readonly records: number;
  readonly truePairs: number;
  readonly predictedPairs: number;
}

function pairs(n: number): number {
  return (n * (n - 1)) / 2;
}

function harmonic(p: number, r: number): number {
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

/**
 * Scores predicted clusters against true entities over the records both know. Works from the contingency
 * counts (records per predicted cluster and true entity), so it is linear in the number of records.
 */
export function quality(predicted: ReadonlyMap<string, string>, truth: ReadonlyMap<string, string>): Quality {
  const cells = new Map<string, number>();
  const clusterSize = new Map<string, number>();
  const entitySize = new Map<string, number>();
  let records = 0;
  for (const [key, cluster] of predicted) {
    const entity = truth.get(key);
    if (entity === undefined) continue;
    records++;
    const cell = `${cluster}\u0000${entity}`;
    cells.set(cell, (cells.get(cell) ?? 0) + 1);
    clusterSize.set(cluster, (clusterSize.get(cluster) ?? 0) + 1);
    entitySize.set(entity, (entitySize.get(entity) ?? 0) + 1);
  }
  let together = 0;
  let bp = 0;
  let br = 0;
  for (const [cell, count] of cells) {
    const [cluster, entity] = cell.split('\u0000') as [string, string];
    together += pairs(count);
    bp += (count * count) / clusterSize.get(cluster)!;
    br += (count * count) / entitySize.get(entity)!;
  }
  let predictedPairs = 0;
  for (const size of clusterSize.values()) predictedPairs += pairs(size);
  let truePairs = 0;
  for (const size of entitySize.values()) truePairs += pairs(size);
  const precision = predictedPairs === 0 ? 1 : together / predictedPairs;
  const recall = truePairs === 0 ? 1 : together / truePairs;
  const bcubedPrecision = records === 0 ? 1 : bp / records;
  const bcubedRecall = records === 0 ? 1 : br / records;
  return {
    precision,
    recall,
    f1: harmonic(precision, recall),
    bcubedPrecision,
    bcubedRecall,
    bcubedF1: harmonic(bcubedPrecision, bcubedRecall),
    records,
    truePairs,
    predictedPairs,
  };
}
