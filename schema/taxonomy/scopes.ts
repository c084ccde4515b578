import { codesOf, type Term } from './term.ts';

/** The area an initiative works for, kept apart from its address (DOMAIN.md "Place"). */
export const SCOPES = [
  {
    code: 'neighbourhood',
    nl: 'buurt of wijk',
    en: 'neighbourhood',
    keywords: ['buurt', 'wijk', 'neighbourhood', 'neighborhood', 'kiez', 'quartier'],
  },
  {
    code: 'municipality',
    nl: 'gemeente',
    en: 'municipality',
    keywords: ['gemeente', 'stad', 'municipal', 'city', 'town', 'stadt', 'gemeinde', 'local'],
  },
  {
    code: 'region',
    nl: 'regio of provincie',
    en: 'region',
    keywords: ['regio', 'provincie', 'region', 'county', 'state', 'land'],
  },
  {
    code: 'national',
    nl: 'landelijk',
    en: 'national',
    keywords: ['landelijk', 'national', 'bundesweit', 'nationwide'],
  },
  {
    code: 'international',
    nl: 'internationaal',
    en: 'international',
    keywords: ['internation', 'global', 'worldwide', 'weltweit'],
  },
] as const satisfies readonly Term[];

/** A scope code, e.g. `municipality`. */
export type Scope = (typeof SCOPES)[number]['code'];

/** Every scope code, smallest first. */
export const SCOPE_CODES = codesOf<Scope>(SCOPES);

/** Initiator type (DOMAIN.md): who started the initiative. */
export const INITIATOR_TYPES = [
  {
    code: 'residents',
    nl: 'bewoners',
    en: 'residents',
    keywords: ['bewoner', 'resident', 'burger', 'citizen'],
  },
  {
    code: 'social-entrepreneur',
    nl: 'sociaal ondernemer',
    en: 'social entrepreneur',
    keywords: ['ondernemer', 'entrepreneur'],
  },
  {
    code: 'civil-society',
    nl: 'maatschappelijke organisatie',
    en: 'civil-society organisation',
    keywords: ['maatschappelijke organisatie', 'ngo', 'charity', 'civil society'],
  },
  {
    code: 'government',
    nl: 'overheid',
    en: 'government',
    keywords: ['overheid', 'gemeente', 'government', 'municipality', 'council'],
  },
  { code: 'other', nl: 'overig', en: 'other', keywords: [] },
] as const satisfies readonly Term[];

/** An initiator type code. */
export type InitiatorType = (typeof INITIATOR_TYPES)[number]['code'];

/** Every initiator type code. */
export const INITIATOR_TYPE_CODES = codesOf<InitiatorType>(INITIATOR_TYPES);

/** Dutch tax statuses of public-benefit organisations: ANBI (gifts deductible) and SBBI. */
export const TAX_STATUS_CODES = ['anbi', 'sbbi'] as const;

/** A tax status code. */
export type TaxStatus = (typeof TAX_STATUS_CODES)[number];
