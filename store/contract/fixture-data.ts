import type { InitiativeProfile } from '../../schema/index.ts';

/** Real-looking Dutch initiatives (organisations, never private persons) the fixtures cycle through. */
export const PROFILES: readonly InitiativeProfile[] = [
  {
    name: 'Repair Café Utrecht-Oost',
    description: 'Elke tweede zaterdag repareren vrijwilligers samen met buurtbewoners kapotte spullen.',
    website: 'https://www.repaircafe-utrecht-oost.nl',
    legalForm: 'stichting',
    kind: 'repair-cafe',
    themes: ['sustainability', 'social-cohesion'],
    scope: 'neighbourhood',
    location: {
      address: 'Biltstraat 140',
      postcode: '3572 BK',
      locality: 'Utrecht',
      municipality: { code: 'GM0344', name: 'Utrecht' },
      country: 'NL',
      lat: 52.0943,
      lon: 5.1357,
    },
    contact: { email: 'info@repaircafe-utrecht-oost.nl' },
    language: 'nl',
  },
  {
    name: 'Energiecoöperatie Zuidenwind',
    description:
      'Bewoners van Amersfoort-Zuid wekken samen zonnestroom op met daken van scholen en sporthallen.',
    website: 'https://www.zuidenwind.nl',
    identifiers: [{ scheme: 'NL-KVK', id: '68241787' }],
    legalForm: 'cooperatie',
    kind: 'energy-cooperative',
    themes: ['energy', 'sustainability'],
    scope: 'municipality',
    location: { locality: 'Amersfoort', municipality: { code: 'GM0307', name: 'Amersfoort' }, country: 'NL' },
    language: 'nl',
  },
  {
    name: 'Buurtmoestuin De Groene Vinger',
    description: 'Een moestuin op een braakliggend terrein in Rotterdam-Delfshaven, open voor iedereen.',
    legalForm: 'vereniging',
    kind: 'neighbourhood-initiative',
    themes: ['green-nature', 'food', 'social-cohesion'],
    targetGroups: ['everyone'],
    scope: 'neighbourhood',
    location: {
      postcode: '3024 CE',
      locality: 'Rotterdam',
      municipality: { code: 'GM0599', name: 'Rotterdam' },
      country: 'NL',
    },
    language: 'nl',
  },
  {
    name: 'Stadsdorp Zuid Amsterdam',
    description:
      'Vijftigplussers in Amsterdam-Zuid helpen elkaar om prettig oud te worden in hun eigen buurt.',
    website: 'https://www.stadsdorpzuid.nl',
    legalForm: 'vereniging',
    kind: 'city-village',
    themes: ['older-people', 'social-cohesion'],
    targetGroups: ['older-people'],
    location: { locality: 'Amsterdam', municipality: { code: 'GM0363', name: 'Amsterdam' }, country: 'NL' },
    language: 'nl',
  },
];

/** The kind-specific part of a fixture record of each kind, with Dutch titles. */
export const PAYLOADS = {
  initiative: {},
  campaign: {
    campaign: {
      title: 'Nieuwe gereedschapskist voor het Repair Café',
      goal: { minor: 250_000, currency: 'EUR' },
      raised: { minor: 131_500, currency: 'EUR' },
      backers: 42,
      status: 'open',
    },
  },
  opportunity: {
    opportunity: {
      title: 'Vrijwilliger gezocht voor het taalcafé',
      skills: ['Nederlands', 'geduld'],
      hoursPerWeek: 2,
      remote: false,
      status: 'open',
    },
  },
  listing: {
    listing: {
      type: 'offer',
      category: 'space',
      title: 'Vergaderruimte te leen op dinsdagavond',
      status: 'open',
    },
  },
  grant: {
    grant: {
      title: 'Bijdrage voor de buurttuin',
      amount: { minor: 500_000, currency: 'EUR' },
      awardedOn: '2025-03-14',
      funder: { name: 'Oranje Fonds', identifiers: [{ scheme: 'NL-KVK', id: '41179767' }] },
    },
  },
} as const;
