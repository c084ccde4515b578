import { createHash } from 'node:crypto';
import { type Logger, silentLogger } from '../../lib/log.ts';
import type { Initiative, SourceRecord } from '../../schema/index.ts';
import type { Store } from '../../store/index.ts';
import { createResolver } from '../create-resolver.ts';
import type { ResolutionOptionsInput } from '../options.ts';
import { type CuratedDecision, decisionsFor, deleteDecision, writeDecision } from './decisions.ts';

/** Options of the curation functions: how to re-resolve after a decision. */
export interface CurateOptions {
  readonly log?: Logger;
  readonly options?: ResolutionOptionsInput;
}

/** A curation request that cannot be carried out, with a message for the administrator. */
export class CurationError extends Error {
  override readonly name = 'CurationError';
}

function decisionId(kind: 'merge' | 'split', keys: readonly string[]): string {
  const digest = createHash('sha256')
    .update(`${Date.now()}\u0000${keys.join('\u0000')}`)
    .digest('hex')
    .slice(0, 16);
  return `${kind}:${digest}`;
}

/** Finds an initiative by id or by an alias that resolves to it. */
async function initiativeOf(store: Store, id: string): Promise<Initiative> {
  const [direct] = await store.getInitiatives([id]);
  if (direct !== undefined) return direct;
  const [target] = await store.getAliases([id]);
  const [aliased] = target === undefined ? [] : await store.getInitiatives([target]);
  if (aliased === undefined) throw new CurationError(`no initiative ${id}`);
  return aliased;
}

async function reresolve(
  store: Store,
  keys: readonly string[],
  options: CurateOptions,
): Promise<ReadonlyMap<string, string>> {
  const records = (await store.getSourceRecords(keys)).filter(
    (record): record is SourceRecord => record !== undefined,
  );
  const resolver = createResolver({ store, log: options.log ?? silentLogger(), options: options.options });
  return (await resolver.resolve(records)).assignments;
}

/**
 * Records an administrator's decision that two initiatives are one, durably in the store, and re-resolves
 * them: their records stay together whatever the model says, until a later split. Earlier splits that
 * kept these records apart are withdrawn. Returns the id of the merged initiative (the older one's).
 *
 * @example
 * const id = await curateMerge(store, 'ini_abc', 'ini_def');
 */
export async function curateMerge(
  store: Store,
  idA: string,
  idB: string,
  options: CurateOptions = {},
): Promise<string> {
  const [a, b] = await Promise.all([initiativeOf(store, idA), initiativeOf(store, idB)]);
  if (a.id === b.id) return a.id;
  const keys = [...new Set([...a.members, ...b.members])].sort();
  const group = new Set(keys);
  for (const decision of await decisionsFor(store, keys)) {
    const separates =
      decision.kind === 'split' &&
      decision.sides[0].some((key) => group.has(key)) &&
      decision.sides[1].some((key) => group.has(key));
    if (separates) await deleteDecision(store, decision);
  }
  await writeDecision(store, { id: decisionId('merge', keys), kind: 'merge', sides: [keys, []] });
  const assignments = await reresolve(store, keys, options);
  return assignments.get(keys[0]!) ?? a.id;
}

/** What a curated split left: the part that kept the id and the other part. */
export interface SplitResult {
  /** The id of the part holding the oldest record: the initiative's own id. */
  readonly kept: string;
  /** The id of the other part. */
  readonly split: string;
}

/**
 * Records an administrator's decision that some records of an initiative belong elsewhere, durably in
 * the store, and re-resolves: those records and the rest never join again, whatever the model says, until
 * a later merge. Earlier merges are withdrawn for the records split off. The part holding the oldest
 * record keeps the id.
 *
 * @example
 * const { kept, split } = await curateSplit(store, 'ini_abc', ['voordekunst:12']);
 */
export async function curateSplit(
  store: Store,
  id: string,
  recordKeysToSplitOff: readonly string[],
  options: CurateOptions = {},
): Promise<SplitResult> {
  const initiative = await initiativeOf(store, id);
  const members = new Set(initiative.members);
  const off = [...new Set(recordKeysToSplitOff)].sort();
  const unknown = off.filter((key) => !members.has(key));
  if (unknown.length > 0) throw new CurationError(`not members of ${initiative.id}: ${unknown.join(', ')}`);
  const rest = initiative.members.filter((key) => !off.includes(key)).sort();
  if (off.length === 0 || rest.length === 0) {
    throw new CurationError('a split needs records to split off and records to keep');
  }
  const leaving = new Set(off);
  for (const decision of await decisionsFor(store, off)) {
    if (decision.kind !== 'merge') continue;
    const remaining = decision.sides[0].filter((key) => !leaving.has(key));
    await deleteDecision(store, decision);
    if (remaining.length >= 2) {
      const narrowed: CuratedDecision = {
        id: decisionId('merge', remaining),
        kind: 'merge',
        sides: [remaining, []],
      };
      await writeDecision(store, narrowed);
    }
  }
  await writeDecision(store, { id: decisionId('split', off), kind: 'split', sides: [off, rest] });
  const assignments = await reresolve(store, initiative.members, options);
  const ofRest = assignments.get(rest[0]!) ?? initiative.id;
  const ofOff = assignments.get(off[0]!) ?? initiative.id;
  return ofOff === initiative.id ? { kept: ofOff, split: ofRest } : { kept: ofRest, split: ofOff };
}
