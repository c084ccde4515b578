import type { NameKey } from '../features/name.ts';
import { placeBlockingKeys } from '../features/place.ts';
import type { RecordFeatures } from '../features/record-features.ts';

/**
 * The blocking rules, in priority order: a candidate pair is attributed to the first rule that
 * produced it. Candidate pairs are the union over all rules, as in Splink.
 * - `identifier`: the same organisation identifier (KvK, charity number).
 * - `link`: one record links to the other's page, or both link to the same profile.
 * - `site`: the same website (host plus the path segment that names the organisation).
 * - `name`: the same name words, in any order, in the same place (or where one record states none).
 * - `name-typo`: the same up to a typo in one word: every word cut to its start, or to its end
 *   (`affixes`); one typo leaves one of the two intact.
 * - `name-words`: two name words in common; or, for a one-word name, that word inside the other's name
 *   in the same place.
 * - `acronym`: a name written as an acronym and a name that spells it out.
 * Name rules pair records in the same place, or where one of them states no place (see the roles).
 */
export const BLOCKING_RULES = [
  'identifier',
  'link',
  'site',
  'name',
  'name-typo',
  'name-words',
  'acronym',
] as const;

/** One blocking rule's name. */
export type BlockingRule = (typeof BLOCKING_RULES)[number];

/** One blocking key of a record: records with an equal `value` under the same `rule` are compared. */
export interface BlockingKey {
  readonly rule: BlockingRule;
  readonly value: string;
}

/**
 * Roles of asymmetric keys, as the value's prefix. A key in a pairing role pairs with keys of its own
 * role and of its partner role; a key in a partner role pairs only with the pairing role.
 * - `u:` (a record without a place) and `l:` (a located record): a name key pairs records in the same
 *   place, and a record without a place with any record, but never two records in different places,
 *   which the place comparison would keep apart anyway.
 * - `a:` (a name written as an acronym) and `f:` (a name written out): an acronym pairs with the names
 *   that spell it out, but two names that merely share an acronym ("bds") never pair.
 * - `w:` (a one-word name) and `c:` (a longer name containing the word): "De Molen" pairs with
 *   "Weggeefwinkel De Molen" in the same place, but two longer names sharing one word do not.
 */
const PARTNERS: Readonly<Record<string, string>> = {
  'u:': 'l:',
  'a:': 'f:',
  'w:': 'c:',
};
const PAIRING_OF: Readonly<Record<string, string>> = {
  'l:': 'u:',
  'f:': 'a:',
  'c:': 'w:',
};

/** Rules whose keys carry roles. */
const ROLE_RULES: ReadonlySet<BlockingRule> = new Set(['name', 'name-typo', 'name-words', 'acronym']);

/** The role prefix of a key (`u:`, `l:`, `a:`, `f:`, `w:`, `c:`), or undefined for a symmetric key. */
export function roleOf(rule: BlockingRule, value: string): string | undefined {
  if (!ROLE_RULES.has(rule) || value.charCodeAt(1) !== COLON) return undefined;
  const prefix = value.slice(0, 2);
  return PARTNERS[prefix] !== undefined || PAIRING_OF[prefix] !== undefined ? prefix : undefined;
}

const COLON = 58;

/** Whether a key in this role pairs with other keys of the same role. */
export function pairsWithOwnRole(role: string | undefined): boolean {
  return role === undefined || PARTNERS[role] !== undefined;
}

/**
 * How many records a bucket may hold and still pair them. `bucket` holds for every bucket; `located`, lower,
 * for both sides of a name key (`u:`, `l:`): a record without a place is paired by name only with names few
 * records carry, because among many same-named initiatives a name alone cannot tell which one it is.
 */
export interface BucketCaps {
  readonly bucket: number;
  readonly located: number;
}

/** The cap of one bucket of a rule. */
export function capOf(rule: BlockingRule, value: string, caps: BucketCaps): number {
  const role = roleOf(rule, value);
  return role === 'l:' || role === 'u:' ? Math.min(caps.bucket, caps.located) : caps.bucket;
}

/** One lookup a blocking key makes: pair with the members of `value`, if no bucket in `guards` is over its cap. */
export interface Probe {
  readonly value: string;
  readonly guards: readonly string[];
}

/**
 * The buckets a key pairs its record with, under the same rule, and the buckets that must not be over
 * the cap for that. A bucket over the cap pairs nothing; a pairing-role bucket over the cap also stops
 * the pairs with its partner bucket.
 */
export function probesOf(key: BlockingKey): Probe[] {
  const role = roleOf(key.rule, key.value);
  if (role === undefined) return [{ value: key.value, guards: [key.value] }];
  const rest = key.value.slice(2);
  const pairing = PAIRING_OF[role];
  if (pairing !== undefined) return [{ value: pairing + rest, guards: [pairing + rest, key.value] }];
  const partner = PARTNERS[role]! + rest;
  return [
    { value: key.value, guards: [key.value] },
    { value: partner, guards: [key.value, partner] },
  ];
}

/** Words shorter than this are too unspecific to pair records on. */
const MIN_PAIR_WORD = 3;
/** Acronyms shorter than this ("kn") collide across unrelated organisations. */
const MIN_ACRONYM = 3;
/** Names with more words than this use only their first words for word pairs (15 pairs at most). */
const MAX_PAIR_WORDS = 6;
/** Words up to this long are kept whole in the typo-tolerant keys: typing errors hit longer words. */
const WHOLE_WORD = 5;

/**
 * A word's start and end for the typo-tolerant keys, short enough not to overlap so that one typo
 * (a letter changed, dropped, doubled or swapped) leaves one of them intact: three letters for words
 * of six or seven letters, four for longer words; short words stay whole.
 */
export function affixes(word: string): [string, string] {
  if (word.length <= WHOLE_WORD) return [word, word];
  const size = word.length < 8 ? 3 : 4;
  return [word.slice(0, size), word.slice(-size)];
}

function sortedJoin(words: readonly string[]): string {
  return [...words].sort().join(' ');
}

/** Adds a name key scoped by place: per place for a located record, and in the role that meets unlocated ones. */
function scoped(
  rule: BlockingRule,
  value: string,
  places: readonly string[],
  add: (rule: BlockingRule, value: string) => void,
) {
  if (places.length === 0) {
    add(rule, `u:${value}`);
    return;
  }
  add(rule, `l:${value}`);
  for (const place of places) add(rule, `${value}|${place}`);
}

function nameKeys(
  name: NameKey,
  places: readonly string[],
  add: (rule: BlockingRule, value: string) => void,
): void {
  const { tokens } = name;
  const cut = tokens.map(affixes);
  scoped('name', sortedJoin(tokens), places, add);
  scoped('name-typo', `start ${sortedJoin(cut.map(([start]) => start))}`, places, add);
  scoped('name-typo', `end ${sortedJoin(cut.map(([, end]) => end))}`, places, add);
  const words = [...new Set(tokens.filter((token) => token.length >= MIN_PAIR_WORD))].slice(
    0,
    MAX_PAIR_WORDS,
  );
  for (let i = 0; i < words.length; i++) {
    for (let j = i + 1; j < words.length; j++)
      scoped('name-words', sortedJoin([words[i]!, words[j]!]), places, add);
  }
  for (const place of places) {
    if (tokens.length === 1 && words.length === 1) add('name-words', `w:${words[0]}|${place}`);
    if (tokens.length > 1) for (const word of words) add('name-words', `c:${word}|${place}`);
  }
  const acronyms = name.acronyms
    .filter((acronym) => acronym.length >= MIN_ACRONYM)
    .map((acronym) => `f:${acronym}`);
  if (name.asAcronym !== undefined && name.asAcronym.length >= MIN_ACRONYM)
    acronyms.push(`a:${name.asAcronym}`);
  for (const acronym of acronyms) {
    add('acronym', acronym);
    for (const place of places) add('acronym', `${acronym}|${place}`);
  }
}

/**
 * Calls `visit` with every blocking key of a record under every rule; a key may come more than once.
 * The batch path hashes keys straight from here without building key objects.
 */
export function visitBlockingKeys(
  features: RecordFeatures,
  visit: (rule: BlockingRule, value: string) => void,
): void {
  for (const identifier of features.identifiers) visit('identifier', identifier);
  if (features.self !== undefined) visit('link', features.self);
  for (const link of features.links) visit('link', link);
  if (features.site !== undefined) visit('site', features.site.site);
  const places = placeBlockingKeys(features.place);
  for (const name of features.names) nameKeys(name, places, visit);
}

/**
 * Every blocking key of a record under every rule, without duplicates. Deterministic in the record alone,
 * so the store-backed resolver and the in-memory batch find the same candidate pairs.
 */
export function blockingKeys(features: RecordFeatures): BlockingKey[] {
  const seen = new Set<string>();
  const keys: BlockingKey[] = [];
  visitBlockingKeys(features, (rule, value) => {
    const id = `${rule}\u0000${value}`;
    if (seen.has(id)) return;
    seen.add(id);
    keys.push({ rule, value });
  });
  return keys;
}
