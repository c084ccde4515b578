import { detectLegalForm, foldLabel } from '../../schema/index.ts';
import { websiteDomain } from '../sdk/index.ts';

/**
 * Words that end the name of an organisation and hardly ever a person's name ("Voedselbank", "Westkrant",
 * "Buurthuis"). Endings that are also common Dutch surnames (-huis, -tuin, -man) are deliberately absent.
 */
const ORGANISATION_ENDINGS = [
  'stichting',
  'vereniging',
  'cooperatie',
  'collectief',
  'platform',
  'netwerk',
  'initiatief',
  'initiatieven',
  'project',
  'fonds',
  'bank',
  'krant',
  'centrum',
  'buurthuis',
  'wijkhuis',
  'clubhuis',
  'bibliotheek',
  'moskee',
  'school',
  'club',
  'team',
  'groep',
  'comite',
  'festival',
  'theater',
  'museum',
  'cafe',
  'moestuin',
  'buurttuin',
  'gemeente',
  'organisatie',
];

/** Name particles of Dutch, German and other family names ("de", "van der", "ter"). */
const PARTICLES = new Set([
  'de',
  'van',
  'der',
  'den',
  'ter',
  'ten',
  'te',
  'het',
  "'t",
  'la',
  'le',
  'du',
  'da',
  'von',
  'zu',
  'el',
  'al',
  'bin',
  'op',
]);

/** Host labels that say nothing about whose site it is. */
const GENERIC_LABELS = new Set([
  'www',
  'home',
  'site',
  'web',
  'info',
  'mail',
  'amsterdam',
  'nl',
  'org',
  'com',
]);

/**
 * Decides whether the organiser an idea names (`isOrganiserName`) is an organisation, whose name may be
 * kept, or possibly a private person, whose name must be dropped. In order:
 * 1. a legal form in the name ("Stichting ...", "... B.V.") -> organisation;
 * 2. a word ending like an organisation ("Voedselbank", "Westkrant", "Buurthuis") -> organisation;
 * 3. shaped like a personal name (two to five words, capitalised words and name particles only, at
 *    least two capitalised words: "Martine de Vente") -> person;
 * 4. the organiser's website carries the name ("De Westkrant" on dewestkrant.nl) -> organisation;
 * 5. anything else -> treated as a person: when in doubt, privacy wins.
 */
export function isOrganisationName(name: string | null | undefined, website?: string | null): boolean {
  const text = name?.trim();
  if (!text) return false;
  const form = detectLegalForm(text);
  if (form && form !== 'none') return true;
  const words = foldLabel(text).split(' ').filter(Boolean);
  if (words.some((word) => ORGANISATION_ENDINGS.some((ending) => word.endsWith(ending)))) return true;
  if (looksLikePersonalName(text)) return false;
  return websiteCarriesName(words, website);
}

function looksLikePersonalName(text: string): boolean {
  const tokens = text.split(/\s+/);
  if (tokens.length < 2 || tokens.length > 5 || /\d/.test(text)) return false;
  let capitalised = 0;
  for (const token of tokens) {
    if (PARTICLES.has(token.toLowerCase())) continue;
    if (!/^\p{Lu}[\p{Ll}'’]+(-\p{Lu}?[\p{Ll}'’]+)*\.?$/u.test(token)) return false;
    capitalised++;
  }
  return capitalised >= 2;
}

function websiteCarriesName(words: readonly string[], website: string | null | undefined): boolean {
  const domain = websiteDomain(website);
  if (!domain) return false;
  const joined = words.join('');
  const labels = domain
    .split('.')
    .slice(0, -1)
    .map((label) => label.replace(/-/g, ''))
    .filter((label) => label.length >= 5 && !GENERIC_LABELS.has(label));
  return labels.some((label) => joined.includes(label) || (joined.length >= 5 && label.includes(joined)));
}
