import type { TargetGroup, Theme } from '../../schema/index.ts';
import {
  createRng,
  hashSeed,
  nameVariant,
  type Rng,
  type World,
  type WorldInitiative,
} from '../replica/index.ts';

const HOUR_MS = 3_600_000;

/** Services an organisation of a theme runs, as UK directories name and classify them. */
const SERVICES: Partial<Readonly<Record<Theme, readonly { name: string; term: string }[]>>> = {
  poverty: [
    { name: 'Emergency food parcels', term: 'Food banks' },
    { name: 'Debt and benefits advice drop-in', term: 'Debt advice' },
  ],
  food: [{ name: 'Community pantry', term: 'Food banks' }],
  'care-welfare': [{ name: 'Befriending service', term: 'Care and support' }],
  health: [{ name: 'Wellbeing support group', term: 'Mental health' }],
  'social-cohesion': [{ name: 'Community café and drop-in', term: 'Community groups' }],
  sustainability: [{ name: 'Repair sessions', term: 'Environment' }],
  'green-nature': [{ name: 'Gardening sessions', term: 'Environment' }],
  youth: [{ name: 'Youth club', term: 'Youth activities' }],
  'older-people': [{ name: 'Lunch club for older people', term: 'Older people' }],
  'education-talent': [{ name: 'Homework club', term: 'Learning and skills' }],
  'work-participation': [{ name: 'Job club', term: 'Employment support' }],
  culture: [{ name: 'Community arts workshops', term: 'Arts and culture' }],
  'sport-recreation': [{ name: 'Walking football', term: 'Sport and leisure' }],
  housing: [{ name: 'Housing advice', term: 'Housing' }],
  energy: [{ name: 'Energy saving advice', term: 'Environment' }],
};
const FALLBACK_SERVICE = { name: 'Community drop-in', term: 'Community groups' };

/** Placecube's audience labels for the world's target groups. */
const AUDIENCES: Readonly<Record<TargetGroup, string>> = {
  youth: 'Young people',
  families: 'Families',
  'older-people': 'Older people',
  'informal-carers': 'Carers',
  'job-seekers': 'Unemployed',
  vulnerable: 'Homeless',
  refugees: 'Refugees and asylum seekers',
  everyone: 'All',
};

const LEGAL_STATUS: Readonly<Record<string, string>> = {
  stichting: 'Charitable incorporated organisation',
  vereniging: 'Unincorporated association',
  cooperatie: 'Cooperative',
  company: 'Community interest company',
  none: 'Unincorporated community group',
};

const OUTWARD: Readonly<Record<string, readonly string[]>> = {
  London: ['E1', 'E8', 'N1', 'N17', 'SE5', 'SE15', 'SW9', 'W10'],
  Manchester: ['M4', 'M8', 'M13', 'M14', 'M16', 'M20'],
  Bristol: ['BS2', 'BS3', 'BS5', 'BS6', 'BS13'],
};
const US_STATES: Readonly<Record<string, readonly [string, number]>> = {
  'New York': ['NY', 10001],
  Chicago: ['IL', 60601],
  Oakland: ['CA', 94601],
  Detroit: ['MI', 48201],
};
const FIRST_NAMES = ['Ann', 'Gary', 'Priya', 'Tom', 'Aisha', 'Joe', 'Maria', 'Deb'];
const SURNAMES = ['Persona', 'Hughes', 'Patel', 'Okafor', 'Smith', 'Nowak', 'Evans'];

/** One organisation of the replica: its JSON in the HSDS 3 shape and its services. */
export interface ReplicaOrganisation {
  readonly initiative: WorldInitiative;
  readonly id: string;
  readonly json: Record<string, unknown>;
  readonly services: readonly ReplicaService[];
}

/** One service of the replica, with the time it last changed (for `modified_after`). */
export interface ReplicaService {
  readonly id: string;
  readonly organisationId: string;
  readonly json: Record<string, unknown>;
  readonly lastModified: number;
}

/** A stable UUID made from a seed text, as HSDS directories give every record. */
export function uuid(seed: string): string {
  const hex = [1, 2, 3, 4].map((n) => hashSeed(`${seed}:${n}`).toString(16).padStart(8, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** The world's initiatives that an HSDS directory lists, as organisations with their services. */
export function hsdsOrganisations(world: World): ReplicaOrganisation[] {
  return world.initiatives.filter((initiative) => initiative.presence.includes('hsds')).map(organisation);
}

function organisation(initiative: WorldInitiative): ReplicaOrganisation {
  const rng = createRng(`${initiative.id}:hsds`);
  const id = uuid(`${initiative.id}:hsds:org`);
  const name = nameVariant(initiative, 'hsds', createRng(`${initiative.id}:hsds:name`));
  const website = rng.chance(0.15)
    ? `https://www.facebook.com/${initiative.baseName.replace(/[^A-Za-z0-9]/g, '').toLowerCase()}`
    : initiative.website;
  const domain = initiative.website ? new URL(initiative.website).hostname.replace(/^www\./, '') : undefined;
  const location = locationJson(initiative, rng);
  const json: Record<string, unknown> = {
    id,
    name,
    alternate_name: name !== initiative.baseName ? initiative.baseName : null,
    description: `${initiative.summary}\n\n${initiative.description}`,
    email: domain ? `info@${domain}` : null,
    website: website ?? null,
    tax_status: initiative.legalForm === 'stichting' ? 'Charitable' : null,
    year_incorporated: Number(initiative.foundedOn.slice(0, 4)),
    legal_status: LEGAL_STATUS[initiative.legalForm] ?? null,
    logo: rng.chance(0.4) && domain ? `https://${domain}/logo.png` : null,
    uri: website ?? null,
    parent_organization_id: null,
    organization_identifiers: identifiers(initiative, rng),
    phones: [{ id: uuid(`${id}:phone`), number: phoneNumber(initiative, rng), type: 'voice' }],
    contacts: [contactPerson(initiative, rng)],
    locations: [location],
  };
  const services = servicesOf(initiative, id, json, location);
  return { initiative, id, json, services };
}

function servicesOf(
  initiative: WorldInitiative,
  organisationId: string,
  organisation: Record<string, unknown>,
  location: Record<string, unknown>,
): ReplicaService[] {
  const templates = [...new Set(initiative.themes.flatMap((theme) => SERVICES[theme] ?? []))];
  const chosen = templates.length > 0 ? templates.slice(0, 3) : [FALLBACK_SERVICE];
  return chosen.map((template, n) => {
    const rng = createRng(`${initiative.id}:hsds:service:${n}`);
    const id = uuid(`${initiative.id}:hsds:service:${n}`);
    // A directory's curators touch an organisation's services within a few days of each other.
    const lastModified = Date.parse(initiative.updatedAt) - rng.int(0, 72 * HOUR_MS);
    const modified = new Date(lastModified).toISOString();
    const priced = rng.chance(0.25);
    const json: Record<string, unknown> = {
      id,
      name: template.name,
      alternate_name: null,
      description: `<p>${initiative.name} runs ${template.name.toLowerCase()} in ${initiative.place.area ?? initiative.place.locality}.</p><p>${initiative.summary.replace(/&/g, '&amp;')}</p>`,
      url: organisation.website,
      email: rng.chance(0.7)
        ? organisation.email
        : `${rng.pick(FIRST_NAMES).toLowerCase()}${rng.int(1, 99)}@gmail.com`,
      status: rng.chance(0.9) ? 'active' : 'inactive',
      fees_description: priced ? 'A small charge per session.' : 'Free',
      assured_date: modified.slice(0, 10),
      assurer_email: 'redacted.person@directory.example.org',
      last_modified: modified.slice(0, 23),
      minimum_age: -1,
      maximum_age: -1,
      organization_id: organisationId,
      organization: {
        id: organisationId,
        name: organisation.name,
        description: organisation.description,
        uri: organisation.uri,
        website: organisation.website,
      },
      pc_metadata: {
        assured_by: 'redacted.person@directory.example.org',
        date_assured: modified.slice(0, 10),
        date_created: initiative.foundedOn,
        date_modified: modified.slice(0, 10),
      },
      pc_targetAudience: initiative.targetGroups.map((group) => ({
        id: group,
        audienceType: AUDIENCES[group],
      })),
      attributes: [
        {
          id: uuid(`${id}:attribute`),
          taxonomy_term: { id: uuid(`term:${template.term}`), name: template.term, taxonomy: 'ORUK' },
        },
      ],
      cost_options: priced
        ? [{ id: uuid(`${id}:cost`), option: 'Per session', amount: rng.int(2, 8), currency: 'GBP' }]
        : [],
      service_at_locations: [{ id: uuid(`${id}:sal`), location }],
      contacts: [contactPerson(initiative, rng)],
    };
    return { id, organisationId, json, lastModified };
  });
}

function locationJson(initiative: WorldInitiative, rng: Rng): Record<string, unknown> {
  const place = initiative.place;
  const us = US_STATES[place.locality];
  const postcode = us
    ? String(us[1] + rng.int(0, 40)).padStart(5, '0')
    : `${rng.pick(OUTWARD[place.locality] ?? ['AB1'])} ${rng.int(1, 9)}${rng.pick(['AB', 'DR', 'HL', 'PT', 'XW'])}`;
  return {
    id: uuid(`${initiative.id}:hsds:location`),
    location_type: 'physical',
    name: place.area ? `${place.area} Community Centre` : initiative.baseName,
    latitude: place.lat,
    longitude: place.lon,
    addresses: [
      {
        id: uuid(`${initiative.id}:hsds:address`),
        attention: `${rng.pick(FIRST_NAMES)} ${rng.pick(SURNAMES)}`,
        address_1: place.address ?? `${place.area ?? place.locality} Community Centre`,
        address_2: null,
        city: place.locality,
        region: place.area ?? null,
        state_province: us ? us[0] : place.region,
        postal_code: postcode,
        country: place.country,
        address_type: 'physical',
      },
    ],
  };
}

function identifiers(initiative: WorldInitiative, rng: Rng): Record<string, unknown>[] {
  const number = 1_000_000 + (hashSeed(initiative.id) % 199_999);
  if (initiative.place.country === 'US') {
    return [
      {
        identifier_scheme: 'US-EIN',
        identifier_type: 'EIN',
        identifier: `${rng.int(10, 99)}-${rng.int(1_000_000, 9_999_999)}`,
      },
    ];
  }
  if (initiative.legalForm === 'stichting') {
    return [{ identifier_scheme: 'GB-CHC', identifier_type: 'Charity number', identifier: String(number) }];
  }
  if (initiative.legalForm === 'company' || initiative.legalForm === 'cooperatie') {
    return [
      {
        identifier_scheme: 'GB-COH',
        identifier_type: 'Company number',
        identifier: String(number * 3).slice(0, 7),
      },
    ];
  }
  return [];
}

function phoneNumber(initiative: WorldInitiative, rng: Rng): string {
  if (initiative.place.country === 'US')
    return `(${rng.int(200, 989)}) 555-${String(rng.int(0, 9999)).padStart(4, '0')}`;
  return `0${rng.int(113, 161)} ${rng.int(200, 999)} ${String(rng.int(0, 9999)).padStart(4, '0')}`;
}

/** A named contact: a private person, whom the connector must never harvest. */
function contactPerson(initiative: WorldInitiative, rng: Rng): Record<string, unknown> {
  const first = rng.pick(FIRST_NAMES);
  const last = rng.pick(SURNAMES);
  return {
    id: uuid(`${initiative.id}:hsds:contact:${first}`),
    name: `${first} ${last}`,
    title: 'Volunteer coordinator',
    email: `${first.toLowerCase()}.${last.toLowerCase()}@gmail.com`,
    phones: [{ number: `07${rng.int(100, 999)} ${rng.int(100000, 999999)}` }],
  };
}
