import { foldLabel } from '../taxonomy/term.ts';

/**
 * Larger German cities with their federal state and approximate centre, for normalising German
 * records and for placing generated initiatives. Postcode ranges are the span of the city's
 * five-digit PLZ and are approximate: not every number in a span is assigned.
 */
export interface GermanCity {
  readonly name: string;
  /** Federal state (Bundesland) name. */
  readonly state: string;
  /** ISO 3166-2 code of the state, e.g. `DE-BY`. */
  readonly stateCode: string;
  readonly lat: number;
  readonly lon: number;
  /** First and last PLZ of the city. */
  readonly postcodes: readonly [string, string];
  /** English or older names ("Munich", "Cologne"). */
  readonly aliases?: readonly string[];
}

/** About thirty of Germany's largest cities, largest first. */
export const GERMAN_CITIES: readonly GermanCity[] = [
  {
    name: 'Berlin',
    state: 'Berlin',
    stateCode: 'DE-BE',
    lat: 52.52,
    lon: 13.405,
    postcodes: ['10115', '14199'],
  },
  {
    name: 'Hamburg',
    state: 'Hamburg',
    stateCode: 'DE-HH',
    lat: 53.551,
    lon: 9.994,
    postcodes: ['20095', '22769'],
  },
  {
    name: 'München',
    state: 'Bayern',
    stateCode: 'DE-BY',
    lat: 48.137,
    lon: 11.575,
    postcodes: ['80331', '81929'],
    aliases: ['Munich', 'Muenchen'],
  },
  {
    name: 'Köln',
    state: 'Nordrhein-Westfalen',
    stateCode: 'DE-NW',
    lat: 50.938,
    lon: 6.96,
    postcodes: ['50667', '51149'],
    aliases: ['Cologne', 'Koeln'],
  },
  {
    name: 'Frankfurt am Main',
    state: 'Hessen',
    stateCode: 'DE-HE',
    lat: 50.11,
    lon: 8.682,
    postcodes: ['60306', '60599'],
    aliases: ['Frankfurt'],
  },
  {
    name: 'Stuttgart',
    state: 'Baden-Württemberg',
    stateCode: 'DE-BW',
    lat: 48.776,
    lon: 9.183,
    postcodes: ['70173', '70629'],
  },
  {
    name: 'Düsseldorf',
    state: 'Nordrhein-Westfalen',
    stateCode: 'DE-NW',
    lat: 51.227,
    lon: 6.774,
    postcodes: ['40210', '40629'],
  },
  {
    name: 'Leipzig',
    state: 'Sachsen',
    stateCode: 'DE-SN',
    lat: 51.34,
    lon: 12.375,
    postcodes: ['04103', '04357'],
  },
  {
    name: 'Dortmund',
    state: 'Nordrhein-Westfalen',
    stateCode: 'DE-NW',
    lat: 51.514,
    lon: 7.468,
    postcodes: ['44135', '44388'],
  },
  {
    name: 'Essen',
    state: 'Nordrhein-Westfalen',
    stateCode: 'DE-NW',
    lat: 51.456,
    lon: 7.012,
    postcodes: ['45127', '45359'],
  },
  {
    name: 'Bremen',
    state: 'Bremen',
    stateCode: 'DE-HB',
    lat: 53.079,
    lon: 8.802,
    postcodes: ['28195', '28779'],
  },
  {
    name: 'Dresden',
    state: 'Sachsen',
    stateCode: 'DE-SN',
    lat: 51.05,
    lon: 13.738,
    postcodes: ['01067', '01328'],
  },
  {
    name: 'Hannover',
    state: 'Niedersachsen',
    stateCode: 'DE-NI',
    lat: 52.376,
    lon: 9.732,
    postcodes: ['30159', '30669'],
    aliases: ['Hanover'],
  },
  {
    name: 'Nürnberg',
    state: 'Bayern',
    stateCode: 'DE-BY',
    lat: 49.452,
    lon: 11.077,
    postcodes: ['90402', '90491'],
    aliases: ['Nuremberg', 'Nuernberg'],
  },
  {
    name: 'Duisburg',
    state: 'Nordrhein-Westfalen',
    stateCode: 'DE-NW',
    lat: 51.435,
    lon: 6.763,
    postcodes: ['47051', '47279'],
  },
  {
    name: 'Bochum',
    state: 'Nordrhein-Westfalen',
    stateCode: 'DE-NW',
    lat: 51.482,
    lon: 7.216,
    postcodes: ['44787', '44894'],
  },
  {
    name: 'Wuppertal',
    state: 'Nordrhein-Westfalen',
    stateCode: 'DE-NW',
    lat: 51.257,
    lon: 7.15,
    postcodes: ['42103', '42399'],
  },
  {
    name: 'Bielefeld',
    state: 'Nordrhein-Westfalen',
    stateCode: 'DE-NW',
    lat: 52.021,
    lon: 8.532,
    postcodes: ['33602', '33739'],
  },
  {
    name: 'Bonn',
    state: 'Nordrhein-Westfalen',
    stateCode: 'DE-NW',
    lat: 50.737,
    lon: 7.098,
    postcodes: ['53111', '53229'],
  },
  {
    name: 'Münster',
    state: 'Nordrhein-Westfalen',
    stateCode: 'DE-NW',
    lat: 51.961,
    lon: 7.626,
    postcodes: ['48143', '48167'],
  },
  {
    name: 'Mannheim',
    state: 'Baden-Württemberg',
    stateCode: 'DE-BW',
    lat: 49.487,
    lon: 8.466,
    postcodes: ['68159', '68309'],
  },
  {
    name: 'Karlsruhe',
    state: 'Baden-Württemberg',
    stateCode: 'DE-BW',
    lat: 49.007,
    lon: 8.404,
    postcodes: ['76131', '76229'],
  },
  {
    name: 'Augsburg',
    state: 'Bayern',
    stateCode: 'DE-BY',
    lat: 48.371,
    lon: 10.898,
    postcodes: ['86150', '86199'],
  },
  {
    name: 'Wiesbaden',
    state: 'Hessen',
    stateCode: 'DE-HE',
    lat: 50.078,
    lon: 8.24,
    postcodes: ['65183', '65207'],
  },
  {
    name: 'Freiburg im Breisgau',
    state: 'Baden-Württemberg',
    stateCode: 'DE-BW',
    lat: 47.999,
    lon: 7.842,
    postcodes: ['79098', '79117'],
    aliases: ['Freiburg'],
  },
  {
    name: 'Kiel',
    state: 'Schleswig-Holstein',
    stateCode: 'DE-SH',
    lat: 54.323,
    lon: 10.123,
    postcodes: ['24103', '24159'],
  },
  {
    name: 'Rostock',
    state: 'Mecklenburg-Vorpommern',
    stateCode: 'DE-MV',
    lat: 54.092,
    lon: 12.099,
    postcodes: ['18055', '18147'],
  },
  {
    name: 'Mainz',
    state: 'Rheinland-Pfalz',
    stateCode: 'DE-RP',
    lat: 49.993,
    lon: 8.247,
    postcodes: ['55116', '55131'],
  },
  {
    name: 'Erfurt',
    state: 'Thüringen',
    stateCode: 'DE-TH',
    lat: 50.978,
    lon: 11.029,
    postcodes: ['99084', '99099'],
  },
  {
    name: 'Magdeburg',
    state: 'Sachsen-Anhalt',
    stateCode: 'DE-ST',
    lat: 52.121,
    lon: 11.628,
    postcodes: ['39104', '39130'],
  },
  {
    name: 'Halle (Saale)',
    state: 'Sachsen-Anhalt',
    stateCode: 'DE-ST',
    lat: 51.483,
    lon: 11.97,
    postcodes: ['06108', '06132'],
    aliases: ['Halle'],
  },
  {
    name: 'Potsdam',
    state: 'Brandenburg',
    stateCode: 'DE-BB',
    lat: 52.391,
    lon: 13.065,
    postcodes: ['14467', '14482'],
  },
  {
    name: 'Saarbrücken',
    state: 'Saarland',
    stateCode: 'DE-SL',
    lat: 49.24,
    lon: 6.997,
    postcodes: ['66111', '66133'],
  },
  {
    name: 'Göttingen',
    state: 'Niedersachsen',
    stateCode: 'DE-NI',
    lat: 51.541,
    lon: 9.916,
    postcodes: ['37073', '37085'],
  },
  {
    name: 'Heidelberg',
    state: 'Baden-Württemberg',
    stateCode: 'DE-BW',
    lat: 49.399,
    lon: 8.672,
    postcodes: ['69115', '69126'],
  },
  {
    name: 'Regensburg',
    state: 'Bayern',
    stateCode: 'DE-BY',
    lat: 49.013,
    lon: 12.101,
    postcodes: ['93047', '93059'],
  },
];

const BY_NAME = new Map<string, GermanCity>();
for (const city of GERMAN_CITIES) {
  for (const name of [city.name, ...(city.aliases ?? [])]) BY_NAME.set(foldLabel(name), city);
}

/** Looks a German city up by name or alias ("München", "Munich", "Muenchen"); undefined when unknown. */
export function germanCityByName(name: string): GermanCity | undefined {
  return BY_NAME.get(foldLabel(name));
}
