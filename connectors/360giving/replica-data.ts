import type { Theme } from '../../schema/index.ts';
import { createRng, hashSeed, nameVariant, type World, type WorldInitiative } from '../replica/index.ts';

const DAY_MS = 86_400_000;

/** A funder of the replica: a UK grant-maker with an org-id, a 360Giving prefix and a data file. */
export interface ReplicaFunder {
  readonly orgId: string;
  readonly name: string;
  readonly prefix: string;
  /** Path of its data file on the replica. */
  readonly file: string;
  /** Writes award dates the way its spreadsheet exports do (`17/03/2014`) instead of ISO 8601. */
  readonly ukDates: boolean;
  readonly programmes: readonly string[];
}

/** The replica's funders; fictional, with org-ids in the registers UK funders use. */
export const FUNDERS: readonly ReplicaFunder[] = [
  {
    orgId: 'GB-CHC-1187345',
    name: 'Northfield Community Foundation',
    prefix: '360G-NCF',
    file: '/data/northfield-community-foundation.json',
    ukDates: false,
    programmes: ['Small Grants', 'Neighbourhood Fund'],
  },
  {
    orgId: 'GB-SC-SC048213',
    name: 'The Westway Trust for Communities',
    prefix: '360G-WTC',
    file: '/data/westway-trust.json',
    ukDates: true,
    programmes: ['Community Action'],
  },
  {
    orgId: 'GB-COH-09876543',
    name: 'Local Power Fund',
    prefix: '360G-LPF',
    file: '/data/local-power-fund.json',
    ukDates: false,
    programmes: ['Community Business Fund', 'Trade Up'],
  },
];

/** 360Giving classification titles (a funder's own vocabulary) for the world's themes. */
const CLASSIFICATIONS: Partial<Readonly<Record<Theme, string>>> = {
  poverty: 'Poverty and disadvantage',
  food: 'Food poverty',
  'care-welfare': 'Health and social care',
  health: 'Health and wellbeing',
  'social-cohesion': 'Community cohesion',
  sustainability: 'Environment',
  'green-nature': 'Environment',
  youth: 'Young people',
  'older-people': 'Older people',
  'education-talent': 'Education and training',
  'work-participation': 'Employment and skills',
  culture: 'Arts and culture',
  'sport-recreation': 'Sport',
  housing: 'Housing and homelessness',
  energy: 'Environment',
  'local-economy': 'Community business',
};

/** A grant of the replica, with the funder that made it and the time it last changed. */
export interface ReplicaGrant {
  readonly funder: ReplicaFunder;
  readonly json: Record<string, unknown>;
  readonly modified: number;
}

/**
 * The grants of the replica's funders: one to three to each world initiative present on 360Giving,
 * derived deterministically from its needs and themes, and a few grants to individuals per funder (which
 * the connector must skip).
 */
export function replicaGrants(world: World): ReplicaGrant[] {
  const grants = world.initiatives
    .filter((initiative) => initiative.presence.includes('360giving'))
    .flatMap((initiative) => grantsTo(initiative, world.referenceDate));
  const individuals = FUNDERS.flatMap((funder) =>
    [1, 2].map((n) => grantToIndividual(funder, n, world.referenceDate)),
  );
  return [...grants, ...individuals];
}

function grantsTo(initiative: WorldInitiative, referenceDate: string): ReplicaGrant[] {
  const rng = createRng(`${initiative.id}:360giving`);
  const count = rng.int(1, 3);
  const asksMoney = initiative.needs.some((need) => need.type === 'money');
  const founded = Date.parse(initiative.foundedOn);
  const now = Date.parse(referenceDate);
  return Array.from({ length: count }, (_, n) => {
    const funder = rng.pick(FUNDERS);
    const awarded =
      now - rng.int(30, Math.max(31, Math.min(6 * 365, Math.floor((now - founded) / DAY_MS)))) * DAY_MS;
    const modified = Math.max(awarded, Date.parse(initiative.updatedAt) - rng.int(0, 30) * DAY_MS);
    const amount =
      (asksMoney ? rng.int(20, 300) : rng.int(5, 60)) * 100 + (rng.chance(0.3) ? rng.int(1, 99) / 100 : 0);
    const classification = initiative.themes.map((theme) => CLASSIFICATIONS[theme]).find(Boolean);
    const json: Record<string, unknown> = {
      id: `${funder.prefix}-${String(hashSeed(`${initiative.id}:${n}`) % 1_000_000).padStart(6, '0')}`,
      title: `${rng.pick(['Core costs', 'Project costs', 'Volunteer expenses', 'Equipment'])} for ${initiative.baseName}`,
      description: `Towards ${initiative.summary.charAt(0).toLowerCase()}${initiative.summary.slice(1)}`,
      currency: 'GBP',
      amountAwarded: amount,
      awardDate: funder.ukDates
        ? ukDate(awarded)
        : `${new Date(awarded).toISOString().slice(0, 10)}T00:00:00+00:00`,
      dateModified: `${new Date(modified).toISOString().slice(0, 19)}+00:00`,
      recipientOrganization: [recipient(initiative)],
      fundingOrganization: [{ id: funder.orgId, name: funder.name }],
      grantProgramme: [{ title: rng.pick(funder.programmes) }],
      beneficiaryLocation: [
        { name: initiative.place.area ?? initiative.place.locality, countryCode: initiative.place.country },
      ],
      ...(classification ? { classifications: [{ vocabulary: funder.prefix, title: classification }] } : {}),
      dataSource: `https://replica.example.org${funder.file}`,
    };
    return { funder, json, modified };
  });
}

/** The recipient as a funder writes it: a registered name, numbers where it has them, a contact person. */
function recipient(initiative: WorldInitiative): Record<string, unknown> {
  const rng = createRng(`${initiative.id}:360giving:recipient`);
  const number = 1_000_000 + (hashSeed(initiative.id) % 199_999);
  const charity = initiative.legalForm === 'stichting';
  const company = initiative.legalForm === 'company' || initiative.legalForm === 'cooperatie';
  const orgId = charity
    ? `GB-CHC-${number}`
    : company
      ? `GB-COH-${String(number * 3)
          .slice(0, 7)
          .padStart(8, '0')}`
      : `360G-NCF-ORG-${number}`;
  return {
    id: orgId,
    name: nameVariant(initiative, '360giving', createRng(`${initiative.id}:360giving:name`)),
    ...(charity ? { charityNumber: String(number) } : {}),
    ...(company ? { companyNumber: String(number * 3).slice(0, 7) } : {}),
    ...(initiative.place.address ? { streetAddress: initiative.place.address } : {}),
    addressLocality: initiative.place.locality,
    addressCountry: 'United Kingdom',
    ...(initiative.website ? { url: initiative.website } : {}),
    contactName: `${rng.pick(['Ann', 'Tom', 'Priya', 'Joe'])} ${rng.pick(['Hughes', 'Patel', 'Evans'])}`,
    telephone: `07${rng.int(100, 999)} ${rng.int(100000, 999999)}`,
  };
}

/** A bursary to a person, as some funders publish with `recipientIndividual`: personal data. */
function grantToIndividual(funder: ReplicaFunder, n: number, referenceDate: string): ReplicaGrant {
  const awarded = Date.parse(referenceDate) - (40 + n * 17) * DAY_MS;
  return {
    funder,
    modified: awarded,
    json: {
      id: `${funder.prefix}-IND-${n}`,
      title: 'Individual hardship grant',
      description: 'A grant to an individual in financial hardship.',
      currency: 'GBP',
      amountAwarded: 250 * n,
      awardDate: funder.ukDates ? ukDate(awarded) : new Date(awarded).toISOString().slice(0, 10),
      recipientIndividual: { id: `${funder.prefix}-IND-${n}-R`, name: `Margaret Example-${n}` },
      fundingOrganization: [{ id: funder.orgId, name: funder.name }],
    },
  };
}

function ukDate(ms: number): string {
  const date = new Date(ms);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${pad(date.getUTCDate())}/${pad(date.getUTCMonth() + 1)}/${date.getUTCFullYear()}`;
}
