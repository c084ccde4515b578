import {
  createRng,
  nameVariant,
  type Rng,
  type World,
  type WorldInitiative,
  type WorldOpportunity,
} from '../replica/index.ts';

const IMGIX = 'https://deedmob-prod.imgix.net';
const FIRST_NAMES = ['Sanne', 'Henk', 'Fatima', 'Daan', 'Ingrid', 'Mohamed', 'Lotte', 'Kees', 'Noor', 'Bram'];
const SURNAMES = ['de Jong', 'Jansen', 'de Vries', 'Bakker', 'Visser', 'Smit', 'Meijer', 'Yilmaz', 'Mulder'];
const AVAILABILITY = ['mornings', 'afternoons', 'evenings', 'weekends', 'any'] as const;

/** A private person as Deedmob sites show them: a coordinator, a resident asking for help. */
export interface ReplicaPerson {
  readonly id: number;
  readonly name: string;
  readonly email: string;
  readonly phone: string;
}

/** Organisation id of a world initiative on the replica site. */
export function organizationId(initiative: WorldInitiative): number {
  return 3000 + initiative.index;
}

/** Deed id of the n-th opportunity (1-based) of a world initiative. */
export function deedId(initiative: WorldInitiative, n: number): number {
  return 19_000 + initiative.index * 10 + n;
}

/** The world's initiatives on Deedmob, each with its Deedmob opportunities. */
export function deedmobInitiatives(
  world: World,
): { initiative: WorldInitiative; opportunities: WorldOpportunity[] }[] {
  return world.initiatives
    .filter((initiative) => initiative.presence.includes('deedmob'))
    .map((initiative) => ({
      initiative,
      opportunities: initiative.opportunities.filter((o) => o.platform === 'deedmob'),
    }))
    .filter((entry) => entry.opportunities.length > 0);
}

/** A private person, stable per seed text. */
export function replicaPerson(seed: string): ReplicaPerson {
  const rng = createRng(`${seed}:person`);
  const first = rng.pick(FIRST_NAMES);
  const last = rng.pick(SURNAMES);
  return {
    id: 3_040_000 + rng.int(0, 59_999),
    name: `${first} ${last}`,
    email: `${first}.${last.replace(/\s+/g, '')}@gmail.com`.toLowerCase(),
    phone: `06-${rng.int(10_000_000, 99_999_999)}`,
  };
}

/** The coordinator of an initiative's deeds: a private person. */
export function coordinatorOf(initiative: WorldInitiative): ReplicaPerson {
  return replicaPerson(`${initiative.id}:deedmob`);
}

/** `2026-03-01T10:00:00Z` as Deedmob writes times: with milliseconds. */
export function deedmobTime(iso: string, ms = 0): string {
  return new Date(Date.parse(iso) + ms).toISOString();
}

function addressLine(initiative: WorldInitiative): string {
  const place = initiative.place;
  if (place.address && place.postcode)
    return `${place.address}, ${place.postcode} ${place.locality}, Nederland`;
  return `${place.locality}, ${place.region ?? 'Nederland'}, Nederland`;
}

function slugOf(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** The organisation as Deedmob embeds it in a deed: its contact is a role mailbox, or its coordinator's. */
export function organizationJson(initiative: WorldInitiative): Record<string, unknown> {
  const rng = createRng(`${initiative.id}:deedmob-org`);
  const name = nameVariant(initiative, 'deedmob', createRng(`${initiative.id}:deedmob`));
  const id = organizationId(initiative);
  const domain = initiative.website ? new URL(initiative.website).hostname.replace(/^www\./, '') : undefined;
  const coordinator = coordinatorOf(initiative);
  const roleMailbox = domain !== undefined && rng.chance(0.6);
  const place = initiative.place;
  return {
    id,
    name,
    slug: slugOf(name),
    logo: rng.chance(0.7) ? `${IMGIX}/organization_${id}_logo%40200x200?fit=fill&fill=solid` : null,
    website: initiative.website ?? null,
    about_html: `<p>${initiative.description}</p>`,
    address: addressLine(initiative),
    postcode: place.postcode ?? null,
    city: rng.chance(0.1) ? `gemeente ${place.locality}` : place.locality,
    country_code: 'nl',
    coordinates: { lat: place.lat, lng: place.lon },
    kvk_number: initiative.kvk ?? null,
    email: roleMailbox ? `info@${domain}` : coordinator.email,
    phone: roleMailbox ? `0${rng.int(10, 79)}-${rng.int(1_000_000, 9_999_999)}` : coordinator.phone,
    facebook: rng.chance(0.3) ? `https://www.facebook.com/${slugOf(name).replace(/-/g, '')}` : null,
  };
}

/** The deed of one world opportunity, in the field order and shape of a Deedmob list entry. */
export function deedJson(
  initiative: WorldInitiative,
  opportunity: WorldOpportunity,
  n: number,
): Record<string, unknown> {
  const rng = createRng(`${opportunity.id}:deedmob`);
  const id = deedId(initiative, n);
  const coordinator = coordinatorOf(initiative);
  const place = initiative.place;
  const long = opportunity.hoursPerWeek <= 4 || rng.chance(0.5);
  const remote = opportunity.remote;
  const published = deedmobTime(opportunity.createdAt, rng.int(1, 999));
  const ended = opportunity.status === 'closed';
  const name = initiative.name;
  return {
    id,
    organization_id: organizationId(initiative),
    image: rng.chance(0.6)
      ? `${IMGIX}/deed_${coordinator.id}_${Date.parse(published)}%40640x427?fit=fill&fill=solid`
      : null,
    title: opportunity.title,
    contact_id: coordinator.id,
    date_starting: long ? null : `${opportunity.startsOn}T09:00:00.000Z`,
    date_ending: long ? null : `${opportunity.startsOn}T12:00:00.000Z`,
    venue_name: null,
    address: remote ? null : addressLine(initiative),
    coordinates: remote ? null : { lat: place.lat, lng: place.lon },
    thread_id: id,
    created_at: deedmobTime(opportunity.createdAt),
    updated_at: deedmobTime(opportunity.updatedAt, rng.int(1, 999)),
    about_html:
      `<p>${opportunity.description}</p><p><br></p><p><strong>Wat vragen wij?</strong></p>` +
      `<p>${opportunity.skills.join(', ')}.</p><p>Vragen? Bel ${coordinator.name.split(' ')[0]} op ` +
      `${coordinator.phone} of mail naar ${coordinator.email}.</p>`,
    published: true,
    published_at: published,
    rsvp_closes: null,
    cover_image: null,
    album_id: null,
    initial_message: `Hallo :name:!\nDank voor je aanmelding bij ${name}. Groet, ${coordinator.name}`,
    members_only: false,
    country_code: remote ? null : 'nl',
    detected_languages: ['nl'],
    suitable_for_groups: rng.chance(0.2),
    about_html_en: `<p>${name} is looking for a volunteer for about ${opportunity.hoursPerWeek} hours a week.</p>`,
    title_en: opportunity.title,
    form_id: rng.chance(0.4) ? rng.int(100, 400) : null,
    member_created: false,
    timezone: 'Europe/Amsterdam',
    city: remote ? null : place.locality,
    postcode: remote ? null : (place.postcode ?? null),
    subtype: long ? 'long' : 'short',
    has_date_range: true,
    filled: opportunity.status === 'filled',
    is_default: false,
    expires_at: ended ? deedmobTime(opportunity.updatedAt) : null,
    expired: ended ? true : null,
    capacity_enforced: false,
    capacity: opportunity.spots,
    hours_min: long ? Math.max(1, opportunity.hoursPerWeek - 1) : null,
    skills_required: [[rng.int(1, 9), rng.int(0, 5)]],
    activities: [[rng.int(1, 9), rng.int(0, 5)]],
    hours_max: long ? opportunity.hoursPerWeek : rng.int(2, 4),
    vog: rng.chance(0.4),
    native_speaker: rng.chance(0.3),
    cost_reimbursement: rng.chance(0.2),
    extra_support: rng.chance(0.3),
    required_availability: rng.chance(0.4) ? rng.pick(AVAILABILITY) : null,
    remote,
    summary: opportunity.description,
    summary_en: `${name} is looking for a volunteer.`,
    type: 'volunteering',
    price: 0,
    joinable: false,
    waitlist: false,
    p2p: false,
    waitlisting: false,
    fullType: long ? 'volunteering_long' : 'volunteering_short',
    status: ended ? 'closed' : 'open',
    detailedStatus: opportunity.status === 'filled' ? 'filled' : ended ? 'expired' : 'open',
    commitment: long ? 'long' : 'short',
  };
}

/**
 * A resident's own request for help, posted peer to peer under the site's organisation: the kind of deed
 * that describes a private person's needs and must never be harvested.
 */
export function peerToPeerDeed(
  initiative: WorldInitiative,
  siteOrganizationId: number,
): Record<string, unknown> {
  const rng: Rng = createRng(`${initiative.id}:deedmob-p2p`);
  const resident = replicaPerson(`${initiative.id}:resident`);
  const asked = rng.pick(['boodschappen', 'de tuin', 'het huishouden', 'mijn administratie']);
  return {
    id: 90_000 + initiative.index,
    organization_id: siteOrganizationId,
    title: `Hulp gezocht bij ${asked}`,
    contact_id: resident.id,
    address: `${initiative.place.locality}, ${initiative.place.region ?? ''}, Nederland`,
    coordinates: { lat: initiative.place.lat, lng: initiative.place.lon },
    created_at: deedmobTime(initiative.updatedAt),
    updated_at: deedmobTime(initiative.updatedAt, 500),
    about_html: `<p>Ik ben ${resident.name} en zoek iemand die me helpt met ${asked}. Bel me op ${resident.phone}.</p>`,
    published: true,
    published_at: deedmobTime(initiative.updatedAt, 400),
    city: initiative.place.locality,
    member_created: true,
    p2p: true,
    remote: false,
    summary: `${resident.name} zoekt hulp bij ${asked}.`,
    type: 'volunteering',
    status: 'open',
    detailedStatus: 'open',
    commitment: 'short',
  };
}
