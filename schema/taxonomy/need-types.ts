import { codesOf, matchTerms, type Term } from './term.ts';

/** What an initiative asks for or gives (DOMAIN.md "Needs and offers"); `Need.type` and `Offer.type`. */
export const NEED_TYPES = [
  {
    code: 'money',
    nl: 'geld',
    en: 'money',
    keywords: [
      'geld',
      'money',
      'funding',
      'financ',
      'donat',
      'donatie',
      'spende',
      'subsid',
      'loan',
      'lening',
      'crowdfund',
    ],
  },
  {
    code: 'volunteers',
    nl: 'vrijwilligers',
    en: 'volunteers',
    keywords: ['vrijwillig', 'volunteer', 'ehrenamt', 'helpers', 'handen', 'hands'],
  },
  { code: 'time', nl: 'tijd', en: 'time', keywords: ['tijd', 'time', 'zeit'] },
  {
    code: 'materials',
    nl: 'materialen',
    en: 'materials',
    keywords: [
      'materia',
      'spullen',
      'goods',
      'equipment',
      'gereedschap',
      'tools',
      'sachspende',
      'meubel',
      'furniture',
    ],
  },
  {
    code: 'knowledge',
    nl: 'kennis en deskundigheid',
    en: 'knowledge and expertise',
    keywords: [
      'kennis',
      'deskundig',
      'knowledge',
      'expert',
      'advies',
      'advice',
      'wissen',
      'beratung',
      'coach',
      'skills',
    ],
  },
  {
    code: 'space',
    nl: 'ruimte en pand',
    en: 'space and premises',
    keywords: ['ruimte', 'pand', 'space', 'premises', 'locatie', 'raum', 'room', 'gebouw', 'building'],
  },
  { code: 'network', nl: 'netwerk', en: 'network', keywords: ['netwerk', 'network', 'contact', 'partner'] },
  {
    code: 'board',
    nl: 'bestuursleden',
    en: 'board members',
    keywords: ['bestuur', 'board', 'vorstand', 'trustee'],
  },
  {
    code: 'permit',
    nl: 'vergunning',
    en: 'permit',
    keywords: ['vergunning', 'permit', 'genehmigung', 'licen'],
  },
  {
    code: 'publicity',
    nl: 'publiciteit',
    en: 'publicity',
    keywords: ['publicit', 'aandacht', 'promotie', 'promotion', 'pr ', 'media', 'marketing', 'communicatie'],
  },
  { code: 'other', nl: 'overig', en: 'other', keywords: [] },
] as const satisfies readonly Term[];

/** A need or offer type code, e.g. `volunteers`. */
export type NeedType = (typeof NEED_TYPES)[number]['code'];

/** Every need type code. */
export const NEED_TYPE_CODES = codesOf<NeedType>(NEED_TYPES);

/** Maps a platform's label for a need onto need types; `other` when nothing fits. */
export function mapNeedType(label: string): NeedType[] {
  const found = matchTerms<NeedType>(NEED_TYPES, label);
  return found.length > 0 ? found : ['other'];
}
