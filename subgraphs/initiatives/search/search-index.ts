import SearchableMap from 'minisearch/SearchableMap';
import type { Initiative } from '../../../schema/index.ts';
import { termsOfWord, tokens } from '../../shared/text.ts';
import { FIELD_BITS, frequencyIn, Postings, packFrequencies } from './postings.ts';
import { SEARCH_FIELDS, searchDocument } from './search-document.ts';

/** One search hit: an initiative id and its relevance score (BM25F, higher is better). */
export interface SearchHit {
  readonly id: string;
  readonly score: number;
}

/** The hits, in no particular order (see `rankHits`), and the index terms the query matched (stems, with their typo and prefix variants). */
export interface SearchResult {
  readonly hits: SearchHit[];
  readonly terms: ReadonlySet<string>;
}

/** An index term a query word stands for, and how much a match on it counts (1 for the word's own stem). */
interface Expansion {
  readonly postings: Postings;
  readonly weight: number;
}

/** BM25 saturation and length normalisation, per field (names are short, so length matters less there). */
const K1 = 1.2;
const B = SEARCH_FIELDS.map((field) =>
  field.name === 'name' || field.name === 'alternateNames' ? 0.5 : 0.75,
);
const BOOSTS = SEARCH_FIELDS.map((field) => field.boost);
/** A typo counts half an exact match, a completed prefix about two thirds; both fade with the distance. */
const FUZZY_WEIGHT = 0.5;
const PREFIX_WEIGHT = 0.65;
/** A prefix expands to at most this many index terms (the most frequent), so `sta` cannot touch everything. */
const MAX_PREFIX_TERMS = 40;
/** Long texts are cut here: the first paragraphs say what an initiative is; the rest costs memory, not recall. */
const MAX_FIELD_CHARS = 4000;

/** How far a query word may be mistyped: not at all below five letters, one edit from five, two from nine. */
export function maxTypos(term: string): number {
  return term.length >= 9 ? 2 : term.length >= 5 ? 1 : 0;
}

/**
 * The full-text index of initiatives, of our own design for speed at 10^5 and more documents: an inverted
 * index of Dutch and English Snowball stems (diacritics folded, stopwords dropped) with per-field term
 * frequencies packed in typed arrays, BM25F ranking with field boosts (name above summary above description),
 * typo tolerance and prefix completion through a radix tree of the vocabulary (MiniSearch's SearchableMap).
 * An update appends a new slot and marks the old one dead; compaction renumbers slots once a third is dead.
 */
export class SearchIndex {
  readonly #postings = new Map<string, Postings>();
  readonly #vocabulary = new SearchableMap<Postings>();
  readonly #slotOf = new Map<string, number>();
  #ids: (string | undefined)[] = [];
  #lengths: Uint16Array[] = SEARCH_FIELDS.map(() => new Uint16Array(1024));
  readonly #lengthSums = SEARCH_FIELDS.map(() => 0);
  #dead = 0;
  // Scratch arrays per slot, reused by every query (queries run synchronously, one at a time).
  #scores = new Float64Array(1024);
  #best = new Float64Array(1024);
  #matched = new Uint16Array(1024);
  #queryStamp = new Int32Array(1024);
  #wordStamp = new Int32Array(1024);
  #stamp = 0;

  /** Number of initiatives indexed. */
  get size(): number {
    return this.#slotOf.size;
  }

  /** Adds or replaces an initiative. */
  put(initiative: Initiative): void {
    this.remove(initiative.id);
    const slot = this.#ids.length;
    this.#ids.push(initiative.id);
    this.#slotOf.set(initiative.id, slot);
    this.#ensureCapacity(slot + 1);
    const document = searchDocument(initiative);
    const frequencies = new Map<string, number[]>();
    SEARCH_FIELDS.forEach((field, position) => {
      let length = 0;
      for (const word of tokens(document[field.name].slice(0, MAX_FIELD_CHARS))) {
        for (const term of termsOfWord(word)) {
          let counts = frequencies.get(term);
          if (!counts) frequencies.set(term, (counts = FIELD_BITS.map(() => 0)));
          counts[position]!++;
          length++;
        }
      }
      this.#lengths[position]![slot] = Math.min(length, 65_535);
      this.#lengthSums[position]! += this.#lengths[position]![slot]!;
    });
    for (const [term, counts] of frequencies) {
      let postings = this.#postings.get(term);
      if (!postings) {
        postings = new Postings();
        this.#postings.set(term, postings);
        this.#vocabulary.set(term, postings);
      }
      postings.push(slot, packFrequencies(counts));
    }
  }

  /** Removes an initiative; unknown ids are ignored. */
  remove(id: string): void {
    const slot = this.#slotOf.get(id);
    if (slot === undefined) return;
    this.#slotOf.delete(id);
    this.#ids[slot] = undefined;
    SEARCH_FIELDS.forEach((_, field) => (this.#lengthSums[field]! -= this.#lengths[field]![slot]!));
    this.#dead++;
    if (this.#dead > 1000 && this.#dead * 3 > this.#ids.length) this.#compact();
  }

  /**
   * Initiatives that match every word of the query (`all`) or any of them (`any`, for "more like this"), unordered:
   * `rankHits` picks a page without sorting every hit. `keep` is asked once per candidate, so filters and distance limits apply before ranking.
   */
  search(
    query: string,
    options: { mode?: 'all' | 'any'; keep?: (id: string) => boolean } = {},
  ): SearchResult {
    const queryWords = [...new Set(tokens(query))].filter((word) => termsOfWord(word).length > 0);
    const terms = new Set<string>();
    if (queryWords.length === 0) return { hits: [], terms };
    const all = options.mode !== 'any';
    const expansions = queryWords.map((word, position) =>
      this.#expand(word, position === queryWords.length - 1),
    );
    for (const expansion of expansions) for (const term of expansion.keys()) terms.add(term);
    // The rarest word first: every later word only visits the documents still in the running.
    const order = expansions
      .map((expansion) => [...expansion.values()])
      .sort((a, b) => (all ? postingsOf(a) - postingsOf(b) : 0));
    const run = ++this.#stamp;
    const candidates: number[] = [];
    order.forEach((expansion, wordIndex) => {
      const narrowing = all && wordIndex > 0;
      const admit = (slot: number) =>
        narrowing
          ? this.#queryStamp[slot] === run && this.#matched[slot] === wordIndex
          : this.#queryStamp[slot] === run || this.#admits(slot, options.keep);
      for (const slot of this.#scoreWord(expansion, admit)) {
        if (this.#queryStamp[slot] !== run) {
          this.#queryStamp[slot] = run;
          this.#scores[slot] = 0;
          this.#matched[slot] = 0;
          candidates.push(slot);
        }
        this.#matched[slot]!++;
        this.#scores[slot]! += this.#best[slot]!;
      }
    });
    const needed = all ? order.length : 1;
    const hits: SearchHit[] = [];
    for (const slot of candidates) {
      if (this.#matched[slot]! >= needed) hits.push({ id: this.#ids[slot]!, score: this.#scores[slot]! });
    }
    return { hits, terms };
  }

  #admits(slot: number, keep: ((id: string) => boolean) | undefined): boolean {
    const id = this.#ids[slot];
    return id !== undefined && (!keep || keep(id));
  }

  /** The index terms a query word stands for: its stems, their typo variants, and (last word) completions. */
  #expand(word: string, last: boolean): Map<string, Expansion> {
    const found = new Map<string, Expansion>();
    const offer = (term: string, postings: Postings, weight: number) => {
      const previous = found.get(term);
      if (!previous || previous.weight < weight) found.set(term, { postings, weight });
    };
    for (const stem of termsOfWord(word)) {
      const exact = this.#postings.get(stem);
      if (exact) offer(stem, exact, 1);
      const typos = maxTypos(stem);
      if (typos > 0) {
        for (const [term, [postings, distance]] of this.#vocabulary.fuzzyGet(stem, typos)) {
          if (distance > 0) offer(term, postings, (FUZZY_WEIGHT * term.length) / (term.length + distance));
        }
      }
      if (last && stem.length >= 3) {
        const completions = [...this.#vocabulary.atPrefix(stem)]
          .filter(([term]) => term !== stem)
          .sort((a, b) => b[1].length - a[1].length)
          .slice(0, MAX_PREFIX_TERMS);
        for (const [term, postings] of completions) {
          offer(
            term,
            postings,
            (PREFIX_WEIGHT * term.length) / (term.length + 0.3 * (term.length - stem.length)),
          );
        }
      }
    }
    return found;
  }

  /**
   * Scores one query word (BM25F; of its terms, the best-scoring one counts) into `#best` for every admitted
   * slot it occurs in, and returns those slots.
   */
  #scoreWord(expansion: readonly Expansion[], admit: (slot: number) => boolean): number[] {
    const touched: number[] = [];
    const word = ++this.#stamp;
    const documents = this.size;
    const averages = this.#lengthSums.map((sum) => Math.max(1, sum / Math.max(1, documents)));
    for (const { postings, weight } of expansion) {
      const idf = Math.log(1 + (documents - postings.length + 0.5) / (postings.length + 0.5));
      for (let i = 0; i < postings.length; i++) {
        const slot = postings.slots[i]!;
        const first = this.#wordStamp[slot] !== word;
        if (first && !admit(slot)) continue;
        const packed = postings.packed[i]!;
        let frequency = 0;
        for (let field = 0; field < BOOSTS.length; field++) {
          const tf = frequencyIn(packed, field);
          if (tf === 0) continue;
          frequency +=
            (BOOSTS[field]! * tf) /
            (1 - B[field]! + (B[field]! * this.#lengths[field]![slot]!) / averages[field]!);
        }
        const score = (weight * idf * frequency) / (K1 + frequency);
        if (first) {
          this.#wordStamp[slot] = word;
          this.#best[slot] = score;
          touched.push(slot);
        } else if (score > this.#best[slot]!) this.#best[slot] = score;
      }
    }
    return touched;
  }

  #ensureCapacity(slots: number): void {
    if (slots <= this.#scores.length) return;
    const size = Math.max(slots, this.#scores.length * 2);
    const grow = <T extends Float64Array | Uint16Array | Int32Array>(array: T, make: (n: number) => T): T => {
      const bigger = make(size);
      bigger.set(array);
      return bigger;
    };
    this.#lengths = this.#lengths.map((lengths) => grow(lengths, (n) => new Uint16Array(n)));
    this.#scores = grow(this.#scores, (n) => new Float64Array(n));
    this.#best = grow(this.#best, (n) => new Float64Array(n));
    this.#matched = grow(this.#matched, (n) => new Uint16Array(n));
    this.#queryStamp = grow(this.#queryStamp, (n) => new Int32Array(n));
    this.#wordStamp = grow(this.#wordStamp, (n) => new Int32Array(n));
  }

  /** Drops dead slots from every postings list and renumbers the live ones densely. */
  #compact(): void {
    const renumber = new Int32Array(this.#ids.length).fill(-1);
    const ids: string[] = [];
    this.#ids.forEach((id, slot) => {
      if (id === undefined) return;
      renumber[slot] = ids.length;
      this.#slotOf.set(id, ids.length);
      ids.push(id);
    });
    this.#lengths = this.#lengths.map((lengths) => {
      const kept = new Uint16Array(lengths.length);
      renumber.forEach((slot, old) => slot >= 0 && (kept[slot] = lengths[old]!));
      return kept;
    });
    for (const [term, postings] of this.#postings) {
      postings.compact(renumber);
      if (postings.length === 0) {
        this.#postings.delete(term);
        this.#vocabulary.delete(term);
      }
    }
    this.#ids = ids;
    this.#dead = 0;
    this.#queryStamp.fill(0);
    this.#wordStamp.fill(0);
  }
}

function postingsOf(expansion: readonly Expansion[]): number {
  return expansion.reduce((sum, { postings }) => sum + postings.length, 0);
}
