import type { NeedType, Theme } from '../../schema/index.ts';

/** A category of the replica deployment; `parent` is the id of its parent category. */
export interface ReplicaTag {
  readonly id: number;
  readonly tag: string;
  readonly parent?: number;
  readonly description?: string;
}

/** The replica's categories: a two-level tree like the ones Dutch help maps use. */
export const REPLICA_TAGS: readonly ReplicaTag[] = [
  { id: 1, tag: 'Fysieke hulp', description: 'Klusjes, boodschappen, vervoer e.d.' },
  { id: 2, tag: 'Boodschappen', parent: 1, description: 'Levensmiddelen, apotheek e.d.' },
  { id: 3, tag: 'Klussen en techniek', parent: 1, description: 'Computerhulp, reparaties e.d.' },
  { id: 4, tag: 'Vervoer', parent: 1 },
  { id: 5, tag: 'Sociaal', description: 'Bellen, gezelschap, e.d.' },
  { id: 6, tag: 'Gezelschap', parent: 5, description: 'Een praatje maken, bellen e.d.' },
  { id: 7, tag: 'Activiteiten', parent: 5 },
  { id: 8, tag: 'Middelen' },
  { id: 9, tag: 'Geld en donaties', parent: 8 },
  { id: 10, tag: 'Spullen en materialen', parent: 8 },
  { id: 11, tag: 'Ruimte', parent: 8 },
  { id: 12, tag: 'Kennis en advies', parent: 8 },
  { id: 13, tag: 'Vrijwilligers', parent: 8 },
  { id: 14, tag: 'Maatschappelijk', description: 'Kunst, cultuur, zorg, etc' },
  { id: 15, tag: 'Kunst en cultuur', parent: 14 },
  { id: 16, tag: 'Zorg', parent: 14 },
  { id: 17, tag: 'Onderwijs', parent: 14 },
  { id: 18, tag: 'Duurzaamheid en groen', parent: 14 },
  { id: 19, tag: 'Lokale ondernemers', parent: 14 },
  { id: 20, tag: 'Sport', parent: 14 },
  { id: 21, tag: 'Overig' },
];

/** The replica's surveys: asking for help, offering help, and reporting an initiative. */
export const REPLICA_FORMS = [
  { id: 1, name: 'Ik zoek hulp', description: 'Vraag hulp aan mensen in je buurt' },
  { id: 2, name: 'Ik bied hulp aan', description: 'Bied je hulp aan mensen in je buurt aan' },
  { id: 3, name: 'Initiatief', description: 'Meld een initiatief in jouw buurt' },
] as const;

/** The category a need is posted under. */
export const NEED_TAG: Readonly<Record<NeedType, number>> = {
  money: 9,
  materials: 10,
  space: 11,
  knowledge: 12,
  publicity: 12,
  volunteers: 13,
  board: 13,
  time: 6,
  network: 7,
  permit: 21,
  other: 21,
};

/** The category an initiative of a theme is posted under. */
export const THEME_TAG: Readonly<Record<Theme, number>> = {
  'care-welfare': 16,
  health: 16,
  'informal-care': 16,
  'older-people': 6,
  'social-cohesion': 7,
  poverty: 2,
  'work-participation': 19,
  'local-economy': 19,
  'education-talent': 17,
  youth: 17,
  energy: 18,
  sustainability: 18,
  'green-nature': 18,
  food: 2,
  housing: 3,
  'public-space': 18,
  'liveability-safety': 7,
  culture: 15,
  'sport-recreation': 20,
  mobility: 4,
};

/** What an initiative of a theme offers its neighbours, in the words of a help map post. */
export const THEME_OFFER: Readonly<Record<Theme, string>> = {
  'care-welfare': 'een luisterend oor en een kop koffie',
  health: 'samen wandelen voor wie weinig buiten komt',
  'informal-care': 'een adempauze voor mantelzorgers',
  'older-people': 'gezelschap voor ouderen in de buurt',
  'social-cohesion': 'een plek om buren te ontmoeten',
  poverty: 'gratis maaltijden op vrijdag',
  'work-participation': 'hulp bij het vinden van werk',
  'local-economy': 'bezorging van lokale producten',
  'education-talent': 'huiswerkbegeleiding',
  youth: 'activiteiten voor kinderen',
  energy: 'advies over energie besparen',
  sustainability: 'gratis reparaties van spullen',
  'green-nature': 'hulp in je tuin',
  food: 'groente uit de buurtmoestuin',
  housing: 'hulp bij kleine klussen in huis',
  'public-space': 'opruimacties in de straat',
  'liveability-safety': 'een buurtpreventie-app',
  culture: 'online concerten en workshops',
  'sport-recreation': 'sporten op afstand in het park',
  mobility: 'vervoer naar de huisarts',
};
