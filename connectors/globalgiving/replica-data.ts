import { COUNTRIES, foldLabel, type Theme } from '../../schema/index.ts';
import {
  createRng,
  nameVariant,
  type World,
  type WorldCampaign,
  type WorldInitiative,
} from '../replica/index.ts';
import { GLOBALGIVING_THEMES } from './themes.ts';

const WEB = 'https://www.globalgiving.org';
/** A fixed EUR to USD rate: the world counts in euro cents, GlobalGiving in dollars. */
const USD_PER_EUR = 1.08;

/** GlobalGiving's theme labels by id, as the API currently names them. */
const THEME_LABELS: Readonly<Record<string, string>> = {
  agriculture: 'Sustainable Agriculture',
  animals: 'Animal Welfare',
  art: 'Arts and Culture',
  children: 'Child Protection',
  climate: 'Climate Action',
  democ: 'Peace and Reconciliation',
  disability: 'Disability Rights',
  disaster: 'Disaster Response',
  ecdev: 'Economic Growth',
  edu: 'Education',
  env: 'Ecosystem Restoration',
  health: 'Physical Health',
  housing: 'Safe Housing',
  hunger: 'Food Security',
  rights: 'Justice and Human Rights',
  sport: 'Sport',
};

/** GlobalGiving's regions, by the countries the world places initiatives in. */
const REGIONS: Readonly<Record<string, string>> = {
  KE: 'Africa',
  UG: 'Africa',
  TZ: 'Africa',
  GH: 'Africa',
  NP: 'Asia and Oceania',
  US: 'North America',
};

/** A world initiative on GlobalGiving, with its GlobalGiving campaigns. */
export interface GlobalGivingEntry {
  readonly initiative: WorldInitiative;
  readonly campaigns: readonly WorldCampaign[];
}

/** The world's initiatives that GlobalGiving lists, in organisation-id order. */
export function globalGivingEntries(world: World): GlobalGivingEntry[] {
  return world.initiatives
    .filter((initiative) => initiative.presence.includes('globalgiving'))
    .map((initiative) => ({
      initiative,
      campaigns: initiative.campaigns.filter((campaign) => campaign.platform === 'globalgiving'),
    }));
}

/** Organisation id of a world initiative on the replica. */
export function organisationId(initiative: WorldInitiative): number {
  return 3000 + initiative.index;
}

/** Project id of the n-th campaign (1-based) of a world initiative on the replica. */
export function projectId(initiative: WorldInitiative, n: number): number {
  return 50_000 + initiative.index * 10 + n;
}

/** The name GlobalGiving shows for the initiative (stable: seeded by id). */
export function organisationName(initiative: WorldInitiative): string {
  return nameVariant(initiative, 'globalgiving', createRng(`${initiative.id}:globalgiving`));
}

/** Dollars with cents from euro cents, as GlobalGiving writes amounts (`8239.33`). */
export function dollars(euroCents: number): number {
  return Math.round(euroCents * USD_PER_EUR) / 100;
}

/** The GlobalGiving themes of a world initiative: the first GlobalGiving id that maps onto each theme. */
export function themesOf(themes: readonly Theme[]): { id: string; name: string }[] {
  const ids = new Set<string>();
  for (const theme of themes) {
    const id = Object.keys(THEME_LABELS).find((candidate) => GLOBALGIVING_THEMES[candidate]?.includes(theme));
    if (id) ids.add(id);
  }
  return [...ids].map((id) => ({ id, name: THEME_LABELS[id] ?? id }));
}

function countryName(code: string): string {
  return COUNTRIES.find((country) => country.alpha2 === code)?.names[0] ?? code;
}

/** A US EIN for organisations registered in the US, `12-3456789`. */
function ein(initiative: WorldInitiative): string | undefined {
  if (initiative.place.country !== 'US') return undefined;
  const digits = String(100_000_000 + ((initiative.index * 7_919_113) % 899_999_999)).slice(0, 9);
  return `${digits.slice(0, 2)}-${digits.slice(2)}`;
}

/** The organisation JSON of a world initiative, as projects embed it and `/orgservice` answers. */
export function organisationJson(entry: GlobalGivingEntry): Record<string, unknown> {
  const { initiative, campaigns } = entry;
  const place = initiative.place;
  const id = organisationId(initiative);
  return {
    id,
    bridgeId: 3_000_000_000 + initiative.index * 97,
    name: organisationName(initiative),
    ein: ein(initiative),
    addressLine1: place.address ?? '',
    addressLine2: '',
    city: place.locality,
    state: place.region ?? '',
    postal: place.postcode ?? '',
    iso3166CountryCode: place.country,
    url: initiative.website ?? '',
    logoUrl: `${WEB}/pfil/organ/${id}/orglogo.jpg`,
    mission: initiative.description,
    totalProjects: campaigns.length,
    activeProjects: campaigns.filter((c) => !c.completedAt && !c.closedAt).length,
    themes: { theme: themesOf(initiative.themes) },
    countries: {
      country: [{ name: countryName(place.country), iso3166CountryCode: place.country }],
    },
    country: countryName(place.country),
  };
}

/** GlobalGiving's project status of a world campaign. */
export function projectStatus(campaign: WorldCampaign): 'active' | 'funded' | 'retired' {
  return campaign.completedAt ? 'funded' : campaign.closedAt ? 'retired' : 'active';
}

/** A UTC instant as GlobalGiving writes it, in US Eastern time (`2004-06-01T12:43:27-04:00`). */
export function easternTime(iso: string): string {
  const ms = Date.parse(iso);
  const month = new Date(ms).getUTCMonth();
  const offset = month >= 3 && month <= 9 ? 4 : 5;
  return `${new Date(ms - offset * 3_600_000).toISOString().slice(0, 19)}-0${offset}:00`;
}

/** A URL slug as GlobalGiving makes project links. */
function slug(title: string): string {
  return foldLabel(title).replace(/ /g, '-').slice(0, 70).replace(/-+$/, '');
}

/** The project JSON of one GlobalGiving campaign, in the field order of the API. */
export function projectJson(entry: GlobalGivingEntry, campaign: WorldCampaign): Record<string, unknown> {
  const { initiative } = entry;
  const n = initiative.campaigns.indexOf(campaign) + 1;
  const id = projectId(initiative, n);
  const rng = createRng(`${campaign.id}:globalgiving`);
  const status = projectStatus(campaign);
  const goal = Math.round(dollars(campaign.goalMinor));
  const funding = dollars(campaign.raisedMinor);
  const link = `${WEB}/projects/${slug(campaign.title)}-${id}/`;
  const themes = themesOf(initiative.themes);
  const place = initiative.place;
  const [lead, ...rest] = initiative.description.split(/(?<=[.!?])\s+/);
  return {
    id,
    organization: organisationJson(entry),
    active: status === 'active',
    title: campaign.title,
    summary: campaign.description,
    contactName: `${rng.pick(['Grace', 'Joseph', 'Amina', 'Peter', 'Sarah', 'David'])} ${rng.pick(['Otieno', 'Mensah', 'Shrestha', 'Nakato', 'Miller', 'Jones'])}`,
    contactTitle: rng.pick(['Project Leader', 'Director', 'Founder']),
    contactAddress: place.address ?? '',
    contactCity: place.locality,
    contactCountry: countryName(place.country),
    contactUrl: initiative.website ?? '',
    projectLink: link,
    progressReportLink: `${link}reports/`,
    themeName: themes[0]?.name ?? 'Education',
    themes: { theme: themes },
    country: countryName(place.country),
    iso3166CountryCode: place.country,
    region: REGIONS[place.country] ?? 'Europe and Russia',
    goal,
    funding,
    remaining: Math.max(0, Math.round((goal - funding) * 100) / 100),
    numberOfDonations: campaign.donations,
    status,
    need: lead ?? initiative.summary,
    longTermImpact: initiative.summary,
    activities: rest.join(' ') || initiative.summary,
    imageLink: `${WEB}/pfil/${id}/pict.jpg`,
    imageGallerySize: rng.int(1, 12),
    latitude: place.lat,
    longitude: place.lon,
    approvedDate: easternTime(campaign.activatedAt),
    modifiedDate: easternTime(campaign.updatedAt),
    image: {
      title: campaign.title,
      id: 0,
      imagelink: ['small', 'thumbnail', 'medium', 'large', 'extraLarge', 'original'].map((size) => ({
        url: `${WEB}/pfil/${id}/pict_${size}.jpg`,
        size,
      })),
    },
    type: 'project',
  };
}
