import type { Initiative } from '../../schema/index.ts';
import type { Change, Store } from '../../store/index.ts';
import type { LiveIndex } from '../shared/live-index.ts';
import { RecordIndex } from '../shared/record-index.ts';
import { factsOf, type IndexedInitiative } from './initiative-facts.ts';
import type { OpenRecords } from './initiative-filter.ts';
import { type InitiativeOrder, orderComparator } from './initiative-order.ts';
import { SearchIndex } from './search/search-index.ts';

/** Page size of the scan that loads the index at start. */
const LOAD_PAGE = 5000;

/** Open campaigns and volunteer opportunities by record key: what the `hasOpen…` filters ask about. */
interface OpenRecordFacts {
  readonly key: string;
  readonly kind: 'campaign' | 'opportunity';
}

/**
 * The initiatives subgraph's in-memory index: compact facts per initiative, the full-text search index, and
 * which member records are open campaigns or opportunities. Loaded from the store at start and kept current
 * from the change feed; full initiatives are loaded per request, a page at a time.
 */
export class InitiativeIndex implements LiveIndex, OpenRecords {
  readonly #docs = new Map<string, IndexedInitiative>();
  readonly #sorted = new Map<string, IndexedInitiative[]>();
  readonly #open = new RecordIndex<OpenRecordFacts>((record) =>
    record.goneAt === undefined &&
    ((record.kind === 'campaign' && record.campaign.status === 'open') ||
      (record.kind === 'opportunity' && record.opportunity.status === 'open'))
      ? { key: record.key, kind: record.kind }
      : undefined,
  );
  /** The full-text index over names, summaries, descriptions, tags and places. */
  readonly search = new SearchIndex();

  /** Number of initiatives indexed. */
  get size(): number {
    return this.#docs.size;
  }

  /** The facts of one initiative. */
  get(id: string): IndexedInitiative | undefined {
    return this.#docs.get(id);
  }

  /** True when the record is an open campaign or opportunity (as asked). */
  isOpen(key: string, kind: 'campaign' | 'opportunity'): boolean {
    return this.#open.get(key)?.kind === kind;
  }

  /** Loads every initiative and every open campaign and opportunity from the store. */
  async load(store: Store): Promise<void> {
    let after: string | undefined;
    do {
      const page = await store.scanInitiatives({ after, limit: LOAD_PAGE });
      for (const initiative of page.items) this.put(initiative);
      after = page.next;
    } while (after);
    await this.#open.load(store);
  }

  /** Applies change-feed entries: re-reads upserted initiatives and records, drops deleted ones. */
  async apply(store: Store, changes: readonly Change[]): Promise<void> {
    await this.#open.apply(store, changes);
    const upserts = new Set<string>();
    for (const change of changes) {
      if (change.entity !== 'initiative') continue;
      if (change.op === 'delete') {
        upserts.delete(change.key);
        this.remove(change.key);
      } else upserts.add(change.key);
    }
    if (upserts.size === 0) return;
    const ids = [...upserts];
    const initiatives = await store.getInitiatives(ids);
    initiatives.forEach((initiative, position) => {
      if (initiative) this.put(initiative);
      else this.remove(ids[position]!);
    });
  }

  /** Adds or replaces one initiative, in the facts and in the search index. */
  put(initiative: Initiative): void {
    this.#docs.set(initiative.id, factsOf(initiative));
    this.search.put(initiative);
    this.#sorted.clear();
  }

  /** Removes one initiative. */
  remove(id: string): void {
    this.search.remove(id);
    if (this.#docs.delete(id)) this.#sorted.clear();
  }

  /** Every initiative in an order; the sort is kept until the index changes. */
  ordered(order: Exclude<InitiativeOrder, 'RELEVANCE'>): readonly IndexedInitiative[] {
    let sorted = this.#sorted.get(order);
    if (!sorted) {
      sorted = [...this.#docs.values()].sort(orderComparator(order));
      this.#sorted.set(order, sorted);
    }
    return sorted;
  }

  /** The initiatives that pass a predicate, in an order. */
  query(
    keep: (doc: IndexedInitiative) => boolean,
    order: Exclude<InitiativeOrder, 'RELEVANCE'> = 'NAME',
  ): IndexedInitiative[] {
    return this.ordered(order).filter(keep);
  }

  /** Every initiative, unordered: for counting. */
  values(): IterableIterator<IndexedInitiative> {
    return this.#docs.values();
  }
}
