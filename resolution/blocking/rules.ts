import { hashString, mix } from '../features/minhash.ts';
import type { NameKey } from '../features/name.ts';
import { placeBlockingKeys } from '../features/place.ts';
import type { RecordFeatures } from '../features/record-features.ts';

/**
 * The blocking rules, in priority order: a candidate pair is attributed to the first rule that
 * produced it. Candidate pairs are the union over all rules, as in Splink.
 */
export const BLOCKING_RULES = [
  'identifier',
  'link',
  'site',
  'name',
  'name-place',
  'acronym',
  'name-fuzzy',
] as const;

/** One blocking rule's name. */
export type BlockingRule = (typeof BLOCKING_RULES)[number];

/** One blocking key of a record: records with an equal `value` under the same `rule` are compared. */
export interface BlockingKey {
  readonly rule: BlockingRule;
  readonly value: string;
}

/** Prefix of acronym keys of names written as an acronym ("KiNL"). */
export const ACRONYM_WRITTEN = 'a:';
/** Prefix of acronym keys of names written out ("Kracht in Nederland"). */
export const ACRONYM_SPELLED = 'f:';

/** One lookup a blocking key makes: pair with the members of `value`, if no bucket in `guards` is over the cap. */
export interface Probe {
  readonly value: string;
  readonly guards: readonly string[];
}

/**
 * The buckets a key pairs its record with, under the same rule. Every rule pairs records that share a
 * value, except acronyms: a name written as an acronym pairs with other such names and with names
 * written out, but written-out names never pair with each other, since thousands of unrelated names share
 * an acronym such as "bds" while few names are written as one. A bucket over the cap pairs nothing.
 */
export function probesOf(key: BlockingKey): Probe[] {
  if (key.rule !== 'acronym') return [{ value: key.value, guards: [key.value] }];
  const acronym = key.value.slice(ACRONYM_WRITTEN.length);
  const written = ACRONYM_WRITTEN + acronym;
  const spelled = ACRONYM_SPELLED + acronym;
  if (key.value === spelled) return [{ value: written, guards: [written, spelled] }];
  return [
    { value: written, guards: [written] },
    { value: spelled, guards: [written, spelled] },
  ];
}

/** Tokens shorter than this are too unspecific to pair records on together with a place. */
const MIN_PLACE_TOKEN = 3;
/** Acronyms shorter than this ("kn") collide across unrelated organisations. */
const MIN_ACRONYM = 3;
/** MinHash locality-sensitive hashing over a name's letter trigrams: `BANDS` bands of `ROWS` rows. */
const BANDS = 4;
const ROWS = 3;

function trigrams(text: string): Set<string> {
  const padded = `  ${text} `;
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) grams.add(padded.slice(i, i + 3));
  return grams;
}

/** Band keys of the name's trigram MinHash: names whose trigram sets are alike share a band with high probability. */
function fuzzyKeys(name: NameKey): string[] {
  const joined = name.tokens.join(' ');
  const minima = new Uint32Array(BANDS * ROWS).fill(0xffffffff);
  for (const gram of trigrams(joined)) {
    const base = hashString(gram);
    for (let i = 0; i < minima.length; i++) {
      const h = mix(base ^ Math.imul(i + 1, 0x9e3779b9));
      if (h < minima[i]!) minima[i] = h;
    }
  }
  const keys: string[] = [];
  for (let band = 0; band < BANDS; band++) {
    let h = band + 1;
    for (let row = 0; row < ROWS; row++) h = mix(h ^ minima[band * ROWS + row]!) + row;
    keys.push(`${band}:${(h >>> 0).toString(36)}`);
  }
  return keys;
}

/**
 * Every blocking key of a record under every rule, without duplicates. Deterministic in the record alone,
 * so the store-backed resolver and the in-memory batch find the same candidate pairs.
 */
export function blockingKeys(features: RecordFeatures): BlockingKey[] {
  const seen = new Set<string>();
  const keys: BlockingKey[] = [];
  const add = (rule: BlockingRule, value: string) => {
    const id = `${rule}\u0000${value}`;
    if (seen.has(id)) return;
    seen.add(id);
    keys.push({ rule, value });
  };
  for (const identifier of features.identifiers) add('identifier', identifier);
  if (features.self !== undefined) add('link', features.self);
  for (const link of features.links) add('link', link);
  if (features.site !== undefined) add('site', features.site.site);
  const places = placeBlockingKeys(features.place);
  for (const name of features.names) {
    add('name', [...name.tokens].sort().join(' '));
    for (const token of name.tokens) {
      if (token.length < MIN_PLACE_TOKEN) continue;
      for (const place of places) add('name-place', `${token}|${place}`);
    }
    if (name.asAcronym !== undefined && name.asAcronym.length >= MIN_ACRONYM) {
      add('acronym', ACRONYM_WRITTEN + name.asAcronym);
    }
    for (const acronym of name.acronyms) {
      if (acronym.length >= MIN_ACRONYM) add('acronym', ACRONYM_SPELLED + acronym);
    }
    for (const key of fuzzyKeys(name)) add('name-fuzzy', key);
  }
  return keys;
}
