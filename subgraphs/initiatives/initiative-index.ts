import { foldLabel, type Initiative } from '../../schema/index.ts';
import type { Change, Store } from '../../store/index.ts';

/** The compact facts about one initiative that filtering and ordering need. */
export interface IndexedInitiative {
  readonly id: string;
  readonly sortName: string;
  readonly themes: readonly string[];
  readonly municipalityCode?: string;
  readonly municipalityName?: string;
  readonly sources: readonly string[];
}

/** Filters the index answers. */
export interface IndexFilter {
  readonly themes?: readonly string[] | null;
  readonly municipality?: string | null;
  readonly source?: string | null;
}

/** The configured source id of a record key (`betterplace:123` -> `betterplace`). */
export function sourceOfKey(key: string): string {
  const colon = key.indexOf(':');
  return colon < 0 ? key : key.slice(0, colon);
}

/**
 * The initiatives subgraph's in-memory index: compact facts per initiative, loaded from the store at start
 * and kept current from the change feed. Full initiatives are loaded from the store per request.
 */
export class InitiativeIndex {
  readonly #docs = new Map<string, IndexedInitiative>();
  #sorted: IndexedInitiative[] | undefined;

  /** Number of initiatives indexed. */
  get size(): number {
    return this.#docs.size;
  }

  /** Loads every initiative from the store; returns the feed position to follow from. */
  async load(store: Store): Promise<number> {
    const seq = await store.lastSeq();
    let after: string | undefined;
    do {
      const page = await store.scanInitiatives({ after, limit: 5000 });
      for (const initiative of page.items) this.put(initiative);
      after = page.next;
    } while (after);
    return seq;
  }

  /** Applies change-feed entries: re-reads upserted initiatives, drops deleted ones. */
  async apply(store: Store, changes: readonly Change[]): Promise<void> {
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
    initiatives.forEach((initiative, index) => {
      if (initiative) this.put(initiative);
      else this.remove(ids[index] as string);
    });
  }

  /** Adds or replaces one initiative. */
  put(initiative: Initiative): void {
    const municipality = initiative.profile.location?.municipality;
    this.#docs.set(initiative.id, {
      id: initiative.id,
      sortName: foldLabel(initiative.profile.name),
      themes: initiative.profile.themes ?? [],
      municipalityCode: municipality?.code,
      municipalityName: municipality?.name ? foldLabel(municipality.name) : undefined,
      sources: [...new Set(initiative.members.map(sourceOfKey))],
    });
    this.#sorted = undefined;
  }

  /** Removes one initiative. */
  remove(id: string): void {
    if (this.#docs.delete(id)) this.#sorted = undefined;
  }

  /** The initiatives matching the filter, ordered by folded name then id. */
  query(filter: IndexFilter = {}): IndexedInitiative[] {
    this.#sorted ??= [...this.#docs.values()].sort((a, b) =>
      a.sortName === b.sortName ? (a.id < b.id ? -1 : 1) : a.sortName < b.sortName ? -1 : 1,
    );
    const themes = filter.themes?.length ? new Set(filter.themes) : undefined;
    const municipality = filter.municipality ? filter.municipality.trim() : undefined;
    const municipalityFolded = municipality ? foldLabel(municipality) : undefined;
    if (!themes && !municipality && !filter.source) return this.#sorted;
    return this.#sorted.filter(
      (doc) =>
        (!themes || doc.themes.some((theme) => themes.has(theme))) &&
        (!municipality ||
          doc.municipalityCode === municipality ||
          doc.municipalityName === municipalityFolded) &&
        (!filter.source || doc.sources.includes(filter.source)),
    );
  }
}
