import type { Rng } from './rng.ts';
import type { PlatformId, WorldInitiative } from './types.ts';

/** The ways a platform may write a name differently from the initiative itself. */
type Variation = 'exact' | 'legal' | 'base' | 'acronym' | 'typo' | 'upper' | 'lower' | 'ascii' | 'city';

const DEFAULT_STYLE: readonly (readonly [Variation, number])[] = [
  ['exact', 50],
  ['legal', 12],
  ['base', 12],
  ['acronym', 3],
  ['typo', 6],
  ['upper', 2],
  ['lower', 4],
  ['ascii', 6],
  ['city', 5],
];

/**
 * Platform habits: betterplace carriers are registered organisations and usually carry the legal form;
 * OpenStad ideas are typed by residents (lower case, typos, no legal form); Deedmob adds the town.
 */
const STYLES: Partial<Readonly<Record<PlatformId, readonly (readonly [Variation, number])[]>>> = {
  betterplace: [
    ['exact', 45],
    ['legal', 30],
    ['base', 8],
    ['typo', 5],
    ['ascii', 7],
    ['upper', 2],
    ['city', 3],
  ],
  openstad: [
    ['exact', 40],
    ['base', 25],
    ['lower', 12],
    ['typo', 12],
    ['ascii', 6],
    ['acronym', 5],
  ],
  deedmob: [
    ['exact', 45],
    ['base', 15],
    ['city', 20],
    ['typo', 8],
    ['legal', 7],
    ['ascii', 5],
  ],
  '360giving': [
    ['legal', 55],
    ['upper', 25],
    ['exact', 20],
  ],
};

const SMALL_WORDS = new Set([
  'de',
  'het',
  'van',
  'voor',
  'en',
  'der',
  'die',
  'das',
  'für',
  'am',
  'an',
  'in',
  'the',
  'of',
  'for',
  'and',
]);

/**
 * The name of an initiative as a given platform would write it: with or without its legal form,
 * abbreviated, with a small typo, in other casing, without diacritics or with the town appended.
 * Deterministic for a given `rng` state; pass `createRng(`${initiative.id}:${platform}`)` for a
 * name that stays the same on every request.
 *
 * @example
 * nameVariant(initiative, 'betterplace', createRng(`${initiative.id}:betterplace`)); // "Tafel Leipzig e.V."
 */
export function nameVariant(initiative: WorldInitiative, platform: PlatformId, rng: Rng): string {
  const variation = rng.weighted(STYLES[platform] ?? DEFAULT_STYLE);
  const name = initiative.name;
  switch (variation) {
    case 'legal':
      return initiative.legalName ?? name;
    case 'base':
      return initiative.baseName;
    case 'acronym':
      return acronym(initiative.baseName) ?? name;
    case 'typo':
      return typo(name, rng);
    case 'upper':
      return name.toUpperCase();
    case 'lower':
      return name.toLowerCase();
    case 'ascii':
      return name.normalize('NFKD').replace(/\p{M}+/gu, '');
    case 'city':
      return name.includes(initiative.place.locality) ? name : `${name} (${initiative.place.locality})`;
    default:
      return name;
  }
}

/** Initials of the significant words, when there are at least three ("Samen Op Weg Utrecht" -> "SOWU"). */
function acronym(baseName: string): string | undefined {
  const words = baseName.split(/[\s-]+/).filter((word) => word && !SMALL_WORDS.has(word.toLowerCase()));
  if (words.length < 3) return undefined;
  return words.map((word) => word[0]?.toUpperCase()).join('');
}

/** Swaps two neighbouring letters inside one longer word, as a hurried typist does. */
function typo(name: string, rng: Rng): string {
  const words = name.split(' ');
  const candidates = words.map((word, i) => [word, i] as const).filter(([word]) => /^\p{L}{6,}$/u.test(word));
  if (candidates.length === 0) return name;
  const [word, index] = rng.pick(candidates);
  const at = rng.int(1, word.length - 3);
  words[index] = word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
  return words.join(' ');
}
