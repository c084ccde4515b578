import { stemmer as englishStem } from '@orama/stemmers/english';
import { stemmer as dutchStem } from '@orama/stemmers/dutch';

/**
 * Words too common in Dutch and English descriptions to tell documents apart; they are not indexed, and a
 * query made only of them finds nothing.
 */
const STOPWORDS = new Set(
  (
    'de het een en van in op te voor met aan door bij als om naar uit over tot dan maar ook of die dat dit ' +
    'is zijn was er wij we ons onze je jij u uw hun ze zij hij haar hem niet nog wel al meer zo wat wie waar ' +
    'the a an and of in on to for with at by as from or is are was be it its this that these we our you ' +
    'your they their not but also so'
  ).split(' '),
);

/** Folds case and diacritics: `Coöperatie` and `cooperatie` become the same word. */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

const WORD = /[\p{L}\p{N}]+/gu;
const NON_WORD = /[^\p{L}\p{N}]+/u;

/** The words of a text (letters and digits), without offsets: the fast path for indexing. */
export function tokens(text: string): string[] {
  return text.split(NON_WORD).filter((token) => token.length > 0);
}

/** The words of a text as they stand (letters and digits), with their offsets into the text. */
export function words(text: string): { readonly word: string; readonly start: number }[] {
  return [...text.matchAll(WORD)].map((match) => ({ word: match[0], start: match.index }));
}

/** Stems per word as written; the vocabulary of a corpus is small next to its word count, so this saves most stemming. */
const STEM_CACHE = new Map<string, readonly string[]>();
const STEM_CACHE_LIMIT = 500_000;

/**
 * The index terms of one word: its folded Dutch and English Snowball stems (one term when they agree), none for a
 * stopword or a one-letter word. Both languages are indexed because a record rarely says its language and a
 * query never does; `fietsen` and `fiets` meet at `fiets`, `volunteers` and `volunteering` at `volunt`.
 */
export function termsOfWord(word: string): readonly string[] {
  const cached = STEM_CACHE.get(word);
  if (cached) return cached;
  const folded = foldText(word);
  let terms: readonly string[];
  if (folded.length < 2 || STOPWORDS.has(folded)) terms = [];
  else if (/^\p{N}+$/u.test(folded)) terms = [folded];
  else {
    const dutch = dutchStem(folded);
    const english = englishStem(folded);
    terms = dutch === english ? [dutch] : [dutch, english];
  }
  if (STEM_CACHE.size >= STEM_CACHE_LIMIT) STEM_CACHE.clear();
  STEM_CACHE.set(word, terms);
  return terms;
}

/** Every index term of a text, in order, with repeats (term frequency counts). */
export function termsOf(text: string): string[] {
  const terms: string[] = [];
  for (const word of tokens(text)) terms.push(...termsOfWord(word));
  return terms;
}

/** The distinct index terms of a text. */
export function termSet(text: string): Set<string> {
  return new Set(termsOf(text));
}
