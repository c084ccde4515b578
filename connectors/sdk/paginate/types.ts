/** One page a paginator fetched: the response body, its records, and where the next page starts. */
export interface Paged<Body, Position> {
  readonly body: Body;
  readonly records: readonly unknown[];
  /** The position of this page. */
  readonly position: Position;
  /** Where the next page starts; `undefined` when this was the last page. Checkpoint it to resume. */
  readonly next: Position | undefined;
}

/** Options every paginator shares. */
export interface PaginatorOptions<Body> {
  /** Names the stream in errors, e.g. "globalgiving projects". */
  readonly what: string;
  /** Picks the records out of a response body. */
  readonly records: (body: Body) => readonly unknown[] | undefined;
  /** Stops after this many pages (a safety net against endless feeds; default 100,000). */
  readonly maxPages?: number;
}

/** The default safety net on pages per run. */
export const DEFAULT_MAX_PAGES = 100_000;
