import {
  INITIATIVE_KINDS,
  LEGAL_FORMS,
  NEED_TYPES,
  PHASES,
  provinceByCode,
  THEMES,
} from '../../schema/index.ts';
import { enumName } from '../shared/taxonomy-enums.ts';
import type { IndexedInitiative } from './initiative-facts.ts';

/** One facet value with its count; `value` is what the filter takes. */
export interface FacetBucket {
  readonly value: string;
  readonly label?: string;
  readonly count: number;
}

/** Counts per value of every facet. */
export interface Facets {
  readonly total: number;
  readonly themes: FacetBucket[];
  readonly needTypes: FacetBucket[];
  readonly municipalities: FacetBucket[];
  readonly provinces: FacetBucket[];
  readonly sources: FacetBucket[];
  readonly legalForms: FacetBucket[];
  readonly phases: FacetBucket[];
  readonly kinds: FacetBucket[];
}

const labels = (terms: readonly { code: string; nl: string }[]) =>
  new Map(terms.map((term) => [term.code, term.nl]));
const THEME_LABELS = labels(THEMES);
const NEED_LABELS = labels(NEED_TYPES);
const LEGAL_FORM_LABELS = labels(LEGAL_FORMS);
const PHASE_LABELS = labels(PHASES);
const KIND_LABELS = labels(INITIATIVE_KINDS);

/** Counts values, then lists them largest first (ties by value). */
export class Counter {
  readonly #counts = new Map<string, { count: number; label?: string }>();

  /** Counts one occurrence of a value (undefined values are skipped). */
  add(value: string | undefined, label?: string): void {
    if (value === undefined) return;
    const entry = this.#counts.get(value);
    if (entry) entry.count++;
    else this.#counts.set(value, { count: 1, label });
  }

  /** The buckets, largest first; `value` and `label` are mapped for the schema. */
  buckets(
    toValue: (value: string) => string = (value) => value,
    toLabel?: (value: string) => string | undefined,
  ) {
    return [...this.#counts]
      .map(([value, entry]) => ({
        value: toValue(value),
        label: toLabel?.(value) ?? entry.label,
        count: entry.count,
      }))
      .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1));
  }
}

/** Counts the initiatives per theme, need type, municipality, province, source, legal form, phase and kind. */
export function countFacets(docs: Iterable<IndexedInitiative>): Facets {
  const counters = {
    themes: new Counter(),
    needTypes: new Counter(),
    municipalities: new Counter(),
    provinces: new Counter(),
    sources: new Counter(),
    legalForms: new Counter(),
    phases: new Counter(),
    kinds: new Counter(),
  };
  let total = 0;
  for (const doc of docs) {
    total++;
    for (const theme of doc.themes) counters.themes.add(theme);
    for (const need of doc.needTypes) counters.needTypes.add(need);
    counters.municipalities.add(doc.municipality?.code, doc.municipality?.name);
    counters.provinces.add(doc.province);
    for (const source of doc.sources) counters.sources.add(source);
    counters.legalForms.add(doc.legalForm);
    counters.phases.add(doc.phase);
    counters.kinds.add(doc.kind);
  }
  return {
    total,
    themes: counters.themes.buckets(enumName, (code) => THEME_LABELS.get(code)),
    needTypes: counters.needTypes.buckets(enumName, (code) => NEED_LABELS.get(code)),
    municipalities: counters.municipalities.buckets(),
    provinces: counters.provinces.buckets(undefined, (code) => provinceByCode(code)?.name),
    sources: counters.sources.buckets(),
    legalForms: counters.legalForms.buckets(enumName, (code) => LEGAL_FORM_LABELS.get(code)),
    phases: counters.phases.buckets(enumName, (code) => PHASE_LABELS.get(code)),
    kinds: counters.kinds.buckets(enumName, (code) => KIND_LABELS.get(code)),
  };
}
