import type { LegalForm, NeedType, TargetGroup, Theme } from '../../../schema/index.ts';
import type { WorldLanguage } from './types.ts';

/** How each theme reads inside a sentence ("zet zich in voor ..."). */
export const THEME_PHRASES: Readonly<Record<WorldLanguage, Readonly<Record<Theme, string>>>> = {
  nl: {
    'care-welfare': 'zorg en welzijn',
    health: 'een gezonde leefstijl',
    'social-cohesion': 'ontmoeting en saamhorigheid',
    poverty: 'mensen die het financieel moeilijk hebben',
    'work-participation': 'werk en meedoen',
    'education-talent': 'taal en talentontwikkeling',
    youth: 'kinderen en jongeren',
    'older-people': 'ouderen in de wijk',
    'informal-care': 'mantelzorgers',
    energy: 'schone, lokale energie',
    sustainability: 'een duurzame leefomgeving',
    'green-nature': 'meer groen en natuur',
    food: 'gezond en eerlijk eten',
    housing: 'betaalbaar wonen',
    'public-space': 'een prettige openbare ruimte',
    'liveability-safety': 'een leefbare en veilige buurt',
    culture: 'kunst en cultuur',
    'sport-recreation': 'sport en bewegen',
    mobility: 'duurzame mobiliteit',
    'local-economy': 'de lokale economie',
  },
  de: {
    'care-welfare': 'Pflege und soziale Unterstützung',
    health: 'Gesundheit im Alltag',
    'social-cohesion': 'Begegnung und gute Nachbarschaft',
    poverty: 'Menschen in Armut',
    'work-participation': 'Arbeit und Teilhabe',
    'education-talent': 'Bildung und Sprache',
    youth: 'Kinder und Jugendliche',
    'older-people': 'ältere Menschen',
    'informal-care': 'pflegende Angehörige',
    energy: 'saubere Energie aus der Region',
    sustainability: 'Nachhaltigkeit und Klimaschutz',
    'green-nature': 'mehr Grün in der Stadt',
    food: 'Lebensmittelrettung und gutes Essen',
    housing: 'bezahlbares Wohnen',
    'public-space': 'lebendige öffentliche Plätze',
    'liveability-safety': 'ein sicheres und lebenswertes Viertel',
    culture: 'Kunst und Kultur',
    'sport-recreation': 'Sport und Bewegung',
    mobility: 'nachhaltige Mobilität',
    'local-economy': 'die lokale Wirtschaft',
  },
  en: {
    'care-welfare': 'care and wellbeing',
    health: 'better health',
    'social-cohesion': 'a connected community',
    poverty: 'people living in poverty',
    'work-participation': 'jobs and inclusion',
    'education-talent': 'education and skills',
    youth: 'children and young people',
    'older-people': 'older residents',
    'informal-care': 'unpaid carers',
    energy: 'clean community energy',
    sustainability: 'a sustainable future',
    'green-nature': 'green spaces and nature',
    food: 'healthy, affordable food',
    housing: 'decent housing',
    'public-space': 'shared public spaces',
    'liveability-safety': 'safe neighbourhoods',
    culture: 'arts and culture',
    'sport-recreation': 'sport and play',
    mobility: 'sustainable transport',
    'local-economy': 'the local economy',
  },
};

/** How each target group reads in a sentence ("vooral voor ..."). */
export const TARGET_GROUP_PHRASES: Readonly<Record<WorldLanguage, Readonly<Record<TargetGroup, string>>>> = {
  nl: {
    youth: 'jongeren',
    families: 'gezinnen met kinderen',
    'older-people': 'ouderen',
    'informal-carers': 'mantelzorgers',
    'job-seekers': 'werkzoekenden',
    vulnerable: 'kwetsbare buurtbewoners',
    refugees: 'statushouders en nieuwkomers',
    everyone: 'alle buurtbewoners',
  },
  de: {
    youth: 'Jugendliche',
    families: 'Familien mit Kindern',
    'older-people': 'Seniorinnen und Senioren',
    'informal-carers': 'pflegende Angehörige',
    'job-seekers': 'Arbeitssuchende',
    vulnerable: 'Menschen in schwierigen Lebenslagen',
    refugees: 'Geflüchtete und Neuankommende',
    everyone: 'alle Nachbarinnen und Nachbarn',
  },
  en: {
    youth: 'young people',
    families: 'families',
    'older-people': 'older people',
    'informal-carers': 'unpaid carers',
    'job-seekers': 'people looking for work',
    vulnerable: 'vulnerable residents',
    refugees: 'refugees and newcomers',
    everyone: 'everyone in the community',
  },
};

/** What an initiative asks for, per need type ("We zoeken nog ..."). */
export const NEED_PHRASES: Readonly<
  Record<WorldLanguage, Partial<Readonly<Record<NeedType, readonly string[]>>>>
> = {
  nl: {
    money: ['een bijdrage voor de huur van onze ruimte', 'startkapitaal voor nieuwe activiteiten'],
    volunteers: ['vrijwilligers die een paar uur per week willen helpen', 'enthousiaste vrijwilligers'],
    materials: ['gereedschap en materialen', 'tweedehands meubels voor onze ontmoetingsruimte'],
    knowledge: ['iemand met verstand van subsidies', 'advies over communicatie'],
    space: ['een vaste ruimte in de wijk', 'een plek om op te slaan'],
    board: ['een penningmeester voor ons bestuur', 'nieuwe bestuursleden'],
    publicity: ['meer bekendheid in de buurt'],
    network: ['contact met andere initiatieven'],
  },
  de: {
    money: ['Spenden für die Miete unserer Räume', 'Startkapital für neue Angebote'],
    volunteers: ['Ehrenamtliche, die ein paar Stunden pro Woche mithelfen', 'engagierte Freiwillige'],
    materials: ['Werkzeug und Material', 'gebrauchte Möbel für unseren Treffpunkt'],
    knowledge: ['Unterstützung bei Förderanträgen', 'Beratung für unsere Öffentlichkeitsarbeit'],
    space: ['einen festen Raum im Viertel', 'einen Lagerraum'],
    board: ['eine Kassenwartin oder einen Kassenwart für den Vorstand', 'neue Vorstandsmitglieder'],
    publicity: ['mehr Bekanntheit im Viertel'],
    network: ['Kontakt zu anderen Initiativen'],
  },
  en: {
    money: ['donations towards the rent of our space', 'seed funding for new activities'],
    volunteers: ['volunteers who can give a few hours a week', 'friendly volunteers'],
    materials: ['tools and materials', 'second-hand furniture for our community room'],
    knowledge: ['someone who knows about grant applications', 'advice on communications'],
    space: ['a permanent space in the area', 'storage space'],
    board: ['a treasurer for our board', 'new trustees'],
    publicity: ['more people who know about us'],
    network: ['links with other community groups'],
  },
};

/** The registered name for a legal form in a country ("Stichting X", "X e.V.", "X U.A."). */
export function legalName(baseName: string, legalForm: LegalForm, country: string): string | undefined {
  const german = country === 'DE' || country === 'AT' || country === 'CH';
  switch (legalForm) {
    case 'stichting':
      if (country === 'NL' || country === 'BE') return `Stichting ${baseName}`;
      if (german) return /stiftung/i.test(baseName) ? baseName : `Stiftung ${baseName}`;
      return country === 'GB' ? `${baseName} Trust` : `${baseName} Foundation`;
    case 'vereniging':
      if (country === 'NL') return `Vereniging ${baseName}`;
      if (country === 'BE') return `${baseName} vzw`;
      if (country === 'DE') return `${baseName} e.V.`;
      if (german) return `Verein ${baseName}`;
      return `${baseName} Association`;
    case 'cooperatie':
      if (country === 'NL') return `${baseName} U.A.`;
      if (country === 'BE') return /co[oö]perati/i.test(baseName) ? baseName : `Coöperatie ${baseName}`;
      if (german) return `${baseName} eG`;
      return `${baseName} Cooperative`;
    case 'company':
      if (country === 'NL' || country === 'BE') return `${baseName} B.V.`;
      if (german) return `${baseName} gGmbH`;
      if (country === 'GB') return `${baseName} CIC`;
      return country === 'US' ? `${baseName}, Inc.` : `${baseName} Ltd`;
    default:
      return undefined;
  }
}
