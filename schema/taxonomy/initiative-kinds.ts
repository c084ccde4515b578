import { codesOf, matchTerms, type Term } from './term.ts';

/** Kind of initiative (DOMAIN.md "Kind of initiative"); `InitiativeProfile.kind`. */
export const INITIATIVE_KINDS = [
  {
    code: 'residents-initiative',
    nl: 'bewonersinitiatief',
    en: "residents' initiative",
    keywords: [
      'bewonersinitiatief',
      'burgerinitiatief',
      'bewoners',
      'residents',
      'citizen',
      'burger',
      'burgerinitiative',
    ],
  },
  {
    code: 'neighbourhood-initiative',
    nl: 'buurtinitiatief',
    en: 'neighbourhood initiative',
    keywords: ['buurtinitiatief', 'buurt', 'neighbourhood', 'neighborhood', 'nachbarschaft', 'wijk'],
  },
  {
    code: 'care-cooperative',
    nl: 'zorgcoöperatie',
    en: 'care cooperative',
    keywords: ['zorgcooperatie', 'zorgco', 'care cooperative'],
  },
  {
    code: 'energy-cooperative',
    nl: 'energiecoöperatie',
    en: 'energy cooperative',
    keywords: [
      'energiecooperatie',
      'energieco',
      'energy cooperative',
      'energiegenossenschaft',
      'buurtenergie',
      'zonnepark',
      'windpark',
    ],
  },
  {
    code: 'village-cooperative',
    nl: 'dorpscoöperatie',
    en: 'village cooperative',
    keywords: ['dorpscooperatie', 'dorpsco', 'village cooperative', 'dorpsbelang'],
  },
  {
    code: 'neighbourhood-enterprise',
    nl: 'wijkonderneming / bewonersbedrijf',
    en: 'neighbourhood enterprise',
    keywords: [
      'wijkonderneming',
      'bewonersbedrijf',
      'buurtbedrijf',
      'community business',
      'neighbourhood enterprise',
    ],
  },
  {
    code: 'social-enterprise',
    nl: 'sociale onderneming',
    en: 'social enterprise',
    keywords: [
      'sociale onderneming',
      'social enterprise',
      'sozialunternehmen',
      'social entrepreneur',
      'sociaal ondernem',
      'impact',
    ],
  },
  { code: 'city-village', nl: 'stadsdorp', en: 'city village', keywords: ['stadsdorp', 'city village'] },
  {
    code: 'buddy-scheme',
    nl: 'maatjesproject',
    en: 'buddy scheme',
    keywords: ['maatje', 'buddy', 'mentor', 'pate', 'patenschaft'],
  },
  {
    code: 'repair-cafe',
    nl: 'repair café',
    en: 'repair café',
    keywords: ['repair', 'reparatie', 'reparatur'],
  },
  {
    code: 'time-bank',
    nl: 'tijdbank',
    en: 'time bank',
    keywords: ['tijdbank', 'time bank', 'timebank', 'zeitbank'],
  },
  { code: 'other', nl: 'overig', en: 'other', keywords: [] },
] as const satisfies readonly Term[];

/** An initiative kind code, e.g. `energy-cooperative`. */
export type InitiativeKind = (typeof INITIATIVE_KINDS)[number]['code'];

/** Every initiative kind code. */
export const INITIATIVE_KIND_CODES = codesOf<InitiativeKind>(INITIATIVE_KINDS);

/**
 * Guesses the kind from a name or label ("Repair Café Oost" -> `repair-cafe`); the most specific term wins,
 * so a "buurtenergie" cooperative is an energy cooperative rather than a neighbourhood initiative.
 */
export function detectInitiativeKind(text: string): InitiativeKind | undefined {
  const found = matchTerms<InitiativeKind>(INITIATIVE_KINDS, text);
  const specific = found.filter(
    (code) => code !== 'residents-initiative' && code !== 'neighbourhood-initiative',
  );
  return specific[0] ?? found[0];
}
