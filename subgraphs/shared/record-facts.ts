import type { Location, SourceRecord } from '../../schema/index.ts';
import { type AreaFacts, areaFacts, areaMatcher } from './area-match.ts';
import { badUserInput } from './errors.ts';
import { termsOfWord, words } from './text.ts';

/** What every per-kind record index keeps about a record, besides its kind's own facts. */
export interface CommonRecordFacts {
  readonly key: string;
  readonly source: string;
  /** Theme codes of the record's initiative, as its platform states them. */
  readonly themes: readonly string[];
  readonly municipality?: AreaFacts;
  readonly lat?: number;
  readonly lon?: number;
  /** Folded title, for ordering by title. */
  readonly sortTitle: string;
}

/** The common facts of a record; `location` overrides the initiative's (an opportunity's own place, say). */
export function commonFacts(record: SourceRecord, title: string, location?: Location): CommonRecordFacts {
  const place = location ?? record.initiative.location;
  return {
    key: record.key,
    source: record.source,
    themes: record.initiative.themes ?? [],
    municipality: areaFacts(place?.municipality),
    lat: place?.lat,
    lon: place?.lon,
    sortTitle: title.toLowerCase(),
  };
}

/** The filter fields every record list shares. */
export interface CommonRecordFilter {
  readonly source?: string | null;
  readonly themes?: readonly string[] | null;
  readonly municipality?: string | null;
}

/** Tests of the shared filter fields; only given fields are tested. */
export function commonTests(
  filter: CommonRecordFilter | null | undefined,
): ((facts: CommonRecordFacts) => boolean)[] {
  const tests: ((facts: CommonRecordFacts) => boolean)[] = [];
  if (!filter) return tests;
  if (filter.source) {
    const source = filter.source;
    tests.push((facts) => facts.source === source);
  }
  if (filter.themes?.length) {
    const themes = new Set(filter.themes);
    tests.push((facts) => facts.themes.some((theme) => themes.has(theme)));
  }
  if (filter.municipality) {
    const matches = areaMatcher(filter.municipality);
    tests.push((facts) => matches(facts.municipality));
  }
  return tests;
}

/** Checks an optional `YYYY-MM-DD` argument, naming it when it is malformed. */
export function dateArgument(value: string | null | undefined, argumentName: string): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) {
    throw badUserInput(argumentName, 'must be a date such as 2025-06-30');
  }
  return value;
}

/**
 * A test that every word of `text` occurs, as a stem, among a record's index terms; a text of stopwords only is
 * a BAD_USER_INPUT naming the argument.
 */
export function textTest(text: string, argumentName: string): (terms: ReadonlySet<string>) => boolean {
  const wanted = words(text)
    .map((entry) => termsOfWord(entry.word))
    .filter((terms) => terms.length > 0);
  if (wanted.length === 0) throw badUserInput(argumentName, 'needs at least one word that is not a stopword');
  return (have) => wanted.every((terms) => terms.some((term) => have.has(term)));
}
