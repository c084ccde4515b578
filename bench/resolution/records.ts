import type { Identifier, Location, SourceRecord, UnhashedSourceRecord } from '../../schema/index.ts';
import { withContentHash } from '../../schema/index.ts';
import { type Entity, slug } from './entities.ts';
import { type Platform, platformsOf } from './platforms.ts';
import type { Random } from './random.ts';
import { renderDescription, renderName } from './variants.ts';

/** How many platforms list one initiative: mostly two to five, some only one. */
const LISTINGS = [
  { count: 1, share: 0.2 },
  { count: 2, share: 0.3 },
  { count: 3, share: 0.23 },
  { count: 4, share: 0.15 },
  { count: 5, share: 0.12 },
];

/** Harvest times spread over 2025-2026, so seniority (and so ids) differ between records. */
const EPOCH = Date.parse('2025-01-01T00:00:00Z');
const SPAN_MS = 600 * 24 * 3600 * 1000;

function websiteVariant(random: Random, website: string): string {
  const url = new URL(website);
  const host = url.hostname.replace(/^www\./, '');
  const path = url.pathname === '/' ? '' : url.pathname;
  return random.pick([
    `https://www.${host}${path}`,
    `http://${host}${path}`,
    `https://${host}${path}/`,
    `https://www.${host}${path}${path === '' ? '/nl/' : ''}`,
  ]);
}

function kvkVariant(random: Random, id: string): string {
  return random.pick([id, id, `${id.slice(0, 4)} ${id.slice(4)}`, `0${id}`]);
}

function locationOf(random: Random, entity: Entity, platform: Platform): Location | undefined {
  if (random.chance(platform.missingPlace)) return undefined;
  const town = random.chance(0.3) && entity.town.alias !== undefined ? entity.town.alias : entity.town.name;
  const point = {
    lat: entity.lat + (random.next() - 0.5) * 0.004,
    lon: entity.lon + (random.next() - 0.5) * 0.006,
  };
  const country = entity.town.country;
  switch (platform.place) {
    case 'full':
      return {
        address: `${random.pick(['Kerkstraat', 'Dorpsstraat', 'Molenweg', 'Schoolstraat', 'Parklaan'])} ${random.int(1, 120)}`,
        ...(entity.postcode === undefined ? {} : { postcode: entity.postcode }),
        locality: town,
        ...(entity.town.code === undefined
          ? {}
          : {
              municipality: {
                code: entity.town.code,
                name: entity.town.municipality ?? entity.town.name,
              },
            }),
        country,
        ...point,
      };
    case 'town':
      return { locality: town, ...(random.chance(0.5) ? { country } : {}) };
    case 'point':
      return { locality: town, country, ...point };
    case 'country':
      return random.chance(0.5) ? { locality: town, country } : { country };
  }
}

function identifiersOf(random: Random, entity: Entity, platform: Platform): Identifier[] | undefined {
  if (entity.umbrellaKvk !== undefined && random.chance(platform.umbrella)) {
    return [{ scheme: 'NL-KVK', id: entity.umbrellaKvk }];
  }
  if (entity.identifier === undefined || !random.chance(platform.identifier)) return undefined;
  const { scheme, id } = entity.identifier;
  return [{ scheme, id: scheme === 'NL-KVK' ? kvkVariant(random, id) : id }];
}

function payloadOf(platform: Platform, entity: Entity, name: string, random: Random) {
  const activity = entity.type.activities[0]!;
  switch (platform.kind) {
    case 'initiative':
      return { kind: 'initiative' as const };
    case 'campaign':
      return {
        kind: 'campaign' as const,
        campaign: { title: `${name}: ${activity}`, status: 'open' as const },
      };
    case 'opportunity':
      return {
        kind: 'opportunity' as const,
        opportunity: {
          title: `Vrijwilliger voor ${activity}`,
          skills: [],
          remote: false,
          status: 'open' as const,
        },
      };
    case 'listing':
      return {
        kind: 'listing' as const,
        listing: {
          type: 'request' as const,
          category: 'goods' as const,
          title: `Gezocht voor ${activity}`,
          status: 'open' as const,
        },
      };
    case 'grant':
      return {
        kind: 'grant' as const,
        grant: {
          title: `Bijdrage ${activity}`,
          amount: { minor: random.int(5, 200) * 10_000, currency: 'EUR' },
          awardedOn: `${random.int(2019, 2025)}-0${random.int(1, 9)}-1${random.int(0, 9)}`,
          funder: { name: 'Fonds voor de Wijk', identifiers: [] },
        },
      };
  }
}

/**
 * Renders one entity as the source records of the platforms that list it, each writing its name,
 * description, website, identifiers and place in its own way. `nextId` numbers records per platform.
 */
export function recordsOf(
  random: Random,
  entity: Entity,
  nextId: (platform: string) => number,
): SourceRecord[] {
  const candidates = platformsOf(entity.region);
  const count = random.weighted(LISTINGS, (item) => item.share).count;
  const chosen: Platform[] = [];
  while (chosen.length < count) {
    const pool = candidates.filter((platform) => !chosen.includes(platform));
    if (pool.length === 0 || (chosen.length > 0 && random.chance(0.08))) chosen.push(random.pick(chosen));
    else chosen.push(random.weighted(pool, (platform) => platform.share));
  }
  const drafts = chosen.map((platform) => {
    const id = nextId(platform.id);
    return { platform, id, url: platform.url(id, slug(entity.name)) };
  });
  return drafts.map(({ platform, id, url }) => {
    const name = renderName(random, entity, platform.name);
    const harvested = EPOCH + Math.floor(random.next() * SPAN_MS);
    const links: string[] = [];
    if (random.chance(platform.links)) {
      for (const other of random.sample(drafts, 2)) if (other.url !== url) links.push(other.url);
      if (entity.social !== undefined) links.push(entity.social);
    }
    const identifiers = identifiersOf(random, entity, platform);
    const location = locationOf(random, entity, platform);
    const description = random.chance(platform.description)
      ? renderDescription(random, entity, name, platform.sentences)
      : undefined;
    const legalForm =
      entity.legalForm !== 'none' && random.chance(platform.legalFormField) ? entity.legalForm : undefined;
    const alternate = random.chance(platform.alternateNames)
      ? (entity.acronym ?? entity.distinct)
      : undefined;
    const record = {
      key: `${platform.id}:${id}`,
      source: platform.id,
      sourceId: String(id),
      url,
      harvestedAt: new Date(harvested).toISOString().replace('.000Z', 'Z'),
      sourceUpdatedAt: new Date(harvested - random.int(0, 300) * 86_400_000)
        .toISOString()
        .replace('.000Z', 'Z'),
      initiative: {
        name,
        ...(alternate !== undefined && alternate !== name ? { alternateNames: [alternate] } : {}),
        ...(description === undefined ? {} : { description }),
        ...(entity.website !== undefined && random.chance(platform.website)
          ? { website: websiteVariant(random, entity.website) }
          : {}),
        ...(links.length === 0 ? {} : { links }),
        ...(identifiers === undefined ? {} : { identifiers }),
        ...(legalForm === undefined ? {} : { legalForm }),
        ...(location === undefined ? {} : { location }),
      },
      ...payloadOf(platform, entity, name, random),
    } as UnhashedSourceRecord;
    return withContentHash(record);
  });
}
