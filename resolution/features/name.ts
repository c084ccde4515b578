import { LEGAL_FORMS, type LegalForm } from '../../schema/index.ts';
import { intern, listOrNone } from './intern.ts';

/** An organisation name reduced to what identifies it, for blocking and comparison. */
export interface NameKey {
  /** Distinctive tokens: folded, legal-form words and function words removed, abbreviations expanded. */
  readonly tokens: readonly string[];
  /** The tokens sorted and joined by spaces: equal for names with the same words in any order. */
  readonly sorted: string;
  /** Acronyms the name can be written as ("Kracht in Nederland" -> `kin`, `kinl`, `kn`, `knl`). */
  readonly acronyms: readonly string[];
  /** The name as one acronym when it looks like one ("KiNL", "K.i.N.L."), else undefined. */
  readonly asAcronym: string | undefined;
  /** The legal form its words state ("Stichting …" -> `stichting`), else undefined. */
  readonly legalForm: LegalForm | undefined;
  /**
   * What the name adds in parentheses or after a dash, as written: usually the town
   * ("Repair Café (Zwolle)", "Voedselbank - Midden-Drenthe"). Not part of `tokens`.
   */
  readonly qualifier: string | undefined;
}

/** Splits "Name (Qualifier)" and "Name - Qualifier" into the name and what qualifies it. */
function splitQualifier(name: string): {
  core: string;
  qualifier: string | undefined;
} {
  const parenthesised = /^(.+?)\s*\(([^)]+)\)\s*$/.exec(name);
  if (parenthesised !== null) return { core: parenthesised[1]!, qualifier: parenthesised[2] };
  const dashed = /^(.+\S)\s+[-–—]\s+(\S.*)$/.exec(name);
  if (dashed !== null) return { core: dashed[1]!, qualifier: dashed[2] };
  return { core: name, qualifier: undefined };
}

/** Legal-form words as token sequences by their first word, longest first, with the form they state. */
const LEGAL_FORM_SEQUENCES = new Map<string, { words: readonly string[]; form: LegalForm }[]>();
for (const form of LEGAL_FORMS) {
  const extra =
    form.code === 'stichting' ? ['stg', 'stichting'] : form.code === 'vereniging' ? ['vzw', 'ev'] : [];
  for (const keyword of [...form.keywords, ...extra]) {
    const words = keyword.split(' ');
    const list = LEGAL_FORM_SEQUENCES.get(words[0]!) ?? [];
    if (!list.some((entry) => entry.words.join(' ') === keyword)) list.push({ words, form: form.code });
    list.sort((a, b) => b.words.length - a.words.length);
    LEGAL_FORM_SEQUENCES.set(words[0]!, list);
  }
}

/** Function words of Dutch, English, German and French that say nothing about which organisation it is. */
const FUNCTION_WORDS = new Set(
  (
    'de het een t van voor en in op aan met bij uit tot door om te der den ' +
    'the of and for a an at on to by with ' +
    'die das und fur von zu im am ' +
    'la le les du des et l d'
  ).split(' '),
);

/** Common short forms in names, expanded so "Kracht in NL" compares equal to "Kracht in Nederland". */
const EXPANSIONS: Readonly<Record<string, string>> = {
  nl: 'nederland',
  adam: 'amsterdam',
  rdam: 'rotterdam',
  dh: 'denhaag',
  ned: 'nederland',
  int: 'internationaal',
  intl: 'international',
  st: 'sint',
};

/** Short forms used inside acronyms for expanded words (the reverse of `EXPANSIONS` where it matters). */
const ACRONYM_PARTS: Readonly<Record<string, string>> = { nederland: 'nl' };

/** Folds case, diacritics, apostrophes and punctuation: "Coöperatie A'dam e.V." -> "cooperatie adam e v". */
export function foldName(name: string): string {
  // Most text is plain ASCII, and normalising it is the costly step.
  const plain = /^[\x20-\x7e]*$/.test(name) ? name : name.normalize('NFKD').replace(/\p{M}+/gu, '');
  return plain
    .toLowerCase()
    .replace(/['’`´]/g, '')
    .replace(/&/g, ' en ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** The words of a text that carry meaning, folded: "Alphen aan den Rijn" -> ["alphen", "rijn"]. */
export function contentWords(text: string): string[] {
  return nameWords(foldName(text)).filter((word) => !FUNCTION_WORDS.has(word));
}

/** Splits a folded name into words, joining runs of single letters ("k i n l" -> "kinl"). */
export function nameWords(folded: string): string[] {
  const words: string[] = [];
  let letters = '';
  for (const word of folded.split(' ')) {
    if (word === '') continue;
    if (word.length === 1 && /[a-z]/.test(word)) {
      letters += word;
      continue;
    }
    if (letters !== '') words.push(letters);
    letters = '';
    words.push(word);
  }
  if (letters !== '') words.push(letters);
  return words;
}

/** Removes legal-form words wherever they stand and tells which form the first of them states. */
function stripLegalForms(words: readonly string[]): {
  kept: string[];
  form: LegalForm | undefined;
} {
  const kept: string[] = [];
  let form: LegalForm | undefined;
  let i = 0;
  outer: while (i < words.length) {
    for (const sequence of LEGAL_FORM_SEQUENCES.get(words[i]!) ?? []) {
      if (sequence.words.every((part, offset) => words[i + offset] === part)) {
        form ??= sequence.form;
        i += sequence.words.length;
        continue outer;
      }
    }
    kept.push(words[i]!);
    i += 1;
  }
  return { kept, form };
}

function acronymsOf(words: readonly string[]): string[] {
  if (words.length < 2) return [];
  const withAll = words.map((word) => word[0]!);
  const withParts = words.map((word) => ACRONYM_PARTS[word] ?? word[0]!);
  const content = words.filter((word) => !FUNCTION_WORDS.has(word));
  const forms = [withAll.join(''), withParts.join('')];
  if (content.length >= 2) {
    forms.push(content.map((word) => word[0]).join(''));
    forms.push(content.map((word) => ACRONYM_PARTS[word] ?? word[0]).join(''));
  }
  return [...new Set(forms)].filter((form) => form.length >= 2);
}

/** Whether a name written as one word reads as an acronym: short, or mixing capitals inside ("KiNL"). */
function looksLikeAcronym(original: string, word: string): boolean {
  if (word.length < 2 || word.length > 8 || /\d/.test(word)) return false;
  const compact = original.replace(/[^\p{L}]/gu, '');
  const innerCapital = /\p{Lu}/u.test(compact.slice(1));
  return innerCapital || word.length <= 4;
}

/**
 * Reduces an organisation name to its distinctive tokens and acronyms. Robust to legal-form words
 * ("Stichting", "e.V.", "U.A."), diacritics, punctuation, dotted acronyms and common short forms.
 *
 * @example
 * nameKey('Stichting Kracht in NL').tokens; // ['kracht', 'nederland']
 * nameKey('KiNL').asAcronym; // 'kinl'
 */
export function nameKey(name: string): NameKey {
  const { core, qualifier } = splitQualifier(name);
  const words = nameWords(foldName(core));
  const { kept: stripped, form } = stripLegalForms(words);
  // A leading "St." before a name is the usual short form of "Stichting"; elsewhere it is "Sint".
  if (stripped[0] === 'st' && stripped.length > 1) stripped.shift();
  const base = stripped.length > 0 ? stripped : words;
  const expanded = base.map((word) => EXPANSIONS[word] ?? word);
  const content = expanded.filter((word) => !FUNCTION_WORDS.has(word));
  const tokens = content.length > 0 ? content : expanded;
  const single = base.length === 1 ? base[0]! : undefined;
  return {
    tokens: tokens.map(intern),
    sorted: intern([...tokens].sort().join(' ')),
    acronyms: listOrNone(acronymsOf(expanded).map(intern)),
    asAcronym: single !== undefined && looksLikeAcronym(core, single) ? single : undefined,
    qualifier: qualifier === undefined ? undefined : intern(qualifier.trim()),
    legalForm: form,
  };
}
