import { codesOf, matchTerms, type Term } from './term.ts';

/** Who an initiative is for (DOMAIN.md "Target groups"). */
export const TARGET_GROUPS = [
  {
    code: 'youth',
    nl: 'jongeren',
    en: 'young people',
    keywords: ['jongeren', 'jeugd', 'youth', 'young', 'jugend', 'teen', 'kinder', 'children', 'kids'],
  },
  {
    code: 'families',
    nl: 'gezinnen',
    en: 'families',
    keywords: ['gezin', 'famil', 'ouders', 'parents', 'eltern'],
  },
  {
    code: 'older-people',
    nl: 'ouderen',
    en: 'older people',
    keywords: ['ouderen', 'senior', 'elder', 'older'],
  },
  {
    code: 'informal-carers',
    nl: 'mantelzorgers',
    en: 'informal carers',
    keywords: ['mantelzorg', 'carer', 'caregiver', 'pflegende'],
  },
  {
    code: 'job-seekers',
    nl: 'werkzoekenden',
    en: 'job seekers',
    keywords: ['werkzoek', 'job seek', 'unemploy', 'werkloos', 'arbeitslos', 'uitkering'],
  },
  {
    code: 'vulnerable',
    nl: 'kwetsbaren',
    en: 'vulnerable people',
    keywords: [
      'kwetsba',
      'vulnerab',
      'disadvantaged',
      'homeless',
      'dakloos',
      'disabilit',
      'beperking',
      'behinder',
      'bedurftig',
    ],
  },
  {
    code: 'refugees',
    nl: 'statushouders',
    en: 'refugees with a residence permit',
    keywords: [
      'statushouder',
      'vluchteling',
      'refugee',
      'asylum',
      'fluchtling',
      'nieuwkomer',
      'newcomer',
      'migrant',
    ],
  },
  {
    code: 'everyone',
    nl: 'iedereen',
    en: 'everyone',
    keywords: ['iedereen', 'everyone', 'alle ', 'general public', 'all ages'],
  },
] as const satisfies readonly Term[];

/** A target group code, e.g. `older-people`. */
export type TargetGroup = (typeof TARGET_GROUPS)[number]['code'];

/** Every target group code. */
export const TARGET_GROUP_CODES = codesOf<TargetGroup>(TARGET_GROUPS);

/** Maps platform labels onto target group codes, de-duplicated in taxonomy order. */
export function mapTargetGroups(labels: readonly string[]): TargetGroup[] {
  const found = new Set<TargetGroup>();
  for (const label of labels)
    for (const code of matchTerms<TargetGroup>(TARGET_GROUPS, label)) found.add(code);
  return TARGET_GROUP_CODES.filter((code) => found.has(code));
}
