import type { SourceRecord } from '../../schema/index.ts';
import type { Change, Store } from '../../store/index.ts';
import type { LiveIndex } from './live-index.ts';

/** Page size of the scan that loads an index at start. */
const LOAD_PAGE = 5000;

/**
 * Compact facts about the source records of some kinds (campaigns, opportunities, listings, grants), loaded from
 * the store at start and kept current from the change feed, so that lists and filters never scan the store.
 * Full records are loaded per request, a page at a time, through the DataLoaders.
 */
export class RecordIndex<F extends { readonly key: string }> implements LiveIndex {
  readonly #facts = new Map<string, F>();
  readonly #extract: (record: SourceRecord) => F | undefined;
  readonly #sorted = new Map<string, F[]>();

  /** `extract` returns the facts of a record this index keeps, undefined for the others. */
  constructor(extract: (record: SourceRecord) => F | undefined) {
    this.#extract = extract;
  }

  /** Number of records indexed. */
  get size(): number {
    return this.#facts.size;
  }

  /** The facts of one record. */
  get(key: string): F | undefined {
    return this.#facts.get(key);
  }

  /** Every record's facts, in no particular order. */
  values(): IterableIterator<F> {
    return this.#facts.values();
  }

  /** The facts that `pick` selects, sorted by `compare`; the sort is kept under `name` until the index changes. */
  sorted<S extends F>(
    name: string,
    pick: (facts: F) => facts is S,
    compare: (a: S, b: S) => number,
  ): readonly S[] {
    let sorted = this.#sorted.get(name) as S[] | undefined;
    if (!sorted) {
      sorted = [...this.#facts.values()].filter(pick).sort(compare);
      this.#sorted.set(name, sorted);
    }
    return sorted;
  }

  /** Loads every record of the kept kinds from the store. */
  async load(store: Store): Promise<void> {
    let after: string | undefined;
    do {
      const page = await store.scanSourceRecords({ after, limit: LOAD_PAGE });
      for (const record of page.items) this.put(record);
      after = page.next;
    } while (after);
  }

  /** Applies source-record changes: re-reads upserted records in one round trip, drops deleted ones. */
  async apply(store: Store, changes: readonly Change[]): Promise<void> {
    const upserts = new Set<string>();
    for (const change of changes) {
      if (change.entity !== 'sourceRecord') continue;
      if (change.op === 'delete') {
        upserts.delete(change.key);
        this.remove(change.key);
      } else upserts.add(change.key);
    }
    if (upserts.size === 0) return;
    const keys = [...upserts];
    const records = await store.getSourceRecords(keys);
    records.forEach((record, position) => {
      if (record) this.put(record);
      else this.remove(keys[position]!);
    });
  }

  /** Adds or replaces the facts of one record (or drops them when the record is no longer of a kept kind). */
  put(record: SourceRecord): void {
    const facts = this.#extract(record);
    if (facts) this.#facts.set(record.key, facts);
    else if (!this.#facts.delete(record.key)) return;
    this.#sorted.clear();
  }

  /** Drops one record. */
  remove(key: string): void {
    if (this.#facts.delete(key)) this.#sorted.clear();
  }
}
