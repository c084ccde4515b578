import {
  DEFAULT_MAX_CENTROID_KM,
  GERMAN_CITIES,
  type GermanCity,
  haversineKm,
  type Municipality,
  NL_MUNICIPALITIES,
  postcodeRangesOf,
  provinceByCode,
} from '../../../schema/index.ts';
import type { Rng } from './rng.ts';
import type { WorldLanguage, WorldPlace } from './types.ts';

/** Neighbourhoods of the larger Dutch towns, used in names such as "Buurtkracht Lombok". */
const NL_AREAS: Readonly<Record<string, readonly string[]>> = {
  GM0363: [
    'De Pijp',
    'Jordaan',
    'Bijlmer',
    'Oosterparkbuurt',
    'Indische Buurt',
    'Slotervaart',
    'Watergraafsmeer',
    'Osdorp',
    'Spaarndammerbuurt',
    'Dapperbuurt',
    'Kolenkit',
    'Vogelbuurt',
    'Tuindorp Oostzaan',
    'Geuzenveld',
    'Rivierenbuurt',
  ],
  GM0599: [
    'Delfshaven',
    'Feijenoord',
    'Kralingen',
    'Crooswijk',
    'Charlois',
    'Afrikaanderwijk',
    'Bloemhof',
    'Spangen',
    'Ommoord',
    'Tarwewijk',
    'Oude Noorden',
    'Hillesluis',
    'Lombardijen',
    'Prins Alexander',
  ],
  GM0518: [
    'Schilderswijk',
    'Transvaal',
    'Duinoord',
    'Moerwijk',
    'Laak',
    'Scheveningen',
    'Bouwlust',
    'Regentessekwartier',
  ],
  GM0344: [
    'Lombok',
    'Oog in Al',
    'Overvecht',
    'Kanaleneiland',
    'Zuilen',
    'Wittevrouwen',
    'Leidsche Rijn',
    'Ondiep',
    'Hoograven',
  ],
  GM0772: ['Woensel', 'Strijp', 'Gestel', 'Stratum', 'Tongelre'],
  GM0014: ['Oosterpoort', 'Vinkhuizen', 'Selwerd', 'Paddepoel', 'Beijum', 'De Hoogte'],
  GM0268: ['Bottendaal', 'Hatert', 'Lindenholt', 'Dukenburg'],
  GM0202: ['Klarendal', 'Presikhaaf', 'Malburgen', 'Spijkerkwartier'],
  GM0855: ['Reeshof', 'Groenewoud', 'Oud-Noord'],
  GM0546: ['Noorderhof', 'Merenwijk', 'Stevenshof'],
  GM0392: ['Schalkwijk', 'Kleverpark', 'Garenkokerskwartier'],
  GM0080: ['Heechterp', 'Vrijheidswijk', 'Bilgaard'],
  GM0193: ['Holtenbroek', 'Stadshagen', 'Assendorp'],
  GM0935: ['Malberg', 'Wyck', 'Caberg'],
};

/** Districts (Kieze) of the larger German cities. */
const DE_AREAS: Readonly<Record<string, readonly string[]>> = {
  Berlin: [
    'Moabit',
    'Neukölln',
    'Wedding',
    'Kreuzberg',
    'Friedrichshain',
    'Prenzlauer Berg',
    'Marzahn',
    'Lichtenberg',
    'Schöneberg',
    'Spandau',
    'Pankow',
    'Reinickendorf',
    'Steglitz',
    'Tempelhof',
    'Treptow',
    'Köpenick',
    'Hellersdorf',
    'Charlottenburg',
    'Wilmersdorf',
    'Gesundbrunnen',
    'Weißensee',
    'Britz',
    'Gropiusstadt',
  ],
  Hamburg: [
    'Altona',
    'St. Pauli',
    'Wilhelmsburg',
    'Ottensen',
    'Barmbek',
    'Eimsbüttel',
    'Harburg',
    'Veddel',
    'Billstedt',
    'Winterhude',
    'Bergedorf',
    'Steilshoop',
  ],
  München: [
    'Giesing',
    'Schwabing',
    'Sendling',
    'Haidhausen',
    'Neuperlach',
    'Hasenbergl',
    'Milbertshofen',
    'Pasing',
    'Moosach',
    'Laim',
  ],
  Köln: ['Ehrenfeld', 'Nippes', 'Kalk', 'Mülheim', 'Chorweiler', 'Deutz', 'Sülz', 'Porz', 'Bickendorf'],
  Leipzig: [
    'Connewitz',
    'Plagwitz',
    'Lindenau',
    'Grünau',
    'Gohlis',
    'Reudnitz',
    'Volkmarsdorf',
    'Schönefeld',
    'Paunsdorf',
  ],
  'Frankfurt am Main': ['Bockenheim', 'Gallus', 'Sachsenhausen', 'Nordend', 'Griesheim'],
  Dresden: ['Neustadt', 'Pieschen', 'Gorbitz', 'Prohlis', 'Johannstadt'],
  Stuttgart: ['Bad Cannstatt', 'Feuerbach', 'Zuffenhausen'],
  Düsseldorf: ['Bilk', 'Flingern', 'Oberbilk', 'Garath'],
  Bremen: ['Gröpelingen', 'Vegesack', 'Tenever'],
  Hannover: ['Linden', 'List', 'Vahrenheide', 'Sahlkamp'],
  Nürnberg: ['Gostenhof', 'St. Leonhard', 'Langwasser'],
};

/** Cities outside NL and DE where world initiatives live, with their language. */
const INTERNATIONAL: readonly {
  country: string;
  language: WorldLanguage;
  region: string;
  cities: readonly { name: string; lat: number; lon: number; areas: readonly string[] }[];
}[] = [
  {
    country: 'BE',
    language: 'nl',
    region: 'Vlaanderen',
    cities: [
      {
        name: 'Antwerpen',
        lat: 51.219,
        lon: 4.402,
        areas: ['Borgerhout', 'Deurne', 'Berchem', 'Kiel', 'Linkeroever', 'Merksem'],
      },
      {
        name: 'Gent',
        lat: 51.054,
        lon: 3.725,
        areas: ['Brugse Poort', 'Ledeberg', 'Rabot', 'Sluizeken', 'Nieuw Gent'],
      },
      { name: 'Leuven', lat: 50.879, lon: 4.7, areas: ['Kessel-Lo', 'Heverlee', 'Wilsele'] },
    ],
  },
  {
    country: 'AT',
    language: 'de',
    region: 'Österreich',
    cities: [
      {
        name: 'Wien',
        lat: 48.208,
        lon: 16.373,
        areas: ['Ottakring', 'Favoriten', 'Leopoldstadt', 'Simmering', 'Meidling', 'Brigittenau'],
      },
      { name: 'Graz', lat: 47.071, lon: 15.439, areas: ['Gries', 'Lend', 'Jakomini'] },
      { name: 'Linz', lat: 48.306, lon: 14.286, areas: ['Urfahr', 'Auwiesen', 'Franckviertel'] },
    ],
  },
  {
    country: 'CH',
    language: 'de',
    region: 'Schweiz',
    cities: [
      {
        name: 'Zürich',
        lat: 47.377,
        lon: 8.54,
        areas: ['Wiedikon', 'Altstetten', 'Oerlikon', 'Schwamendingen'],
      },
      { name: 'Basel', lat: 47.559, lon: 7.589, areas: ['Kleinbasel', 'St. Johann', 'Gundeldingen'] },
      { name: 'Bern', lat: 46.948, lon: 7.447, areas: ['Bümpliz', 'Lorraine', 'Breitenrain'] },
    ],
  },
  {
    country: 'GB',
    language: 'en',
    region: 'England',
    cities: [
      {
        name: 'London',
        lat: 51.507,
        lon: -0.128,
        areas: [
          'Hackney',
          'Brixton',
          'Peckham',
          'Camden',
          'Tower Hamlets',
          'Lewisham',
          'Tottenham',
          'Walthamstow',
          'Deptford',
          'Stratford',
        ],
      },
      {
        name: 'Manchester',
        lat: 53.48,
        lon: -2.242,
        areas: ['Moss Side', 'Hulme', 'Levenshulme', 'Longsight', 'Ancoats', 'Wythenshawe'],
      },
      {
        name: 'Bristol',
        lat: 51.454,
        lon: -2.588,
        areas: ['St Pauls', 'Easton', 'Bedminster', 'Southmead', 'Knowle West'],
      },
      {
        name: 'Leeds',
        lat: 53.801,
        lon: -1.549,
        areas: ['Harehills', 'Chapeltown', 'Beeston', 'Seacroft', 'Armley'],
      },
    ],
  },
  {
    country: 'US',
    language: 'en',
    region: 'United States',
    cities: [
      {
        name: 'New York',
        lat: 40.713,
        lon: -74.006,
        areas: ['Brooklyn', 'Bronx', 'Harlem', 'Queens', 'Bed-Stuy', 'Washington Heights'],
      },
      {
        name: 'Chicago',
        lat: 41.878,
        lon: -87.63,
        areas: ['Pilsen', 'Englewood', 'Humboldt Park', 'Woodlawn'],
      },
      { name: 'Oakland', lat: 37.804, lon: -122.271, areas: ['Fruitvale', 'West Oakland', 'Temescal'] },
      { name: 'Detroit', lat: 42.331, lon: -83.046, areas: ['Corktown', 'Brightmoor', 'Southwest Detroit'] },
    ],
  },
  {
    country: 'KE',
    language: 'en',
    region: 'Kenya',
    cities: [
      {
        name: 'Nairobi',
        lat: -1.292,
        lon: 36.822,
        areas: [
          'Kibera',
          'Mathare',
          'Kawangware',
          'Kangemi',
          'Eastleigh',
          'Dandora',
          'Korogocho',
          'Mukuru',
          'Kayole',
        ],
      },
      { name: 'Kisumu', lat: -0.092, lon: 34.768, areas: ['Nyalenda', 'Manyatta', 'Obunga', 'Kondele'] },
      { name: 'Mombasa', lat: -4.043, lon: 39.668, areas: ['Likoni', 'Bamburi', 'Kisauni', 'Changamwe'] },
    ],
  },
  {
    country: 'UG',
    language: 'en',
    region: 'Uganda',
    cities: [
      {
        name: 'Kampala',
        lat: 0.347,
        lon: 32.582,
        areas: ['Kawempe', 'Nakawa', 'Makindye', 'Rubaga', 'Kisenyi', 'Bwaise', 'Katanga'],
      },
      { name: 'Gulu', lat: 2.78, lon: 32.299, areas: ['Layibi', 'Bardege', 'Pece', 'Laroo'] },
    ],
  },
  {
    country: 'TZ',
    language: 'en',
    region: 'Tanzania',
    cities: [
      { name: 'Arusha', lat: -3.387, lon: 36.683, areas: ['Kaloleni', 'Sombetini', 'Ngarenaro', 'Themi'] },
      {
        name: 'Dar es Salaam',
        lat: -6.792,
        lon: 39.208,
        areas: ['Kinondoni', 'Temeke', 'Ilala', 'Mbagala', 'Tandale', 'Manzese'],
      },
    ],
  },
  {
    country: 'GH',
    language: 'en',
    region: 'Ghana',
    cities: [
      {
        name: 'Accra',
        lat: 5.604,
        lon: -0.187,
        areas: ['Jamestown', 'Nima', 'Chorkor', 'Madina', 'Ashaiman', 'Teshie', 'Labadi'],
      },
      { name: 'Tamale', lat: 9.401, lon: -0.839, areas: ['Lamashegu', 'Kalpohin', 'Vittin', 'Sagnarigu'] },
    ],
  },
  {
    country: 'NP',
    language: 'en',
    region: 'Nepal',
    cities: [
      {
        name: 'Kathmandu',
        lat: 27.717,
        lon: 85.324,
        areas: ['Kirtipur', 'Boudha', 'Kalanki', 'Balaju', 'Chabahil', 'Sankhu'],
      },
      { name: 'Pokhara', lat: 28.21, lon: 83.986, areas: ['Lekhnath', 'Sarangkot', 'Bagar', 'Hemja'] },
    ],
  },
];

/** The countries of the world and how often each occurs: mostly Dutch and German initiatives. */
export const COUNTRY_WEIGHTS: readonly (readonly [string, number])[] = [
  ['NL', 50],
  ['DE', 35],
  ...INTERNATIONAL.map(
    (entry) => [entry.country, entry.country === 'BE' || entry.country === 'GB' ? 3 : 1] as const,
  ),
];

/** The language initiatives of a country write in. */
export function languageOf(country: string): WorldLanguage {
  if (country === 'NL') return 'nl';
  if (country === 'DE') return 'de';
  return INTERNATIONAL.find((entry) => entry.country === country)?.language ?? 'en';
}

const STREETS: Readonly<Record<WorldLanguage, readonly string[]>> = {
  nl: [
    'Kerkstraat',
    'Dorpsstraat',
    'Molenweg',
    'Stationsweg',
    'Schoolstraat',
    'Julianalaan',
    'Wilhelminastraat',
    'Nieuwstraat',
    'Lindelaan',
    'Kastanjelaan',
    'Emmastraat',
    'Oranjestraat',
    'Parkweg',
    'Vondelstraat',
    'Havenstraat',
    'Beukenlaan',
    'Eikenlaan',
    'Burgemeesterstraat',
    'Tuinstraat',
    'Sportlaan',
    'Rozenstraat',
    'Bloemstraat',
  ],
  de: [
    'Hauptstraße',
    'Schulstraße',
    'Gartenstraße',
    'Bahnhofstraße',
    'Dorfstraße',
    'Bergstraße',
    'Lindenstraße',
    'Kirchstraße',
    'Goethestraße',
    'Schillerstraße',
    'Mühlenweg',
    'Rosenstraße',
    'Birkenweg',
    'Parkstraße',
    'Eichendorffstraße',
    'Lessingstraße',
    'Ahornweg',
    'Marktplatz',
    'Friedhofstraße',
    'Wiesenweg',
    'Feldstraße',
  ],
  en: [
    'High Street',
    'Station Road',
    'Church Lane',
    'Park Road',
    'Victoria Road',
    'Mill Lane',
    'Green Lane',
    'Main Street',
  ],
};

/** A street name in the language, for names such as "Buurttuin Lindelaan". */
export function streetName(rng: Rng, language: WorldLanguage): string {
  return rng.pick(STREETS[language]);
}

/** Letters Dutch postcodes use (PostNL leaves out F, I, O, Q, U and Y). */
const POSTCODE_LETTERS = 'ABCDEGHJKLMNPRSTVWXZ';

/** Chooses a real place for an initiative of `country`, with a postcode in range and jittered coordinates. */
export function pickPlace(rng: Rng, country: string): WorldPlace {
  if (country === 'NL') return dutchPlace(rng);
  if (country === 'DE') return germanPlace(rng);
  const entry = INTERNATIONAL.find((candidate) => candidate.country === country);
  if (!entry) throw new Error(`the world has no places in ${country}`);
  const city = rng.pick(entry.cities);
  const point = jitter(rng, city, 3);
  return {
    country,
    locality: city.name,
    area: rng.pick(city.areas),
    region: entry.region,
    address: rng.chance(0.5) ? streetAddress(rng, entry.language) : undefined,
    ...point,
  };
}

function municipalityWeight(municipality: Municipality): number {
  if (['GM0363', 'GM0599'].includes(municipality.code)) return 8;
  if (['GM0518', 'GM0344'].includes(municipality.code)) return 6;
  return postcodeRangesOf(municipality.code).length > 0 ? 2 : 1;
}

const WEIGHTED_MUNICIPALITIES = NL_MUNICIPALITIES.map((m) => [m, municipalityWeight(m)] as const);

function dutchPlace(rng: Rng): WorldPlace {
  const municipality = rng.weighted(WEIGHTED_MUNICIPALITIES);
  const ranges = postcodeRangesOf(municipality.code);
  let postcode: string | undefined;
  if (ranges.length > 0) {
    const range = rng.pick(ranges);
    let letters = '';
    do letters = rng.pick([...POSTCODE_LETTERS]) + rng.pick([...POSTCODE_LETTERS]);
    while (letters === 'SA' || letters === 'SD' || letters === 'SS');
    postcode = `${rng.int(range.from, range.to)} ${letters}`;
  }
  const areas = NL_AREAS[municipality.code];
  return {
    country: 'NL',
    locality: townOf(municipality),
    area: areas ? rng.pick(areas) : undefined,
    municipality: { code: municipality.code, name: municipality.name },
    region: provinceByCode(municipality.province)?.name,
    postcode,
    address: postcode && rng.chance(0.7) ? streetAddress(rng, 'nl') : undefined,
    ...dutchPoint(rng, municipality),
  };
}

/** The town people write as locality: the main town of a merged municipality, "Den Haag" for 's-Gravenhage. */
function townOf(municipality: Municipality): string {
  const town = municipality.aliases?.find((alias) => !alias.includes('('));
  return town ?? municipality.name;
}

/** How far a Dutch initiative may lie from its municipality's centroid. */
const DUTCH_JITTER_KM = 1.5;

/**
 * Municipalities whose centroid is close enough to take a jittered point away from this one:
 * a point within r of its own centroid can only be nearer to a centroid less than 2r away.
 */
const RIVALS = new Map<string, readonly Municipality[]>(
  NL_MUNICIPALITIES.map((m) => [
    m.code,
    NL_MUNICIPALITIES.filter((other) => other !== m && haversineKm(m, other) < 2 * DUTCH_JITTER_KM),
  ]),
);

/** A point near the municipality's centroid that the nearest-centroid lookup still attributes to it. */
function dutchPoint(rng: Rng, municipality: Municipality): { lat: number; lon: number } {
  const rivals = RIVALS.get(municipality.code) ?? [];
  for (let attempt = 0; attempt < 4; attempt++) {
    const point = jitter(rng, municipality, DUTCH_JITTER_KM);
    const own = haversineKm(point, municipality);
    if (own <= DEFAULT_MAX_CENTROID_KM && rivals.every((rival) => haversineKm(point, rival) > own))
      return point;
  }
  return { lat: municipality.lat, lon: municipality.lon };
}

/** German cities weighted roughly by size: Berlin most, then Hamburg and München, then the next five. */
const WEIGHTED_CITIES = GERMAN_CITIES.map((c, i) => [c, i === 0 ? 6 : i < 3 ? 3 : i < 8 ? 2 : 1] as const);

function germanPlace(rng: Rng): WorldPlace {
  const city: GermanCity = rng.weighted(WEIGHTED_CITIES);
  const [first, last] = city.postcodes.map(Number) as [number, number];
  const areas = DE_AREAS[city.name];
  return {
    country: 'DE',
    locality: city.name,
    area: areas ? rng.pick(areas) : undefined,
    region: city.state,
    postcode: String(rng.int(first, last)).padStart(5, '0'),
    address: rng.chance(0.7) ? streetAddress(rng, 'de') : undefined,
    ...jitter(rng, city, 4),
  };
}

function streetAddress(rng: Rng, language: WorldLanguage): string {
  const street = streetName(rng, language);
  const number = rng.int(1, 180);
  return language === 'en' ? `${number} ${street}` : `${street} ${number}`;
}

/** A point within `km` of the centre, uniform over the disc, rounded to 5 decimals (about a metre). */
function jitter(rng: Rng, centre: { lat: number; lon: number }, km: number): { lat: number; lon: number } {
  const distance = km * Math.sqrt(rng.next());
  const angle = rng.next() * 2 * Math.PI;
  const dLat = (distance * Math.cos(angle)) / 111.32;
  const dLon = (distance * Math.sin(angle)) / (111.32 * Math.cos((centre.lat * Math.PI) / 180));
  return { lat: round5(centre.lat + dLat), lon: round5(centre.lon + dLon) };
}

function round5(value: number): number {
  return Math.round(value * 1e5) / 1e5;
}
