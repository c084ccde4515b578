import { foldLabel, type Theme } from '../../schema/index.ts';
import {
  createRng,
  nameVariant,
  type Rng,
  type World,
  type WorldCampaign,
  type WorldInitiative,
} from '../replica/index.ts';

const IMAGES = 'https://images.opencollective.com';
/** How an event's venue is named, by the initiative's language. */
const VENUES: Readonly<Record<WorldInitiative['language'], string>> = {
  nl: 'Buurthuis',
  de: 'Nachbarschaftshaus',
  en: 'Community Centre',
};

/** The English tags collectives choose for the hub's themes. */
const TAGS: Readonly<Record<Theme, readonly string[]>> = {
  'care-welfare': ['care', 'wellbeing'],
  health: ['health', 'mental health'],
  'social-cohesion': ['community', 'meetup'],
  poverty: ['mutual aid', 'food bank'],
  'work-participation': ['employment', 'inclusion'],
  'education-talent': ['education', 'learning'],
  youth: ['youth', 'kids'],
  'older-people': ['seniors'],
  'informal-care': ['caregivers'],
  energy: ['energy', 'solar'],
  sustainability: ['climate', 'zero waste'],
  'green-nature': ['nature', 'urban gardening'],
  food: ['food'],
  housing: ['housing'],
  'public-space': ['public space'],
  'liveability-safety': ['neighborhood', 'refugees'],
  culture: ['arts', 'music'],
  'sport-recreation': ['sports'],
  mobility: ['cycling'],
  'local-economy': ['local economy'],
};

/** Currencies by country, and their rate to the euro cents the world counts in. */
const CURRENCIES: Readonly<Record<string, readonly [string, number]>> = {
  GB: ['GBP', 0.86],
  US: ['USD', 1.08],
};

/** An account as the replica resolves it, with the keys it filters and orders on. */
export interface ReplicaAccount {
  readonly node: Record<string, unknown>;
  readonly type: string;
  readonly createdAt: number;
  readonly lastTransactionAt?: number;
  readonly archived: boolean;
}

/** The world's initiatives that are on Open Collective, with their Open Collective campaigns. */
export function openCollectiveEntries(
  world: World,
): { initiative: WorldInitiative; campaigns: WorldCampaign[] }[] {
  return world.initiatives
    .filter((initiative) => initiative.presence.includes('opencollective'))
    .map((initiative) => ({
      initiative,
      campaigns: initiative.campaigns.filter((campaign) => campaign.platform === 'opencollective'),
    }));
}

/** An Open Collective public id (`dgm9bnk8-0437xqry-ejpvzeol-jdayw5re`), stable for a seed text. */
export function publicId(seed: string): string {
  const rng = createRng(seed);
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  const group = () => Array.from({ length: 8 }, () => alphabet[rng.int(0, alphabet.length - 1)]).join('');
  return [group(), group(), group(), group()].join('-');
}

/** The slug Open Collective gives a name: folded, words joined by hyphens. */
export function slugOf(name: string): string {
  return foldLabel(name).replace(/ /g, '-').slice(0, 50).replace(/-+$/, '');
}

function currencyOf(country: string): readonly [string, number] {
  return CURRENCIES[country] ?? ['EUR', 1];
}

/** An amount in the account's currency from euro cents: `{ value, currency, valueInCents }`. */
function amount(euroCents: number, country: string) {
  const [currency, rate] = currencyOf(country);
  const cents = Math.round(euroCents * rate);
  return { value: cents / 100, currency, valueInCents: cents };
}

function location(initiative: WorldInitiative, rng: Rng): Record<string, unknown> | null {
  const place = initiative.place;
  if (rng.chance(0.15)) return null;
  const lines = [place.address, [place.postcode, place.locality].filter(Boolean).join(' ')].filter(Boolean);
  const structured = rng.chance(0.5)
    ? { address1: place.address ?? null, city: place.locality, postalCode: place.postcode ?? null }
    : null;
  return {
    name: place.locality,
    address: lines.join('\n'),
    country: place.country,
    lat: place.lat,
    long: place.lon,
    structured,
  };
}

function tagsOf(initiative: WorldInitiative, rng: Rng): string[] {
  const tags = initiative.themes.flatMap((theme) => (TAGS[theme] ?? []).slice(0, rng.int(1, 2)));
  if (rng.chance(0.5)) tags.push(initiative.place.locality.toLowerCase());
  return [...new Set(tags)];
}

function socialLinks(initiative: WorldInitiative, slug: string, rng: Rng): { type: string; url: string }[] {
  const links: { type: string; url: string }[] = [];
  if (initiative.website) links.push({ type: 'WEBSITE', url: initiative.website });
  if (rng.chance(0.4))
    links.push({ type: 'FACEBOOK', url: `https://www.facebook.com/${slug.replace(/-/g, '')}` });
  if (rng.chance(0.3))
    links.push({ type: 'INSTAGRAM', url: `https://www.instagram.com/${slug.replace(/-/g, '_')}` });
  return links;
}

/**
 * The accounts of one initiative: its collective (a fund now and then) and a project or event per Open
 * Collective campaign, in the shape graphql-js resolves (`__typename` picks the type).
 */
export function accountsOf(
  initiative: WorldInitiative,
  campaigns: readonly WorldCampaign[],
): ReplicaAccount[] {
  const rng = createRng(`${initiative.id}:opencollective`);
  const name = nameVariant(initiative, 'opencollective', createRng(`${initiative.id}:opencollective-name`));
  const slug = slugOf(initiative.baseName);
  const country = initiative.place.country;
  const [currency] = currencyOf(country);
  const created = Math.max(
    Date.parse(`${initiative.foundedOn}T12:00:00Z`),
    Date.parse('2016-03-01T12:00:00Z'),
  );
  const raised = campaigns.reduce((sum, campaign) => sum + campaign.raisedMinor, 0) + rng.int(0, 400) * 100;
  const donors = campaigns.reduce((sum, campaign) => sum + campaign.donors, 0) + rng.int(0, 40);
  const lastTransaction = Math.max(
    Date.parse(initiative.updatedAt),
    ...campaigns.map((c) => Date.parse(c.updatedAt)),
  );
  const fund = rng.chance(0.1);
  const yearlyGoal = rng.chance(0.3)
    ? Math.round(rng.int(20, 200) * 1000 * currencyOf(country)[1]) * 100
    : undefined;
  const collective: Record<string, unknown> = {
    __typename: fund ? 'Fund' : 'Collective',
    id: publicId(`${initiative.id}:opencollective`),
    slug,
    type: fund ? 'FUND' : 'COLLECTIVE',
    name,
    legalName: initiative.legalName ?? null,
    description: initiative.summary.slice(0, 255),
    longDescription: `<p>${initiative.description}</p>`,
    tags: tagsOf(initiative, rng),
    socialLinks: socialLinks(initiative, slug, rng),
    currency,
    isIncognito: false,
    imageUrl: rng.chance(0.8) ? `${IMAGES}/${slug}/${publicId(slug).slice(0, 8)}/logo.png` : null,
    createdAt: new Date(created).toISOString(),
    updatedAt: initiative.updatedAt,
    isArchived: false,
    isActive: true,
    settings: {
      features: { conversations: rng.chance(0.5) },
      ...(yearlyGoal
        ? { goals: [{ type: 'yearlyBudget', amount: yearlyGoal, title: 'Our yearly budget' }] }
        : {}),
    },
    location: location(initiative, rng),
    stats: {
      totalAmountReceived: amount(raised, country),
      balance: amount(Math.round(raised * 0.3), country),
      contributorsCount: donors,
      contributionsCount: donors + rng.int(0, donors),
    },
  };
  const accounts: ReplicaAccount[] = [
    {
      node: collective,
      type: collective.type as string,
      createdAt: created,
      lastTransactionAt: lastTransaction,
      archived: false,
    },
  ];
  for (const campaign of campaigns) accounts.push(childOf(collective, initiative, campaign, country));
  return accounts;
}

function childOf(
  parent: Record<string, unknown>,
  initiative: WorldInitiative,
  campaign: WorldCampaign,
  country: string,
): ReplicaAccount {
  const rng = createRng(`${campaign.id}:opencollective`);
  const event = rng.chance(0.3);
  const [currency, rate] = currencyOf(country);
  const created = Date.parse(campaign.createdAt);
  const startsAt = Date.parse(campaign.activatedAt) + 14 * 86_400_000;
  const node: Record<string, unknown> = {
    __typename: event ? 'Event' : 'Project',
    id: publicId(`${campaign.id}:opencollective`),
    slug: `${slugOf(campaign.title)}-${publicId(campaign.id).slice(0, 4)}`,
    type: event ? 'EVENT' : 'PROJECT',
    name: campaign.title,
    legalName: null,
    description: campaign.description.slice(0, 255),
    longDescription: null,
    tags: (parent.tags as string[]).slice(0, 2),
    socialLinks: [],
    currency,
    isIncognito: false,
    imageUrl: null,
    createdAt: campaign.createdAt,
    updatedAt: campaign.updatedAt,
    isArchived: campaign.closedAt !== undefined,
    isActive: campaign.closedAt === undefined,
    settings: rng.chance(0.7)
      ? { goals: [{ type: 'balance', amount: Math.round(campaign.goalMinor * rate), title: campaign.title }] }
      : {},
    location: event
      ? {
          name: `${VENUES[initiative.language]} ${initiative.place.area ?? initiative.place.locality}`,
          address: null,
          country,
          lat: null,
          long: null,
          structured: null,
        }
      : null,
    stats: {
      totalAmountReceived: amount(campaign.raisedMinor, country),
      balance: amount(Math.round(campaign.raisedMinor * 0.5), country),
      contributorsCount: campaign.donors,
      contributionsCount: campaign.donations,
    },
    parent,
    ...(event
      ? {
          startsAt: new Date(startsAt).toISOString(),
          endsAt: new Date(startsAt + 3 * 3_600_000).toISOString(),
          timezone:
            country === 'GB' ? 'Europe/London' : country === 'US' ? 'America/New_York' : 'Europe/Amsterdam',
        }
      : {}),
  };
  return {
    node,
    type: node.type as string,
    createdAt: created,
    lastTransactionAt: campaign.raisedMinor > 0 ? Date.parse(campaign.updatedAt) : undefined,
    archived: campaign.closedAt !== undefined,
  };
}

/** Every account of the world on Open Collective, oldest first. */
export function worldAccounts(world: World): ReplicaAccount[] {
  return openCollectiveEntries(world)
    .flatMap(({ initiative, campaigns }) => accountsOf(initiative, campaigns))
    .sort((a, b) => a.createdAt - b.createdAt || String(a.node.id).localeCompare(String(b.node.id)));
}
