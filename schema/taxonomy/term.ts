/**
 * A taxonomy term: a stable code (the value stored in records and served in the graph),
 * labels in Dutch and English, and lower-case keywords that map a platform's own labels onto it.
 */
export interface Term<Code extends string = string> {
  readonly code: Code;
  readonly nl: string;
  readonly en: string;
  /** Lower-case words or stems (Dutch, English, German) that point at this term in a platform label. */
  readonly keywords: readonly string[];
}

/** Folds case and diacritics so that "Zorg & Welzijn" and "zorg en welzijn" compare alike. */
export function foldLabel(label: string): string {
  return label
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * Returns the codes of every term whose keyword occurs in the label, in taxonomy order.
 * A keyword matches at the start of a word, so "sport" matches "sportclub" but "art" does not match "party".
 */
export function matchTerms<Code extends string>(terms: readonly Term<Code>[], label: string): Code[] {
  const folded = ` ${foldLabel(label)} `;
  const found: Code[] = [];
  for (const term of terms) {
    if (term.keywords.some((keyword) => folded.includes(` ${keyword}`))) found.push(term.code);
  }
  return found;
}

/** The codes of a term list, as a tuple that `z.enum` accepts. */
export function codesOf<Code extends string>(terms: readonly Term<Code>[]): [Code, ...Code[]] {
  const codes = terms.map((term) => term.code);
  if (codes.length === 0) throw new Error('a taxonomy needs at least one term');
  return codes as [Code, ...Code[]];
}
