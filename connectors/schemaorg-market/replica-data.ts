import type { NeedType, Theme } from '../../schema/index.ts';
import { createRng, nameVariant, type World, type WorldInitiative } from '../replica/index.ts';

const DAY_MS = 86_400_000;
const RESIDENTS = [
  'Sanne de Vries',
  'Ahmed El Idrissi',
  'Marieke Jansen',
  'Tom Bakker',
  'Ilse van Dam',
  'Yusuf Demir',
];

/** What a world need is asked as on the marketplace: a category label and the item's schema.org type. */
const NEED_ITEMS: Readonly<Record<NeedType, readonly [category: string, itemType: string]>> = {
  money: ['Geld', 'MonetaryAmount'],
  volunteers: ['Vrijwilligers', 'Service'],
  time: ['Tijd en aandacht', 'Service'],
  materials: ['Spullen en materialen', 'Product'],
  knowledge: ['Kennis en advies', 'Service'],
  space: ['Ruimte', 'Place'],
  network: ['Netwerk', 'Service'],
  board: ['Bestuursleden', 'Service'],
  permit: ['Overig', 'Service'],
  publicity: ['Publiciteit', 'Service'],
  other: ['Overig', 'Service'],
};

/** What an initiative of a theme offers on the marketplace, and under which category. */
const THEME_OFFERS: Readonly<
  Partial<Record<Theme, readonly [title: string, category: string, itemType: string]>>
> = {
  'social-cohesion': ['Onze buurtkamer voor jullie bijeenkomst', 'Ruimte', 'Place'],
  culture: ['Een gratis optreden in de wijk', 'Cultuur', 'Service'],
  sustainability: ['Gereedschap te leen', 'Spullen en materialen', 'Product'],
  'green-nature': ['Plantjes en stekjes uit onze tuin', 'Spullen en materialen', 'Product'],
  'education-talent': ['Huiswerkbegeleiding voor kinderen', 'Kennis en advies', 'Service'],
  'care-welfare': ['Een luisterend oor', 'Tijd en aandacht', 'Service'],
  food: ['Maaltijden voor buren', 'Voedsel', 'Product'],
  'local-economy': ['Advies voor startende ondernemers', 'Kennis en advies', 'Service'],
  'sport-recreation': ['Sportmateriaal te leen', 'Spullen en materialen', 'Product'],
};

/** How a page writes its JSON-LD: the shapes real marketplaces use. */
export type PageStyle = 'graph' | 'inline' | 'iri' | 'repairable';

/** A listing of the replica marketplace. */
export interface ReplicaListing {
  readonly id: number;
  readonly type: 'Offer' | 'Demand';
  readonly initiative: WorldInitiative;
  /** Set when a private person posted the listing: it must never be harvested. */
  readonly person?: string;
  readonly title: string;
  readonly description: string;
  readonly category: string;
  readonly itemType: string;
  /** For money asked: the amount in euros. */
  readonly amount?: number;
  readonly validThrough?: string;
  readonly lastmod: string;
  readonly style: PageStyle;
  /** The name the marketplace shows for the organisation. */
  readonly organisationName: string;
}

/** The page path of a listing. */
export function listingPath(listing: ReplicaListing): string {
  const slug = listing.title
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 50);
  return `/${listing.type === 'Demand' ? 'vraag' : 'aanbod'}/${listing.id}-${slug}`;
}

function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/**
 * The listings of the world's initiatives on the marketplace: a request per need (at most two), often an
 * offer from the initiative's main theme, and now and then an offer a resident posted in the
 * initiative's neighbourhood (a private person, which the connector must skip). In page order.
 */
export function replicaListings(world: World): ReplicaListing[] {
  const now = Date.parse(world.referenceDate);
  const listings: ReplicaListing[] = [];
  for (const initiative of world.initiatives.filter((i) => i.presence.includes('schemaorg'))) {
    // Ids stay the same when other initiatives come or go, as a site's listing numbers do.
    let id = 10_000 + initiative.index * 10;
    const rng = createRng(`${initiative.id}:schemaorg`);
    const organisationName = nameVariant(
      initiative,
      'schemaorg',
      createRng(`${initiative.id}:schemaorg:name`),
    );
    const updated = Date.parse(initiative.updatedAt);
    const style = (): PageStyle =>
      rng.weighted([
        ['graph', 40],
        ['inline', 35],
        ['iri', 15],
        ['repairable', 10],
      ] as const);
    const common = (lastmod: number) => ({
      id: id++,
      initiative,
      organisationName,
      lastmod: new Date(Math.min(now, lastmod)).toISOString().slice(0, 19) + '+00:00',
      style: style(),
    });
    for (const need of initiative.needs.slice(0, 2)) {
      const [category, itemType] = NEED_ITEMS[need.type];
      listings.push({
        ...common(updated - rng.int(0, 30) * DAY_MS),
        type: 'Demand',
        title: `Gezocht: ${need.description}`,
        description: `${organisationName} zoekt ${need.description}. ${initiative.summary}`,
        category,
        itemType,
        amount: need.type === 'money' ? rng.int(4, 60) * 250 : undefined,
        validThrough: rng.chance(0.6) ? isoDate(now + rng.int(20, 200) * DAY_MS) : undefined,
      });
    }
    const offer = THEME_OFFERS[initiative.themes.find((theme) => THEME_OFFERS[theme]) ?? 'social-cohesion'];
    if (offer && rng.chance(0.6)) {
      listings.push({
        ...common(updated - rng.int(0, 90) * DAY_MS),
        type: 'Offer',
        title: offer[0],
        description: `${organisationName} biedt aan: ${offer[0].toLowerCase()}. ${initiative.summary}`,
        category: offer[1],
        itemType: offer[2],
      });
    }
    if (rng.chance(0.15)) {
      listings.push({
        ...common(now - rng.int(1, 60) * DAY_MS),
        type: 'Offer',
        person: rng.pick(RESIDENTS),
        title: `Hulp bij boodschappen in ${initiative.place.area ?? initiative.place.locality}`,
        description: 'Ik heb tijd over en doe graag boodschappen voor buren.',
        category: 'Tijd en aandacht',
        itemType: 'Service',
      });
    }
  }
  return listings.sort((a, b) => (listingPath(a) < listingPath(b) ? -1 : 1));
}
