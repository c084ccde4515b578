import type { WorldLanguage } from './types.ts';

/** Cities outside NL and DE where world initiatives live, with their language. */
export const INTERNATIONAL: readonly {
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
