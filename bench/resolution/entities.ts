import { GERMAN_CITIES, NL_MUNICIPALITIES, postcodeRangesOf } from '../../schema/index.ts';
import { Random } from './random.ts';
import {
  DUTCH_ADJECTIVES,
  DUTCH_AREAS,
  DUTCH_COMPOUNDS,
  DUTCH_NOUNS,
  DUTCH_SLOGANS,
  DUTCH_TYPES,
  FIRST_NAMES,
  STREETS,
  ENGLISH_ADJECTIVES,
  ENGLISH_COMPOUNDS,
  ENGLISH_NOUNS,
  ENGLISH_TYPES,
  GERMAN_ADJECTIVES,
  GERMAN_COMPOUNDS,
  GERMAN_NOUNS,
  GERMAN_TYPES,
  type Language,
  NETWORKS,
  type Network,
  type OrgType,
  PHRASES,
} from './vocabulary.ts';

/** A town an initiative is based in. */
export interface Town {
  readonly name: string;
  readonly country: string;
  readonly lat: number;
  readonly lon: number;
  /** CBS municipality code and official name, for Dutch towns. */
  readonly code?: string;
  readonly municipality?: string;
  /** Another name platforms use for it ("Den Haag"). */
  readonly alias?: string;
  /** A postcode prefix: a PC4 number for Dutch towns, a postcode area elsewhere. */
  readonly postcode?: string;
}

/** Where initiatives come from: Dutch ones are listed on Dutch platforms, the others internationally. */
export type Region = 'nl' | 'de' | 'uk' | 'world';

/** The ground truth: one real-world initiative that platforms list under variants of its name. */
export interface Entity {
  readonly id: string;
  readonly region: Region;
  readonly language: Language;
  /** The name as the initiative writes it, without legal form. */
  readonly name: string;
  /** The part of the name without the organisation type, for websites and shortened names. */
  readonly distinct: string;
  readonly type: OrgType;
  readonly legalForm: OrgType['legalForm'];
  /** An acronym the initiative goes by, for names of three or more words. */
  readonly acronym?: string;
  readonly town: Town;
  readonly lat: number;
  readonly lon: number;
  readonly postcode?: string;
  readonly website?: string;
  readonly social?: string;
  readonly identifier?: { readonly scheme: string; readonly id: string };
  /** The umbrella's KvK number that chapters of some networks list instead of their own. */
  readonly umbrellaKvk?: string;
  readonly founded: number;
  readonly network?: Network;
  /** Facts its descriptions are written from: `{placeholders}` filled per entity, boilerplate first. */
  readonly facts: readonly string[];
}

const DUTCH_TOWNS: readonly Town[] = NL_MUNICIPALITIES.map((m) => {
  const range = postcodeRangesOf(m.code)[0];
  return {
    name: m.aliases?.[0] ?? m.name,
    country: 'NL',
    lat: m.lat,
    lon: m.lon,
    code: m.code,
    municipality: m.name,
    ...(m.aliases?.[0] === undefined ? {} : { alias: m.name }),
    ...(range === undefined ? {} : { postcode: String(range.from) }),
  };
});
const GERMAN_TOWNS: readonly Town[] = GERMAN_CITIES.map((c) => ({
  name: c.name,
  country: 'DE',
  lat: c.lat,
  lon: c.lon,
  postcode: c.postcodes[0],
}));
const UK_TOWNS: readonly Town[] = [
  ['London', 51.507, -0.128],
  ['Manchester', 53.48, -2.242],
  ['Birmingham', 52.486, -1.89],
  ['Leeds', 53.8, -1.549],
  ['Glasgow', 55.864, -4.252],
  ['Bristol', 51.454, -2.588],
  ['Liverpool', 53.408, -2.991],
  ['Sheffield', 53.381, -1.47],
  ['Cardiff', 51.481, -3.179],
  ['Edinburgh', 55.953, -3.188],
  ['Leicester', 52.637, -1.14],
  ['Brighton', 50.822, -0.137],
].map(([name, lat, lon]) => ({
  name: name as string,
  country: 'GB',
  lat: lat as number,
  lon: lon as number,
}));
const WORLD_TOWNS: readonly Town[] = [
  ['Nairobi', 'KE', -1.292, 36.822],
  ['Kampala', 'UG', 0.347, 32.582],
  ['Mumbai', 'IN', 19.076, 72.878],
  ['Lima', 'PE', -12.046, -77.043],
  ['Accra', 'GH', 5.604, -0.187],
  ['New York', 'US', 40.713, -74.006],
  ['Chicago', 'US', 41.878, -87.63],
  ['Manila', 'PH', 14.6, 120.984],
  ['Kathmandu', 'NP', 27.717, 85.324],
  ['Dhaka', 'BD', 23.81, 90.412],
  ['Recife', 'BR', -8.048, -34.877],
  ['Arusha', 'TZ', -3.387, 36.683],
].map(([name, country, lat, lon]) => ({
  name: name as string,
  country: country as string,
  lat: lat as number,
  lon: lon as number,
}));

const REGIONS: readonly { region: Region; share: number }[] = [
  { region: 'nl', share: 0.72 },
  { region: 'de', share: 0.1 },
  { region: 'uk', share: 0.09 },
  { region: 'world', share: 0.09 },
];

function languageOf(region: Region): Language {
  return region === 'nl' ? 'nl' : region === 'de' ? 'de' : 'en';
}

function townsOf(region: Region): readonly Town[] {
  return region === 'nl'
    ? DUTCH_TOWNS
    : region === 'de'
      ? GERMAN_TOWNS
      : region === 'uk'
        ? UK_TOWNS
        : WORLD_TOWNS;
}

function typesOf(language: Language): readonly OrgType[] {
  return language === 'nl' ? DUTCH_TYPES : language === 'de' ? GERMAN_TYPES : ENGLISH_TYPES;
}

/** What an entity is made from; the rest (identifiers, website, facts) is drawn when it is built. */
interface Draft {
  readonly region: Region;
  readonly language: Language;
  readonly name: string;
  readonly distinct: string;
  readonly type: OrgType;
  readonly town: Town;
  readonly legalForm: OrgType['legalForm'];
  readonly network?: Network;
  readonly umbrellaKvk?: string;
}

function draftOf(entity: Entity): Draft {
  const { region, language, name, distinct, type, town, legalForm, network, umbrellaKvk } = entity;
  return {
    region,
    language,
    name,
    distinct,
    type,
    town,
    legalForm,
    ...(network === undefined ? {} : { network }),
    ...(umbrellaKvk === undefined ? {} : { umbrellaKvk }),
  };
}

/** What no two entities share: their name in their town, or a national name ("… Nederland") anywhere. */
function identityOf(entity: Entity): string {
  return entity.name.includes('Nederland') ? entity.name : `${entity.name}|${entity.town.name}`;
}

/** Letters and digits only, lower case, diacritics folded: the stuff of domain names. */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

function acronymOf(name: string): string | undefined {
  const words = name.split(/\s+/);
  if (words.length < 3) return undefined;
  return words
    .map((word) => (/^(in|voor|van|de|of|for|the)$/.test(word) ? word[0] : word[0]!.toUpperCase()))
    .join('');
}

/** Neighbourhood names a town has: a few from the common pool, chosen by the town's name, as real towns each have their own. */
const AREA_POOL: readonly string[] = [
  ...DUTCH_AREAS,
  ...DUTCH_COMPOUNDS.first.flatMap((first) =>
    ['buurt', 'wijk', 'kwartier', 'park'].map((end) => `${first}${end}`),
  ),
];
const AREAS_PER_TOWN = 8;
const townAreas = new Map<string, readonly string[]>();

function areasOf(town: Town): readonly string[] {
  let areas = townAreas.get(town.name);
  if (areas === undefined) {
    let seed = 7;
    for (let i = 0; i < town.name.length; i++) seed = Math.imul(seed ^ town.name.charCodeAt(i), 0x01000193);
    areas = new Random(seed >>> 0).sample(AREA_POOL, AREAS_PER_TOWN);
    townAreas.set(town.name, areas);
  }
  return areas;
}

function compound(
  random: Random,
  parts: {
    readonly first: readonly string[];
    readonly second: readonly string[];
  },
): string {
  return random.pick(parts.first) + random.pick(parts.second);
}

/**
 * The made-up distinctive part of a name, in the entity's language: a phrase or a place-like compound.
 * A name that stands alone, without an organisation type, is never as short as "De Zeef".
 */
function distinctName(random: Random, language: Language, standalone: boolean): string {
  const p = random.next();
  if (language === 'nl') {
    const article = random.pick(['De', 'De', 'Het']);
    if (p < 0.25) return `${article} ${compound(random, DUTCH_COMPOUNDS)}`;
    if (p < 0.45) return `${article} ${random.pick(DUTCH_ADJECTIVES)} ${compound(random, DUTCH_COMPOUNDS)}`;
    if (p < 0.55) return `${random.pick(FIRST_NAMES)}s ${random.pick(DUTCH_NOUNS)}`;
    if (p < 0.65) return `${compound(random, DUTCH_COMPOUNDS)}${random.pick(STREETS)}`;
    const noun = random.pick(DUTCH_NOUNS);
    return p < 0.9 || standalone
      ? `${article} ${random.pick(DUTCH_ADJECTIVES)} ${noun}`
      : `${article} ${noun}`;
  }
  if (language === 'de') {
    if (p < 0.3) return compound(random, GERMAN_COMPOUNDS);
    if (p < 0.55) return `${random.pick(GERMAN_ADJECTIVES)} ${compound(random, GERMAN_COMPOUNDS)}`;
    return `${random.pick(GERMAN_ADJECTIVES)} ${random.pick(GERMAN_NOUNS)}`;
  }
  if (p < 0.3) return compound(random, ENGLISH_COMPOUNDS);
  if (p < 0.5) return `${random.pick(ENGLISH_ADJECTIVES)} ${compound(random, ENGLISH_COMPOUNDS)}`;
  if (p < 0.6) return `${random.pick(FIRST_NAMES)}'s ${random.pick(ENGLISH_NOUNS)}`;
  return `${random.pick(ENGLISH_ADJECTIVES)} ${random.pick(ENGLISH_NOUNS)}`;
}

/**
 * Draws names and everything else about new initiatives. Keeps a window of recent entities so that
 * hard negatives can be derived from them: the same name in another town, and a neighbour in the same
 * town with a name one word apart.
 */
export class EntityFactory {
  private readonly random: Random;
  private readonly recent: Entity[] = [];
  private readonly domains = new Set<string>();
  private readonly umbrellas = new Map<string, string>();
  /** `name|town` of every entity so far: two different initiatives rarely share a name in one town. */
  private readonly names = new Set<string>();
  private counter = 0;

  constructor(random: Random) {
    this.random = random;
  }

  /** The next entity: a hard negative of a recent one now and then, otherwise a fresh initiative. */
  next(): Entity {
    const r = this.random.next();
    const base = this.recent.length > 50 ? this.random.pick(this.recent) : undefined;
    let entity: Entity | undefined;
    if (base !== undefined && r < 0.07) entity = this.sameNameElsewhere(base);
    else if (base !== undefined && r < 0.14 && base.network === undefined) entity = this.neighbourOf(base);
    for (let attempt = 0; entity === undefined || this.names.has(identityOf(entity)); attempt++) {
      entity = attempt < 20 ? this.fresh() : this.fresh(`${attempt}`);
    }
    this.names.add(identityOf(entity));
    this.recent.push(entity);
    if (this.recent.length > 2000) this.recent.splice(0, 1000);
    return entity;
  }

  /** A new initiative; `suffix` makes its name unique when the vocabulary runs out in a small region. */
  private fresh(suffix?: string): Entity {
    const random = this.random;
    const region = random.weighted(REGIONS, (item) => item.share).region;
    const language = languageOf(region);
    const town = random.pick(townsOf(region));
    const network = NETWORKS.filter((item) => (language === 'de') === item.domain.endsWith('.de'));
    if (region !== 'uk' && region !== 'world' && random.chance(0.12) && network.length > 0) {
      return this.chapter(random.pick(network), town, region);
    }
    const type = random.pick(typesOf(language));
    const p = random.next();
    let distinct: string;
    let name: string;
    if (language === 'nl' && p < 0.1) {
      distinct = random
        .pick(DUTCH_SLOGANS)
        .replace('{area}', random.chance(0.2) ? 'Nederland' : random.pick(areasOf(town)));
      name = distinct;
    } else if (language === 'nl' && p < 0.25) {
      distinct = random.pick(areasOf(town));
      name = `${type.word} ${distinct}`;
    } else if (p < 0.33) {
      distinct = town.name;
      name = language === 'en' ? `${town.name} ${type.word}` : `${type.word} ${town.name}`;
    } else if (p < 0.43) {
      distinct = distinctName(random, language, true);
      name = distinct;
    } else {
      distinct = distinctName(random, language, false);
      name = language === 'en' ? `${distinct} ${type.word}` : `${type.word} ${distinct}`;
    }
    if (suffix !== undefined) {
      distinct = `${distinct} ${suffix}`;
      name = `${name} ${suffix}`;
    }
    return this.build({
      region,
      language,
      name,
      distinct,
      type,
      town,
      legalForm: type.legalForm,
    });
  }

  private chapter(network: Network, town: Town, region: Region): Entity {
    const language = languageOf(region);
    const type = {
      word: network.name,
      legalForm: network.legalForm,
      activities: typesOf(language)[0]!.activities,
    };
    let umbrella = this.umbrellas.get(network.name);
    if (network.sharesKvk && umbrella === undefined) {
      umbrella = String(this.random.int(10_000_000, 99_999_999));
      this.umbrellas.set(network.name, umbrella);
    }
    return this.build({
      region,
      language,
      name: `${network.name} ${town.name}`,
      distinct: town.name,
      type,
      town,
      legalForm: network.legalForm,
      network,
      ...(umbrella === undefined ? {} : { umbrellaKvk: umbrella }),
    });
  }

  /** The same name in another town of the region: a different initiative. */
  private sameNameElsewhere(base: Entity): Entity {
    const towns = townsOf(base.region).filter((town) => town.name !== base.town.name);
    const town = this.random.pick(towns);
    const name = base.name.includes(base.town.name)
      ? base.name.replace(base.town.name, town.name)
      : base.name;
    const distinct = base.distinct === base.town.name ? town.name : base.distinct;
    return this.build({ ...draftOf(base), name, distinct, town });
  }

  /** Another initiative in the same town whose name differs in one word. */
  private neighbourOf(base: Entity): Entity {
    const random = this.random;
    const types = typesOf(base.language);
    if (random.chance(0.5) && base.name.includes(base.type.word) && base.network === undefined) {
      const type = random.pick(types.filter((item) => item.word !== base.type.word));
      return this.build({
        ...draftOf(base),
        type,
        legalForm: type.legalForm,
        name: base.name.replace(base.type.word, type.word),
      });
    }
    const words = base.distinct.split(' ');
    const nouns =
      base.language === 'nl' ? DUTCH_NOUNS : base.language === 'de' ? GERMAN_NOUNS : ENGLISH_NOUNS;
    words[words.length - 1] = random.pick(nouns.filter((noun) => noun !== words[words.length - 1]));
    const distinct = words.join(' ');
    const name = base.name.includes(base.distinct)
      ? base.name.replace(base.distinct, distinct)
      : `${base.name} ${words.at(-1)}`;
    const { network: _network, umbrellaKvk: _umbrella, ...rest } = draftOf(base);
    return this.build({ ...rest, name, distinct });
  }

  private website(entity: Draft): string | undefined {
    const random = this.random;
    if (random.chance(0.25)) return undefined;
    const tld =
      entity.region === 'nl'
        ? 'nl'
        : entity.region === 'de'
          ? 'de'
          : entity.region === 'uk'
            ? 'org.uk'
            : 'org';
    const network = entity.network;
    const town = slug(entity.town.name);
    if (network !== undefined) {
      if (network.site === 'path') return `https://www.${network.domain}/${town}`;
      if (network.site === 'listing') return `https://www.${network.domain}/locatie/${slug(entity.name)}`;
      if (network.site === 'subdomain') return `https://${town}.${network.domain}`;
    }
    if (random.chance(0.12)) return `https://www.facebook.com/${slug(entity.name)}${random.int(1, 999)}`;
    const stem =
      random.chance(0.5) && entity.distinct !== entity.town.name ? slug(entity.distinct) : slug(entity.name);
    for (const candidate of [stem, `${stem}${town}`, `${stem}-${town}`]) {
      const domain = `${candidate}.${tld}`;
      if (!this.domains.has(domain)) {
        this.domains.add(domain);
        return `https://www.${domain}`;
      }
    }
    return `https://www.${stem}${this.counter}.${tld}`;
  }

  private build(draft: Draft): Entity {
    const random = this.random;
    this.counter++;
    const id = `e${this.counter}`;
    const lat = draft.town.lat + (random.next() - 0.5) * 0.05;
    const lon = draft.town.lon + (random.next() - 0.5) * 0.08;
    const website = this.website(draft);
    let identifier: Entity['identifier'];
    if (draft.umbrellaKvk !== undefined) {
      // Chapters of such a network are branches of one registered organisation: they have no KvK of their own.
    } else if (draft.region === 'nl' && draft.legalForm !== 'none' && random.chance(0.85)) {
      identifier = {
        scheme: 'NL-KVK',
        id: String(random.int(10_000_000, 99_999_999)),
      };
    } else if (draft.region === 'uk' && random.chance(0.7)) {
      identifier = {
        scheme: 'GB-CHC',
        id: String(random.int(200_000, 1_199_999)),
      };
    } else if (draft.town.country === 'US' && random.chance(0.6)) {
      identifier = {
        scheme: 'US-EIN',
        id: String(random.int(100_000_000, 999_999_999)),
      };
    }
    const postcode =
      draft.town.postcode === undefined
        ? undefined
        : draft.region === 'nl'
          ? `${Number(draft.town.postcode) + random.int(0, 9)} ${String.fromCharCode(65 + random.int(0, 25), 65 + random.int(0, 25))}`
          : draft.town.postcode;
    const acronym = acronymOf(draft.name);
    const founded = random.int(1985, 2025);
    return {
      ...draft,
      id,
      ...(acronym === undefined ? {} : { acronym }),
      lat,
      lon,
      ...(postcode === undefined ? {} : { postcode }),
      ...(website === undefined ? {} : { website }),
      ...(random.chance(0.3)
        ? {
            social: `https://www.facebook.com/${slug(draft.name)}.${slug(draft.town.name)}`,
          }
        : {}),
      ...(identifier === undefined ? {} : { identifier }),
      founded,
      facts: this.facts(draft, founded),
    };
  }

  private facts(draft: { language: Language; type: OrgType; network?: Network }, founded: number): string[] {
    const random = this.random;
    const facts = draft.network === undefined ? [] : [draft.network.boilerplate];
    const phrases = PHRASES[draft.language];
    facts.push(
      ...random.sample(phrases.intro, 2),
      ...random.sample(phrases.body, 4),
      random.pick(phrases.need),
    );
    const activity = random.pick(draft.type.activities);
    const activity2 = random.pick(draft.type.activities.filter((item) => item !== activity));
    const fill: Record<string, string> = {
      activity,
      activity2,
      group: random.pick(phrases.groups),
      day: random.pick(phrases.days),
      need: random.pick(phrases.needs),
      count: String(random.int(2, 60) * 50),
      year: String(founded),
    };
    return facts.map((fact) =>
      fact.replace(/\{(activity2|activity|group|day|need|count|year)\}/g, (_, key: string) => fill[key]!),
    );
  }
}
