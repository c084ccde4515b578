import {
  type InitiativeProfile,
  type SourceRecord,
  SourceRecord as SourceRecordSchema,
  withContentHash,
} from '../../schema/index.ts';

const HARVESTED = '2026-11-20T03:00:00Z';

const PLACES = {
  utrecht: {
    locality: 'Utrecht',
    municipality: { code: 'GM0344', name: 'Utrecht' },
    neighbourhood: { code: 'BU03440000', name: 'Binnenstad' },
    country: 'NL',
    lat: 52.0907,
    lon: 5.1214,
  },
  utrechtOost: {
    locality: 'Utrecht',
    municipality: { code: 'GM0344', name: 'Utrecht' },
    neighbourhood: { code: 'BU03440501', name: 'Oudwijk' },
    country: 'NL',
    lat: 52.0861,
    lon: 5.1365,
  },
  amsterdamNoord: {
    locality: 'Amsterdam',
    municipality: { code: 'GM0363', name: 'Amsterdam' },
    neighbourhood: { code: 'BU0363N000', name: 'Volewijck' },
    country: 'NL',
    lat: 52.3911,
    lon: 4.9156,
  },
  dePijp: {
    locality: 'Amsterdam',
    municipality: { code: 'GM0363', name: 'Amsterdam' },
    neighbourhood: { code: 'BU0363K000', name: 'De Pijp' },
    country: 'NL',
    lat: 52.3547,
    lon: 4.8925,
  },
  delfshaven: {
    locality: 'Rotterdam',
    municipality: { code: 'GM0599', name: 'Rotterdam' },
    neighbourhood: { code: 'BU05990310', name: 'Delfshaven' },
    country: 'NL',
    lat: 51.9096,
    lon: 4.4436,
  },
  zwolle: {
    locality: 'Zwolle',
    municipality: { code: 'GM0193', name: 'Zwolle' },
    country: 'NL',
    lat: 52.5125,
    lon: 6.0944,
  },
  leiden: {
    locality: 'Leiden',
    municipality: { code: 'GM0546', name: 'Leiden' },
    country: 'NL',
    lat: 52.1601,
    lon: 4.497,
  },
} as const;

/** Profiles of the fixture initiatives, each with its own KvK number so that records resolve by identifier. */
const PROFILES = {
  voedselbank: {
    name: 'Stichting Voedselbank Utrecht',
    summary: 'Voedselpakketten voor huishoudens die tijdelijk niet rond kunnen komen.',
    description:
      'De voedselbank deelt elke week voedselpakketten uit aan gezinnen in Utrecht. Vrijwilligers halen ' +
      'overschotten op bij supermarkten en boeren en sorteren ze in ons distributiecentrum.',
    identifiers: [{ scheme: 'NL-KVK', id: '30212345' }],
    legalForm: 'stichting',
    kind: 'other',
    themes: ['poverty', 'food'],
    targetGroups: ['vulnerable', 'families'],
    phase: 'established',
    foundedOn: '2006-03-01',
    location: PLACES.utrecht,
    needs: [
      { type: 'volunteers', description: 'chauffeurs en sorteerders' },
      { type: 'money', amount: { minor: 500_000, currency: 'EUR' } },
    ],
    website: 'https://www.voedselbank-utrecht.nl/',
  },
  repairNoord: {
    name: 'Repair Café Amsterdam-Noord',
    summary: 'Samen kapotte spullen repareren in plaats van weggooien.',
    description:
      'Elke maand repareren vrijwilligers samen met buurtbewoners kapotte lampen, broodroosters, fietsen en ' +
      'kleding. Gratis, gezellig en goed voor het milieu.',
    identifiers: [{ scheme: 'NL-KVK', id: '61234567' }],
    legalForm: 'vereniging',
    kind: 'repair-cafe',
    themes: ['sustainability', 'social-cohesion'],
    targetGroups: ['everyone'],
    phase: 'growing',
    foundedOn: '2014-05-10',
    location: PLACES.amsterdamNoord,
    needs: [{ type: 'volunteers' }, { type: 'space', description: 'een werkruimte voor de reparatiemiddag' }],
    offers: [{ type: 'knowledge', description: 'reparatieles' }],
  },
  repairDelfshaven: {
    name: 'Repair Café Delfshaven',
    summary: 'Repareren met de buren: elektrische apparaten, fietsen en kleding.',
    description: 'Maandelijkse reparatiemiddag in het buurthuis, met koffie en vakkundige vrijwilligers.',
    identifiers: [{ scheme: 'NL-KVK', id: '62345678' }],
    legalForm: 'stichting',
    kind: 'repair-cafe',
    themes: ['sustainability'],
    phase: 'continuing',
    foundedOn: '2016-09-01',
    location: PLACES.delfshaven,
  },
  zonnedak: {
    name: 'Energiecoöperatie Zonnedak Zwolle',
    summary: 'Zonnepanelen op daken van de stad, van en voor de inwoners.',
    description:
      'Leden van de coöperatie investeren samen in zonnepanelen op grote daken in Zwolle en delen de opbrengst.',
    identifiers: [{ scheme: 'NL-KVK', id: '63456789' }],
    legalForm: 'cooperatie',
    kind: 'energy-cooperative',
    themes: ['energy', 'sustainability'],
    targetGroups: ['everyone'],
    phase: 'startup',
    foundedOn: '2024-02-01',
    location: PLACES.zwolle,
    needs: [{ type: 'money', amount: { minor: 2_500_000, currency: 'EUR' } }, { type: 'publicity' }],
  },
  moestuin: {
    name: 'Buurtmoestuin De Groene Vinger',
    summary: 'Een moestuin voor en door de buurt in Oudwijk.',
    description: 'Buurtbewoners telen samen groente en kruiden en delen de oogst met de voedselbank.',
    identifiers: [{ scheme: 'NL-KVK', id: '64567890' }],
    legalForm: 'none',
    kind: 'neighbourhood-initiative',
    themes: ['green-nature', 'food'],
    targetGroups: ['everyone'],
    phase: 'growing',
    foundedOn: '2019-04-15',
    location: PLACES.utrechtOost,
    needs: [{ type: 'materials', description: 'gereedschap en zaden' }, { type: 'volunteers' }],
    offers: [{ type: 'materials', description: 'compost en zaailingen' }],
  },
  maatjes: {
    name: 'Stichting Maatjesproject Leiden',
    summary: 'Vrijwillige maatjes voor eenzame ouderen.',
    description: 'We koppelen vrijwilligers aan ouderen die een luisterend oor of gezelschap zoeken.',
    identifiers: [{ scheme: 'NL-KVK', id: '65678901' }],
    legalForm: 'stichting',
    kind: 'buddy-scheme',
    themes: ['social-cohesion', 'older-people'],
    targetGroups: ['older-people'],
    phase: 'continuing',
    foundedOn: '2012-01-10',
    location: PLACES.leiden,
    needs: [{ type: 'volunteers' }, { type: 'money', amount: { minor: 750_000, currency: 'EUR' } }],
  },
  buurthuis: {
    name: 'Buurthuis De Pijp',
    summary: 'Ontmoetingsplek voor de buurt met zalen voor activiteiten.',
    identifiers: [{ scheme: 'NL-KVK', id: '66789012' }],
    legalForm: 'stichting',
    kind: 'neighbourhood-enterprise',
    themes: ['social-cohesion'],
    phase: 'established',
    location: PLACES.dePijp,
    offers: [{ type: 'space' }],
  },
} satisfies Record<string, InitiativeProfile & Record<string, unknown>>;

type ProfileName = keyof typeof PROFILES;

function record(
  source: string,
  sourceId: string,
  profile: ProfileName,
  payload: Record<string, unknown> & { kind: SourceRecord['kind'] },
): SourceRecord {
  return SourceRecordSchema.parse(
    withContentHash({
      key: `${source}:${sourceId}`,
      source,
      sourceId,
      url: `https://${source}.example.nl/${sourceId}`,
      harvestedAt: HARVESTED,
      initiative: PROFILES[profile],
      ...payload,
    } as never),
  );
}

/**
 * Realistic Dutch fixture records of all five kinds from five sources: a directory (`sociale-kaart`), a
 * crowdfunding platform (`voordekunst`), a volunteering platform (`nlvoorelkaar`), a help marketplace
 * (`ushahidi-utrecht`) and a grants register (`fondsenregister`). Records of one initiative share its KvK
 * number, so they resolve to one initiative: seven initiatives in all.
 */
export function dutchRecords(): SourceRecord[] {
  return [
    ...(Object.keys(PROFILES) as ProfileName[]).map((name, position) =>
      record('sociale-kaart', String(100 + position), name, { kind: 'initiative' }),
    ),
    record('voordekunst', '5001', 'voedselbank', {
      kind: 'campaign',
      campaign: {
        title: 'Een koelcel voor verse groente',
        goal: { minor: 1_500_000, currency: 'EUR' },
        raised: { minor: 900_000, currency: 'EUR' },
        backers: 143,
        startsOn: '2026-09-01',
        endsOn: '2026-12-31',
        status: 'open',
      },
    }),
    record('voordekunst', '5002', 'zonnedak', {
      kind: 'campaign',
      campaign: {
        title: 'Zonnepanelen op sporthal De Marslanden',
        goal: { minor: 2_500_000, currency: 'EUR' },
        raised: { minor: 1_200_000, currency: 'EUR' },
        backers: 88,
        startsOn: '2026-10-01',
        endsOn: '2027-01-31',
        status: 'open',
      },
    }),
    record('voordekunst', '5003', 'repairDelfshaven', {
      kind: 'campaign',
      campaign: {
        title: 'Nieuw gereedschap voor de reparatietafel',
        goal: { minor: 300_000, currency: 'EUR' },
        raised: { minor: 300_000, currency: 'EUR' },
        startsOn: '2025-03-01',
        endsOn: '2025-05-01',
        status: 'funded',
      },
    }),
    record('nlvoorelkaar', '7001', 'voedselbank', {
      kind: 'opportunity',
      opportunity: {
        title: 'Chauffeur bestelbus op zaterdag',
        description: 'Je haalt met onze bus voedsel op bij supermarkten in de regio.',
        skills: ['Rijbewijs B', 'Klantvriendelijk'],
        hoursPerWeek: 4,
        remote: false,
        status: 'open',
        location: PLACES.utrecht,
      },
    }),
    record('nlvoorelkaar', '7002', 'repairNoord', {
      kind: 'opportunity',
      opportunity: {
        title: 'Vrijwillige reparateur elektrische apparaten',
        description: 'Help buurtbewoners hun lampen en broodroosters weer aan de praat te krijgen.',
        skills: ['Solderen', 'Elektronica repareren'],
        hoursPerWeek: 3,
        remote: false,
        status: 'open',
      },
    }),
    record('nlvoorelkaar', '7003', 'zonnedak', {
      kind: 'opportunity',
      opportunity: {
        title: 'Social media vrijwilliger',
        description: 'Vertel online het verhaal van onze zonnedaken.',
        skills: ['Social media', 'Schrijven'],
        remote: true,
        status: 'open',
      },
    }),
    record('nlvoorelkaar', '7004', 'maatjes', {
      kind: 'opportunity',
      opportunity: {
        title: 'Maatje voor een oudere buurtbewoner',
        skills: ['Luisteren', 'Geduld'],
        hoursPerWeek: 2,
        remote: false,
        status: 'filled',
      },
    }),
    record('ushahidi-utrecht', '88', 'repairNoord', {
      kind: 'listing',
      listing: {
        type: 'request',
        category: 'space',
        title: 'Werkruimte gezocht voor maandelijkse reparatiemiddag',
        description: 'Een zaal met tafels en stopcontacten, één zaterdag per maand.',
        status: 'open',
      },
    }),
    record('ushahidi-utrecht', '89', 'buurthuis', {
      kind: 'listing',
      listing: {
        type: 'offer',
        category: 'space',
        title: 'Zaal in buurthuis beschikbaar op zaterdag',
        description: 'Ruime zaal met tafels, stopcontacten en een keuken.',
        status: 'open',
      },
    }),
    record('ushahidi-utrecht', '90', 'moestuin', {
      kind: 'listing',
      listing: {
        type: 'offer',
        category: 'goods',
        title: 'Compost en zaailingen af te halen',
        status: 'open',
      },
    }),
    record('ushahidi-utrecht', '91', 'voedselbank', {
      kind: 'listing',
      listing: {
        type: 'request',
        category: 'goods',
        title: 'Koelkasten en vriezers gezocht',
        status: 'open',
      },
    }),
    record('ushahidi-utrecht', '92', 'zonnedak', {
      kind: 'listing',
      listing: {
        type: 'request',
        category: 'loan',
        title: 'Lening voor omvormers',
        amount: { minor: 1_000_000, currency: 'EUR' },
        status: 'open',
      },
    }),
    record('fondsenregister', 'g-1', 'moestuin', {
      kind: 'grant',
      grant: {
        title: 'Bijdrage voor kassen en gereedschap',
        amount: { minor: 250_000, currency: 'EUR' },
        awardedOn: '2025-03-15',
        funder: { name: 'Oranje Fonds', identifiers: [{ scheme: 'NL-KVK', id: '41180885' }] },
        programme: 'Groen Doen',
      },
    }),
    record('fondsenregister', 'g-2', 'maatjes', {
      kind: 'grant',
      grant: {
        title: 'Werving en training van maatjes',
        amount: { minor: 750_000, currency: 'EUR' },
        awardedOn: '2026-01-20',
        funder: { name: 'Fonds 1818', identifiers: [{ scheme: 'NL-KVK', id: '41149486' }] },
      },
    }),
    record('fondsenregister', 'g-3', 'zonnedak', {
      kind: 'grant',
      grant: {
        title: 'Haalbaarheidsstudie zonnedaken',
        amount: { minor: 1_000_000, currency: 'EUR' },
        awardedOn: '2024-06-01',
        funder: { name: 'Oranje Fonds', identifiers: [{ scheme: 'NL-KVK', id: '41180885' }] },
        programme: 'Samen Sterk',
      },
    }),
  ];
}

/** The source ids of the Dutch fixture, with the platform kind each stands for. */
export const DUTCH_SOURCES = [
  { id: 'sociale-kaart', kind: 'directory' },
  { id: 'voordekunst', kind: 'crowdfunding' },
  { id: 'nlvoorelkaar', kind: 'volunteering' },
  { id: 'ushahidi-utrecht', kind: 'marketplace' },
  { id: 'fondsenregister', kind: 'grants' },
] as const;
