import { type Archetype, neighbourhood } from './archetype.ts';

const NORTH = ['GB', 'US'];
const SOUTH = ['KE', 'UG', 'TZ', 'GH', 'NP'];

/** English-language archetypes: community groups in the UK and US, and projects in East and West Africa and Nepal. */
export const ENGLISH_ARCHETYPES: readonly Archetype[] = [
  {
    id: 'community-garden-en',
    language: 'en',
    weight: 4,
    countries: NORTH,
    themes: ['green-nature', 'food', 'social-cohesion'],
    targetGroups: ['everyone'],
    legalForms: [
      ['none', 2],
      ['company', 2],
      ['stichting', 1],
    ],
    legalInName: 0.5,
    baseName: (c) =>
      c.rng.pick([
        `${neighbourhood(c, 'en')} Community Garden`,
        `${neighbourhood(c, 'en')} Growing Project`,
        `Friends of ${c.rng.pick(['Victoria', 'Albert', 'Jubilee', 'Riverside', 'Memorial', 'Brook'])} Park ${neighbourhood(c, 'en')}`,
      ]),
    activities: [
      'runs a community garden where neighbours grow food together',
      'hosts weekly gardening sessions for local schools',
    ],
    needs: ['volunteers', 'materials'],
    campaigns: ['A new polytunnel for the garden', 'Tools for our volunteers'],
    opportunities: [{ title: 'Garden volunteer', skills: ['gardening'] }],
  },
  {
    id: 'food-bank-en',
    language: 'en',
    weight: 3,
    countries: NORTH,
    themes: ['poverty', 'food'],
    targetGroups: ['vulnerable', 'families'],
    legalForms: [['stichting', 1]],
    legalInName: 0.3,
    baseName: (c) => `${c.place.area ?? c.place.locality} Food Bank`,
    activities: [
      'provides emergency food parcels to local families in crisis',
      'runs a community pantry in {area}',
    ],
    needs: ['volunteers', 'materials', 'money'],
    campaigns: ['A refrigerated van', 'Winter food parcels for {city}'],
    opportunities: [
      { title: 'Warehouse volunteer', skills: ['lifting', 'teamwork'] },
      { title: 'Delivery driver', skills: ['driving licence'] },
    ],
  },
  {
    id: 'repair-cafe-en',
    language: 'en',
    weight: 2,
    countries: NORTH,
    kind: 'repair-cafe',
    themes: ['sustainability'],
    targetGroups: ['everyone'],
    legalForms: [['none', 1]],
    legalInName: 0,
    baseName: (c) => `${neighbourhood(c, 'en')} Repair Café`,
    activities: ['holds a monthly repair café where volunteers fix electricals, clothes and bikes'],
    needs: ['volunteers', 'materials'],
    campaigns: ['Tools and testing kit for the repair café'],
    opportunities: [{ title: 'Volunteer fixer', skills: ['electronics', 'sewing'] }],
  },
  {
    id: 'community-hub-en',
    language: 'en',
    weight: 3,
    countries: NORTH,
    themes: ['social-cohesion', 'older-people'],
    targetGroups: ['older-people', 'everyone'],
    legalForms: [
      ['company', 1],
      ['none', 1],
    ],
    legalInName: 0.4,
    baseName: (c) =>
      c.rng.pick([
        `${neighbourhood(c, 'en')} Community Hub`,
        `${neighbourhood(c, 'en')} Neighbours Network`,
        `Good Neighbours ${neighbourhood(c, 'en')}`,
      ]),
    activities: ['runs a lunch club and befriending service for isolated older people in {area}'],
    needs: ['volunteers', 'space', 'money'],
    campaigns: ['A minibus for our lunch club', 'Heating the community hall this winter'],
    opportunities: [{ title: 'Befriender', skills: ['listening'] }],
  },
  {
    id: 'water-en',
    language: 'en',
    weight: 4,
    countries: SOUTH,
    themes: ['health', 'liveability-safety'],
    targetGroups: ['families', 'everyone'],
    legalForms: [
      ['stichting', 2],
      ['vereniging', 1],
    ],
    legalInName: 0.6,
    baseName: (c) =>
      c.rng.pick([
        `Clean Water for ${neighbourhood(c, 'en')}`,
        `${neighbourhood(c, 'en')} Water Project`,
        `${neighbourhood(c, 'en')} Wells`,
      ]),
    activities: [
      'drills boreholes and builds rainwater tanks for villages around {city}',
      'trains local committees to maintain the water points',
    ],
    needs: ['money', 'knowledge'],
    campaigns: ['A borehole for a village school', 'Rainwater tanks for 20 households'],
    opportunities: [{ title: 'Remote fundraising volunteer', skills: ['fundraising', 'writing'] }],
  },
  {
    id: 'youth-en',
    language: 'en',
    weight: 4,
    themes: ['youth', 'education-talent', 'work-participation'],
    targetGroups: ['youth', 'job-seekers'],
    legalForms: [
      ['stichting', 1],
      ['vereniging', 1],
    ],
    legalInName: 0.5,
    baseName: (c) =>
      c.rng.pick([
        `${neighbourhood(c, 'en')} Youth Empowerment Initiative`,
        `${neighbourhood(c, 'en')} Youth Club`,
        `Bright Futures ${neighbourhood(c, 'en')}`,
      ]),
    activities: [
      'offers vocational training and mentoring to young people in {city}',
      'runs after-school clubs with sport and homework support',
    ],
    needs: ['money', 'volunteers', 'materials'],
    campaigns: ['Laptops for our coding class', 'School fees for 30 students'],
    opportunities: [{ title: 'Online mentor', skills: ['mentoring', 'English'] }],
  },
  {
    id: 'girls-education-en',
    language: 'en',
    weight: 2,
    countries: SOUTH,
    themes: ['education-talent', 'youth'],
    targetGroups: ['youth', 'families'],
    legalForms: [['stichting', 1]],
    legalInName: 0.5,
    baseName: (c) =>
      c.rng.pick([`Girls Education ${neighbourhood(c, 'en')}`, `${neighbourhood(c, 'en')} Learning Centre`]),
    activities: ['keeps girls in school with scholarships, books and safe transport'],
    needs: ['money', 'materials'],
    campaigns: ['Desks and books for a new classroom', 'Scholarships for 25 girls'],
    opportunities: [{ title: 'Remote English tutor', skills: ['teaching', 'English'] }],
  },
  {
    id: 'womens-group-en',
    language: 'en',
    weight: 3,
    countries: SOUTH,
    themes: ['local-economy', 'work-participation'],
    targetGroups: ['job-seekers', 'families'],
    legalForms: [
      ['cooperatie', 2],
      ['none', 2],
    ],
    legalInName: 0.5,
    baseName: (c) =>
      c.rng.pick([
        `${neighbourhood(c, 'en')} Women's Group`,
        `${neighbourhood(c, 'en')} Women in Business`,
        `Hope for ${neighbourhood(c, 'en')}`,
        `${neighbourhood(c, 'en')} Community Development Organisation`,
      ]),
    activities: [
      'runs a savings and loan group for women starting small businesses in {area}',
      'trains members in tailoring, soap making and bookkeeping',
    ],
    needs: ['money', 'materials', 'knowledge'],
    campaigns: ['Sewing machines for 15 women', 'Start-up loans for market traders in {area}'],
    opportunities: [{ title: 'Remote business mentor', skills: ['bookkeeping', 'mentoring'] }],
  },
];
