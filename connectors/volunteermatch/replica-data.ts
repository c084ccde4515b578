import {
  createRng,
  nameVariant,
  type World,
  type WorldInitiative,
  type WorldOpportunity,
} from '../replica/index.ts';
import { usAddressOf } from '../idealist/replica-places.ts';
import type { VolunteerMatchCategory } from './categories.ts';

const IMAGES = 'https://www.volunteermatch.org/images';
const FIRST_NAMES = ['Linda', 'Marcus', 'Rosa', 'Ethan', 'Tanya', 'Jamal', 'Grace', 'Victor', 'Mei', 'Dana'];
const LAST_NAMES = ['Anderson', 'Lopez', 'Washington', 'Kim', 'Thompson', 'Patel', 'Jackson', 'Reyes'];

/** The VolunteerMatch categories a world theme shows as. */
const THEME_CATEGORIES: Readonly<Record<string, VolunteerMatchCategory>> = {
  'care-welfare': 'crisisSupport',
  health: 'healthAndMedicine',
  'social-cohesion': 'community',
  poverty: 'homelessAndHousing',
  'work-participation': 'employment',
  'education-talent': 'educationAndLiteracy',
  youth: 'childrenAndYouth',
  'older-people': 'seniors',
  sustainability: 'environment',
  'green-nature': 'animals',
  food: 'hunger',
  housing: 'homelessAndHousing',
  culture: 'artsAndCulture',
  'sport-recreation': 'sportsAndRecreation',
};

/** A coordinator as VolunteerMatch keeps them in an opportunity's `contact`: a private person. */
export interface ReplicaContact {
  readonly firstName: string;
  readonly lastName: string;
  readonly email: string;
  readonly phoneNumber: string;
}

/** An opportunity as the replica serves it, with what searches filter and sort on. */
export interface ReplicaOpportunity {
  readonly json: Record<string, unknown>;
  readonly city: string;
  readonly zipcode: string;
  readonly virtual: boolean;
  readonly updated: string;
  readonly categories: readonly string[];
}

/** Opportunity id of the n-th opportunity (1-based) of a world initiative on VolunteerMatch. */
export function opportunityId(initiative: WorldInitiative, n: number): number {
  return 3_100_000 + initiative.index * 10 + n;
}

/** Organisation id of a world initiative on VolunteerMatch. */
export function organizationId(initiative: WorldInitiative): number {
  return 1_000_000 + initiative.index;
}

/** The coordinator of an initiative's opportunities. */
export function contactOf(initiative: WorldInitiative): ReplicaContact {
  const rng = createRng(`${initiative.id}:volunteermatch-contact`);
  const firstName = rng.pick(FIRST_NAMES);
  const lastName = rng.pick(LAST_NAMES);
  return {
    firstName,
    lastName,
    email: `${firstName}${lastName}${rng.int(1, 99)}@yahoo.com`.toLowerCase(),
    phoneNumber: `${rng.int(200, 989)}-555-${String(rng.int(100, 9999)).padStart(4, '0')}`,
  };
}

/**
 * The world's opportunities on VolunteerMatch. Its search only returns active opportunities, so filled and
 * closed ones are not served at all.
 */
export function volunteerMatchOpportunities(
  world: World,
): { initiative: WorldInitiative; opportunity: WorldOpportunity; n: number }[] {
  return world.initiatives
    .filter((initiative) => initiative.presence.includes('volunteermatch'))
    .flatMap((initiative) =>
      initiative.opportunities
        .filter((opportunity) => opportunity.platform === 'volunteermatch' && opportunity.status === 'open')
        .map((opportunity) => ({
          initiative,
          opportunity,
          n: initiative.opportunities.indexOf(opportunity) + 1,
        })),
    );
}

function location(initiative: WorldInitiative, virtual: boolean) {
  const us = usAddressOf(initiative);
  return {
    street1: virtual ? null : (us.street ?? null),
    street2: null,
    city: us.city,
    region: us.stateCode,
    postalCode: us.zipcode,
    country: 'US',
    virtual,
    geoLocation: virtual ? null : { latitude: us.latitude, longitude: us.longitude, accuracy: 'ROOFTOP' },
  };
}

/** The parent organisation as VolunteerMatch gives it. */
export function parentOrgJson(initiative: WorldInitiative): Record<string, unknown> {
  const rng = createRng(`${initiative.id}:volunteermatch-org`);
  const id = organizationId(initiative);
  return {
    id,
    name: nameVariant(initiative, 'volunteermatch', createRng(`${initiative.id}:volunteermatch`)),
    mission: initiative.summary,
    description: initiative.description,
    url: initiative.website ?? null,
    imageUrl: rng.chance(0.6) ? `${IMAGES}/logos/org${id}.png` : null,
    phoneNumber: `(${rng.int(200, 989)}) ${rng.int(200, 989)}-${String(rng.int(1000, 9999))}`,
    location: location(initiative, false),
  };
}

/** One world opportunity as `searchOpportunities` serves it. */
export function opportunityJson(
  initiative: WorldInitiative,
  opportunity: WorldOpportunity,
  n: number,
): ReplicaOpportunity {
  const rng = createRng(`${opportunity.id}:volunteermatch`);
  const contact = contactOf(initiative);
  const virtual = opportunity.remote;
  const ongoing = opportunity.hoursPerWeek <= 4 || rng.chance(0.5);
  const categories = [...new Set(initiative.themes.map((theme) => THEME_CATEGORIES[theme]).filter(Boolean))];
  const text = `${opportunity.description} Questions? Email ${contact.firstName} at ${contact.email} or call ${contact.phoneNumber}.`;
  const us = usAddressOf(initiative);
  return {
    city: us.city,
    zipcode: us.zipcode,
    virtual,
    updated: opportunity.updatedAt,
    categories: categories as string[],
    json: {
      id: opportunityId(initiative, n),
      title: opportunity.title,
      description: `<p>${text}</p>`,
      plaintextDescription: text,
      categories,
      greatFor: rng.sample(['kids', 'teens', 'seniors', 'groups', 'people55Plus'], rng.int(0, 2)),
      specialFlag: '',
      container: 'tier1ca',
      skillsNeeded: opportunity.skills.join(', '),
      volunteersNeeded: opportunity.spots,
      imageUrl: rng.chance(0.4) ? `${IMAGES}/opps/opp${opportunityId(initiative, n)}.jpg` : null,
      dateRange: ongoing
        ? {
            startDate: null,
            startTime: null,
            endDate: null,
            endTime: null,
            ongoing: true,
            singleDayOpps: false,
          }
        : {
            startDate: opportunity.startsOn,
            startTime: '09:00:00',
            endDate: opportunity.startsOn,
            endTime: '12:00:00',
            ongoing: false,
            singleDayOpps: true,
          },
      requirements: {
        bgCheck: rng.chance(0.3),
        drLicense: false,
        minimumAge: rng.pick([0, 16, 18, 21]),
        orientation: rng.chance(0.5),
      },
      location: location(initiative, virtual),
      parentOrg: parentOrgJson(initiative),
      contact,
      customFields: [
        { fieldId: 20033, fieldLabel: 'Home address', fieldType: 'text', required: false, choices: [] },
      ],
    },
  };
}
