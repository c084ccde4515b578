import type { Identifier } from '../../schema/index.ts';

/** Schemes whose ids are numbers of a fixed width, so "4120 2535" and "041202535" compare alike. */
const FIXED_DIGITS: Readonly<Record<string, number>> = {
  'NL-KVK': 8,
  'NL-RSIN': 9,
};

/**
 * Writes an organisation identifier as one comparable string, `NL-KVK:41202535`: scheme in capitals,
 * id without spaces, dots and dashes; numeric Dutch registers padded to their fixed width.
 * Returns undefined for an id with nothing left after cleaning.
 */
export function identifierKey(identifier: Identifier): string | undefined {
  const scheme = identifier.scheme.trim().toUpperCase();
  let id = identifier.id
    .trim()
    .toUpperCase()
    .replace(/[\s.\-/]+/g, '');
  const width = FIXED_DIGITS[scheme];
  if (width !== undefined) {
    id = id.replace(/\D/g, '').replace(/^0+/, '');
    if (id === '' || id.length > width) return undefined;
    id = id.padStart(width, '0');
  }
  return id === '' ? undefined : `${scheme}:${id}`;
}

/** The scheme part of an identifier key. */
export function schemeOf(key: string): string {
  return key.slice(0, key.indexOf(':'));
}

/**
 * Compares the identifier keys of two records: `shared` when they have one in common, `conflict` when
 * both have an id in the same scheme but none in common (two registrations, so two organisations),
 * `unknown` otherwise.
 */
export function compareIdentifiers(
  a: readonly string[],
  b: readonly string[],
): 'shared' | 'conflict' | 'unknown' {
  if (a.length === 0 || b.length === 0) return 'unknown';
  if (a.some((key) => b.includes(key))) return 'shared';
  const schemes = new Set(a.map(schemeOf));
  return b.some((key) => schemes.has(schemeOf(key))) ? 'conflict' : 'unknown';
}
