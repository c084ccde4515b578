import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import type { SourceRecord } from '../../schema/index.ts';
import { EntityFactory } from './entities.ts';
import { Random } from './random.ts';
import { recordsOf } from './records.ts';

/** A generated record with the id of the real-world initiative it describes (the ground truth). */
export interface LabelledRecord {
  readonly record: SourceRecord;
  readonly entity: string;
}

/** The seeds of the benchmark's data sets: weights are trained on one and reported on the other. */
export const SEEDS = { train: 1, test: 2 } as const;

/**
 * Generates a labelled data set of about `size` source records (whole initiatives, so a few more), the
 * same for the same seed: Dutch and international initiatives listed on one to five platforms, with
 * name variants, typos, acronyms, missing fields, rewritten descriptions and hard negatives.
 */
export function* generateDataset(seed: number, size: number): Generator<LabelledRecord> {
  const random = new Random(seed);
  const entities = new EntityFactory(random);
  const ids = new Map<string, number>();
  const nextId = (platform: string) => {
    const id = (ids.get(platform) ?? 1000) + 1 + Math.floor(random.next() * 3);
    ids.set(platform, id);
    return id;
  };
  let produced = 0;
  while (produced < size) {
    const entity = entities.next();
    for (const record of recordsOf(random, entity, nextId)) {
      produced++;
      yield { record, entity: entity.id };
    }
  }
}

/** Writes a data set as NDJSON of source records; returns the ground truth (record key -> entity id). */
export async function writeDataset(path: string, seed: number, size: number): Promise<Map<string, string>> {
  const truth = new Map<string, string>();
  const out = createWriteStream(path);
  let buffer = '';
  for (const { record, entity } of generateDataset(seed, size)) {
    truth.set(record.key, entity);
    buffer += `${JSON.stringify(record)}\n`;
    if (buffer.length > 1 << 20) {
      if (!out.write(buffer)) await once(out, 'drain');
      buffer = '';
    }
  }
  out.end(buffer);
  await once(out, 'finish');
  return truth;
}
