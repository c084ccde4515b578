import { createHash } from 'node:crypto';
import { createRng, type World, type WorldInitiative, type WorldOpportunity } from '../replica/index.ts';
import { usAddressOf } from './replica-places.ts';

const WEB = 'https://www.idealist.org';
const IMAGES = 'https://idealist7-production.s3.amazonaws.com';
const FIRST_NAMES = [
  'Maria',
  'James',
  'Keisha',
  'Luis',
  'Emily',
  'DeShawn',
  'Priya',
  'Tom',
  'Aisha',
  'Kevin',
];
const LAST_NAMES = [
  'Johnson',
  'Garcia',
  'Williams',
  'Nguyen',
  'Brown',
  'Okafor',
  'Miller',
  'Rivera',
  'Cohen',
];
const TIMES_OF_DAY = ['WEEKDAYS_DAYTIME', 'WEEKDAYS_EVENINGS', 'WEEKENDS_DAYTIME', 'WEEKENDS_EVENINGS'];
const FUNCTIONS = [
  'ADMINISTRATIVE',
  'COMMUNITY_ORGANIZING',
  'EDUCATION',
  'EVENT_PLANNING',
  'FUNDRAISING',
  'MENTORING',
];

/** The areas of focus Idealist would list for each of the world's themes. */
const AREAS: Readonly<Record<string, string>> = {
  'care-welfare': 'DISABILITY',
  health: 'HEALTH_MEDICINE',
  'social-cohesion': 'COMMUNITY_DEVELOPMENT',
  poverty: 'POVERTY',
  'work-participation': 'ECONOMIC_DEVELOPMENT',
  'education-talent': 'EDUCATION',
  youth: 'CHILDREN_YOUTH',
  'older-people': 'SENIORS',
  energy: 'ENVIRONMENT',
  sustainability: 'ENVIRONMENT',
  'green-nature': 'ANIMALS',
  food: 'HUNGER_FOOD_SECURITY',
  housing: 'HOUSING_HOMELESSNESS',
  culture: 'ARTS_MUSIC',
  'sport-recreation': 'SPORTS_RECREATION',
};

/** A coordinator of an organisation's listings: a private person. */
export interface ReplicaCoordinator {
  readonly name: string;
  readonly email: string;
  readonly phone: string;
}

/** Idealist's ids: 32 hexadecimal digits. */
export function idealistId(seed: string): string {
  return createHash('md5').update(seed).digest('hex');
}

/** The world's initiatives on Idealist, each with its Idealist opportunities. */
export function idealistInitiatives(
  world: World,
): { initiative: WorldInitiative; opportunities: WorldOpportunity[] }[] {
  return world.initiatives
    .filter((initiative) => initiative.presence.includes('idealist'))
    .map((initiative) => ({
      initiative,
      opportunities: initiative.opportunities.filter((o) => o.platform === 'idealist'),
    }))
    .filter((entry) => entry.opportunities.length > 0);
}

/** The coordinator of an initiative's listings. */
export function coordinatorOf(initiative: WorldInitiative): ReplicaCoordinator {
  const rng = createRng(`${initiative.id}:idealist-coordinator`);
  const first = rng.pick(FIRST_NAMES);
  const last = rng.pick(LAST_NAMES);
  return {
    name: `${first} ${last}`,
    email: `${first}.${last}${rng.int(1, 99)}@gmail.com`.toLowerCase(),
    phone: `(${rng.int(200, 989)}) 555-${String(rng.int(100, 9999)).padStart(4, '0')}`,
  };
}

/** A time as Idealist writes it: UTC with microseconds. */
export function idealistTime(iso: string, micros: number): string {
  return `${new Date(Date.parse(iso)).toISOString().slice(0, 19)}.${String(micros).padStart(6, '0')}Z`;
}

function slugOf(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function urls(
  kind:
    | ['volunteer-opportunity', 'oportunidad-voluntariado', 'oportunidade-voluntariado']
    | ['nonprofit', 'ong', 'ong'],
  id: string,
  name: string,
) {
  const slug = `${id}-${slugOf(name)}`;
  return {
    en: `${WEB}/en/${kind[0]}/${slug}`,
    es: `${WEB}/es/${kind[1]}/${slug}`,
    pt: `${WEB}/pt/${kind[2]}/${slug}`,
  };
}

function address(initiative: WorldInitiative, cityOnly: boolean) {
  const us = usAddressOf(initiative);
  const line1 = cityOnly ? null : (us.street ?? null);
  return {
    full: [line1, us.city, us.stateCode, 'United States'].filter(Boolean).join(', '),
    line1,
    line2: null,
    city: us.city,
    state: us.state,
    stateCode: us.stateCode,
    zipcode: cityOnly ? null : us.zipcode,
    country: 'US',
    latitude: us.latitude,
    longitude: us.longitude,
  };
}

/** Where a listing is: the organisation's address, or only its city (`cityOnly`). */
function volopAddress(initiative: WorldInitiative, cityOnly: boolean) {
  return { ...address(initiative, cityOnly), description: null, cityOnly };
}

/** The organisation as Idealist embeds it in a listing. */
export function orgJson(initiative: WorldInitiative): Record<string, unknown> {
  const rng = createRng(`${initiative.id}:idealist-org`);
  const id = idealistId(`${initiative.id}:idealist-org`);
  const name = initiative.legalName && rng.chance(0.3) ? initiative.legalName : initiative.name;
  const areas = [...new Set(initiative.themes.map((theme) => AREAS[theme]).filter(Boolean))];
  return {
    id,
    name,
    url: urls(['nonprofit', 'ong', 'ong'], id, name),
    logo: rng.chance(0.6) ? `${IMAGES}/org-logos/${id}.png` : null,
    areasOfFocus: areas,
    orgType: rng.chance(0.85) ? 'NONPROFIT' : 'COMMUNITY_GROUP',
    is501c3: rng.chance(0.7),
    isBCorp: false,
    isSocialEnterprise: rng.chance(0.1),
    locale: 'en',
    governmentId: rng.chance(0.6) ? `${rng.int(10, 99)}-${rng.int(1_000_000, 9_999_999)}` : null,
    address: address(initiative, false),
  };
}

/** The details of one world opportunity, as `GET /api/v1/listings/volops/{id}` gives them in `volop`. */
export function volopJson(
  initiative: WorldInitiative,
  opportunity: WorldOpportunity,
): Record<string, unknown> {
  const rng = createRng(`${opportunity.id}:idealist`);
  const id = idealistId(`${opportunity.id}:idealist`);
  const coordinator = coordinatorOf(initiative);
  const remote = opportunity.remote;
  const recurring = opportunity.hoursPerWeek <= 4;
  const org = orgJson(initiative);
  const apply = rng.chance(0.5) ? coordinator.email : undefined;
  return {
    id,
    firstPublished: idealistTime(opportunity.createdAt, rng.int(0, 999_999)),
    updated: idealistTime(opportunity.updatedAt, rng.int(0, 999_999)),
    name: opportunity.title,
    description:
      `<p>${opportunity.description}</p><p><strong>Skills:</strong> ${opportunity.skills.join(', ')}.</p>` +
      `<p>Questions? Contact ${coordinator.name.split(' ')[0]} at ${coordinator.email} or ${coordinator.phone}.</p>`,
    expires: idealistTime(new Date(Date.parse(opportunity.createdAt) + 90 * 86_400_000).toISOString(), 0),
    org,
    locale: 'en',
    address: remote ? null : volopAddress(initiative, rng.chance(0.3)),
    applyEmail: apply ?? null,
    applyUrl: apply ? null : `${initiative.website ?? WEB}/volunteer`,
    applyText: apply ? `<p>Email ${coordinator.name} with a few words about yourself.</p>` : null,
    applyOnIdealist: Boolean(apply),
    locationType: remote ? 'REMOTE' : rng.chance(0.15) ? 'HYBRID' : 'ONSITE',
    remoteZone: remote ? 'COUNTRY' : null,
    remoteState: null,
    remoteCountry: remote ? 'US' : null,
    startDate: recurring ? null : opportunity.startsOn,
    endDate: recurring ? null : opportunity.startsOn,
    startTime: recurring ? null : '09:00:00',
    endTime: recurring ? null : '13:00:00',
    timezone: recurring ? null : 'America/New_York',
    welcomeGroups: rng.chance(0.3),
    welcomeFamilies: rng.chance(0.2),
    welcomeTeens: rng.chance(0.3),
    welcomeIntl: false,
    welcomeAge55Plus: rng.chance(0.5),
    welcomePrivateCorpGroups: false,
    detailsStipendProvided: false,
    detailsTrainingProvided: rng.chance(0.5),
    detailsHousingAvailable: false,
    detailsCulturalSupport: false,
    detailsWheelchairAccessible: rng.chance(0.5),
    orientationRequired: rng.chance(0.5),
    backgroundCheckRequired: rng.chance(0.3),
    driversLicenseRequired: false,
    feeRequired: false,
    feeAmount: null,
    isRecurring: recurring,
    timesOfDay: recurring ? rng.sample(TIMES_OF_DAY, rng.int(1, 2)) : [],
    expectedTime: recurring ? 'FEW_HOURS_WEEK' : null,
    numVolunteersNeeded: opportunity.spots,
    ageRequirement: rng.chance(0.4) ? 18 : null,
    otherRequirements: null,
    functions: rng.sample(FUNCTIONS, rng.int(1, 2)),
    areasOfFocus: org.areasOfFocus,
    image: rng.chance(0.4)
      ? {
          original: `${IMAGES}/volops/${id}.jpg`,
          medium: `${IMAGES}/volops/${id}-m.jpg`,
          thumbnail: `${IMAGES}/volops/${id}-t.jpg`,
        }
      : null,
    url: urls(
      ['volunteer-opportunity', 'oportunidad-voluntariado', 'oportunidade-voluntariado'],
      id,
      opportunity.title,
    ),
  };
}

/** The list entry of a listing: Idealist unpublishes filled and closed listings. */
export function summaryJson(
  volop: Record<string, unknown>,
  opportunity: WorldOpportunity,
): Record<string, unknown> {
  return {
    id: volop.id,
    firstPublished: volop.firstPublished,
    updated: volop.updated,
    name: volop.name,
    url: volop.url,
    isPublished: opportunity.status === 'open',
  };
}
