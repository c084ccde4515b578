import { codesOf, foldLabel, type Term } from './term.ts';

/** Legal form (rechtsvorm), as MODEL.md fixes it: the Dutch forms plus `company`, `none` and `other`. */
export const LEGAL_FORMS = [
  {
    code: 'stichting',
    nl: 'stichting',
    en: 'foundation',
    keywords: [
      'stichting',
      'stg',
      'foundation',
      'stiftung',
      'trust',
      'fondation',
      'fundacion',
      'fondazione',
      'charitable incorporated',
    ],
  },
  {
    code: 'vereniging',
    nl: 'vereniging',
    en: 'association',
    keywords: ['vereniging', 'ver', 'association', 'verein', 'ev', 'e v', 'club', 'society', 'vzw', 'asbl'],
  },
  {
    code: 'cooperatie',
    nl: 'coöperatie',
    en: 'cooperative',
    keywords: [
      'cooperatie',
      'cooperatieve',
      'cooperative',
      'co op',
      'coop',
      'genossenschaft',
      'eg',
      'u a',
      'ua',
    ],
  },
  {
    code: 'company',
    nl: 'bedrijf (BV, eenmanszaak, VOF)',
    en: 'company',
    keywords: [
      'bv',
      'b v',
      'eenmanszaak',
      'vof',
      'v o f',
      'gmbh',
      'ggmbh',
      'ug',
      'ltd',
      'limited',
      'inc',
      'llc',
      'cic',
      'community interest company',
      'plc',
      'nv',
    ],
  },
  {
    code: 'none',
    nl: 'geen rechtspersoon',
    en: 'no legal entity',
    keywords: ['geen rechtspersoon', 'informal', 'informeel', 'no legal', 'unincorporated'],
  },
  { code: 'other', nl: 'overig', en: 'other', keywords: [] },
] as const satisfies readonly Term[];

/** A legal form code, e.g. `stichting`. */
export type LegalForm = (typeof LEGAL_FORMS)[number]['code'];

/** Every legal form code. */
export const LEGAL_FORM_CODES = codesOf<LegalForm>(LEGAL_FORMS);

/**
 * Recognises a legal form from words in an organisation's name ("Stichting Buurtkracht",
 * "Tafel e.V.", "Zonnepark Coöperatie U.A.") or from a platform's label for it.
 * Returns undefined when the name says nothing about it.
 */
export function detectLegalForm(nameOrLabel: string): LegalForm | undefined {
  const words = ` ${foldLabel(nameOrLabel)} `;
  for (const form of LEGAL_FORMS) {
    if (form.keywords.some((keyword) => words.includes(` ${keyword} `))) return form.code;
  }
  return undefined;
}
