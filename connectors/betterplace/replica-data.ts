import {
  createRng,
  nameVariant,
  type World,
  type WorldCampaign,
  type WorldInitiative,
} from '../replica/index.ts';
import { berlinTime, germanCountryName, organisationHtml, projectHtml, slugify } from './replica-format.ts';

const API = 'https://api.betterplace.org';
const WEB = 'https://www.betterplace.org';
const ASSETS = 'https://betterplace-assets.betterplace.org';
const FIRST_NAMES = [
  'Anna',
  'Jonas',
  'Lea',
  'Lukas',
  'Marie',
  'Finn',
  'Sophie',
  'Jan',
  'Fatma',
  'Mehmet',
  'Sanne',
  'Daan',
  'Emma',
  'Noah',
  'Lotte',
  'Sven',
];

/** A project as the replica serves it, with the keys it sorts and filters on. */
export interface ReplicaProject {
  readonly id: number;
  readonly json: Record<string, unknown>;
  readonly updatedAt: number;
  readonly createdAt: number;
  readonly completed: boolean;
  readonly closed: boolean;
  readonly progress: number;
}

/** Organisation id of a world initiative on the replica. */
export function organisationId(initiative: WorldInitiative): number {
  return 1000 + initiative.index;
}

/** Project id of the n-th campaign (1-based) of a world initiative on the replica. */
export function projectId(initiative: WorldInitiative, n: number): number {
  return (initiative.index + 1) * 10 + n;
}

/** The world's initiatives that betterplace lists, each with its betterplace campaigns. */
export function betterplaceInitiatives(
  world: World,
): { initiative: WorldInitiative; campaigns: WorldCampaign[] }[] {
  return world.initiatives
    .filter((initiative) => initiative.presence.includes('betterplace'))
    .map((initiative) => ({
      initiative,
      campaigns: initiative.campaigns.filter((c) => c.platform === 'betterplace'),
    }))
    .filter((entry) => entry.campaigns.length > 0);
}

/** The name betterplace shows for the initiative (stable: seeded by id). */
export function carrierName(initiative: WorldInitiative): string {
  return nameVariant(initiative, 'betterplace', createRng(`${initiative.id}:betterplace`));
}

/** A display name of a private person, as betterplace shows project managers ("Anna K."). */
function personName(initiative: WorldInitiative): string {
  const rng = createRng(`${initiative.id}:contact`);
  return `${rng.pick(FIRST_NAMES)} ${String.fromCharCode(65 + rng.int(0, 25))}.`;
}

function picture(kind: 'organisation' | 'project' | 'user', id: number, uploaded: boolean) {
  const sizes = kind === 'project' ? ['fill_960x500', 'fill_730x380', 'fill_410x214'] : ['fill_100x100'];
  const folder =
    kind === 'project'
      ? 'project_profile_picture'
      : kind === 'user'
        ? 'user_profile_picture'
        : 'square_profile_picture';
  const path = String(id)
    .padStart(9, '0')
    .replace(/(\d{3})(\d{3})(\d{3})/, '$1/$2/$3');
  const href = (size: string) =>
    uploaded
      ? `${ASSETS}/uploads/${kind}/profile_picture/${path}/${size}_picture.jpg`
      : `${ASSETS}/assets/default/${folder}/${size}_default.jpg`;
  return {
    fallback: true,
    links: [...sizes, 'crop_original'].map((size) => ({
      rel: size === 'crop_original' ? 'original' : size,
      href: href(size),
    })),
  };
}

/** Whether the organisation uploaded a logo; most do. */
function hasLogo(initiative: WorldInitiative): boolean {
  return createRng(`${initiative.id}:logo`).chance(0.6);
}

function contact(initiative: WorldInitiative, locale: string) {
  const id = 500_000 + initiative.index;
  return {
    id,
    name: personName(initiative),
    picture: picture('user', id, false),
    links: [
      { rel: 'platform', href: `${WEB}/${locale}/users/${id}` },
      { rel: 'contact_data', href: `${API}/${locale}/api_v4/users/${id}/contact_data.json` },
    ],
  };
}

/** The project JSON of one campaign, in the field order and shape of api_v4. */
export function projectJson(
  initiative: WorldInitiative,
  campaign: WorldCampaign,
  n: number,
  locale: string,
  options: { personCarried?: boolean } = {},
): Record<string, unknown> {
  const id = projectId(initiative, n);
  const orgId = organisationId(initiative);
  const rng = createRng(`${campaign.id}:betterplace`);
  const place = initiative.place;
  const open = Math.max(0, campaign.goalMinor - campaign.raisedMinor);
  const completed = campaign.completedAt !== undefined;
  const base = `${API}/${locale}/api_v4/projects/${id}`;
  const carrier = options.personCarried
    ? {
        id: 500_000 + initiative.index,
        name: personName(initiative),
        city: place.locality,
        country: germanCountryName(place.country),
        picture: picture('user', 0, false),
        links: [],
      }
    : {
        id: orgId,
        name: carrierName(initiative),
        city: place.locality,
        country: germanCountryName(place.country),
        picture: picture('organisation', orgId, hasLogo(initiative)),
        links: [{ rel: 'self', href: `${API}/${locale}/api_v4/organisations/${orgId}.json` }],
      };
  return {
    id,
    created_at: berlinTime(campaign.createdAt),
    updated_at: berlinTime(campaign.updatedAt),
    latitude: place.lat,
    longitude: place.lon,
    street: place.address ?? null,
    zip: place.postcode ?? null,
    city: place.locality,
    country: germanCountryName(place.country),
    content_updated_at: berlinTime(campaign.updatedAt),
    matching_events: [],
    activated_at: berlinTime(campaign.activatedAt),
    title: campaign.title,
    description: projectHtml(campaign.description),
    summary: initiative.summary,
    tax_deductible: place.country === 'DE',
    donations_prohibited: campaign.closedAt !== undefined,
    completed_at: campaign.completedAt ? berlinTime(campaign.completedAt) : null,
    closed_at: campaign.closedAt ? berlinTime(campaign.closedAt) : null,
    open_amount_in_cents: open,
    donated_amount_in_cents: campaign.raisedMinor,
    positive_opinions_count: campaign.donations,
    negative_opinions_count: 0,
    donations_count: campaign.donations,
    newsletter_subscriptions_count: rng.int(0, campaign.donors),
    comments_count: 0,
    donor_count: campaign.donors,
    progress_percentage: Math.floor((campaign.raisedMinor * 100) / campaign.goalMinor),
    incomplete_need_count: completed ? 0 : rng.int(1, 4),
    completed_need_count: completed ? rng.int(1, 6) : rng.int(0, 3),
    blog_post_count: rng.int(0, 5),
    contact: contact(initiative, locale),
    carrier,
    profile_picture: picture('project', id, rng.chance(0.7)),
    links: [
      { rel: 'self', href: `${base}.json` },
      { rel: 'platform', href: `${WEB}/${locale}/projects/${id}-${slugify(campaign.title)}` },
      { rel: 'opinions', href: `${base}/opinions.json` },
      { rel: 'pictures', href: `${base}/pictures.json` },
      { rel: 'needs', href: `${base}/needs.json` },
      { rel: 'blog_posts', href: `${base}/blog_posts.json` },
      { rel: 'categories', href: `${base}/categories.json` },
      {
        rel: 'new_client_donation',
        href: `${WEB}/${locale}/donate/%7Bclient_id%7D/projects/${id}`,
        templated: true,
      },
      { rel: 'new_donation', href: `${WEB}/${locale}/donate/platform/projects/${id}` },
    ],
  };
}

/** The organisation details of a world initiative, as `/organisations/{id}.json` answers. */
export function organisationJson(initiative: WorldInitiative, locale: string): Record<string, unknown> {
  const id = organisationId(initiative);
  const place = initiative.place;
  const slug = slugify(initiative.baseName);
  const created = `${initiative.foundedOn}T10:00:00Z`;
  const links = [
    { rel: 'self', href: `${API}/${locale}/api_v4/organisations/${id}.json` },
    { rel: 'platform', href: `${WEB}/${locale}/organisations/${slug}` },
    { rel: 'projects', href: `${API}/${locale}/api_v4/organisations/${id}/projects.json` },
  ];
  if (initiative.website) links.push({ rel: 'website', href: initiative.website });
  return {
    id,
    created_at: berlinTime(created),
    updated_at: berlinTime(initiative.updatedAt),
    latitude: place.lat,
    longitude: place.lon,
    street: place.address ?? null,
    zip: place.postcode ?? null,
    city: place.locality,
    country: germanCountryName(place.country),
    content_updated_at: berlinTime(initiative.updatedAt),
    slug,
    name: initiative.legalName ?? initiative.name,
    description: organisationHtml(initiative.description),
    tax_deductible: place.country === 'DE',
    contact: contact(initiative, locale),
    picture: picture('organisation', id, hasLogo(initiative)),
    links,
  };
}
