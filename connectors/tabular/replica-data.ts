import { THEMES } from '../../schema/index.ts';
import { createRng, nameVariant, type World, type WorldInitiative } from '../replica/index.ts';

/** The columns of the municipality's list, in its order; two of them hold private persons' data. */
export const LIST_COLUMNS = [
  'Registratienummer',
  'Naam initiatief',
  'Organisatie',
  'KvK-nummer',
  'Straat',
  'Postcode',
  'Plaats',
  'Wijk',
  'Website',
  'E-mailadres',
  'Contactpersoon',
  'Telefoon contactpersoon',
  "Thema's",
  'Omschrijving',
  'Opgericht',
  'Laatst gewijzigd',
] as const;
export type ListColumn = (typeof LIST_COLUMNS)[number];

/** One row of the list: its values by column, dates as dates, and the world initiative behind it. */
export interface ListRow {
  readonly initiative: WorldInitiative;
  readonly values: Readonly<Record<ListColumn, string | number | Date | null>>;
}

const PEOPLE = [
  'Marieke Jansen',
  'Ahmed Yilmaz',
  'Joke de Boer',
  'Peter van Dijk',
  'Samira Haddou',
  'Kees Visser',
];

/** The registration number a municipality gave an initiative. */
export function registrationNumber(initiative: WorldInitiative): string {
  return `INI-${String(initiative.index + 1).padStart(5, '0')}`;
}

/**
 * The rows of the municipality's list of initiatives: every world initiative present on `csv`, written as
 * civil servants type them (postcodes without a space, websites without a scheme, KvK numbers with a
 * space), with a contact person and a mobile number per row.
 */
export function listRows(world: World): ListRow[] {
  return world.initiatives
    .filter((initiative) => initiative.presence.includes('csv'))
    .map((initiative) => {
      const rng = createRng(`${initiative.id}:csv`);
      const place = initiative.place;
      const domain = initiative.website
        ? new URL(initiative.website).hostname.replace(/^www\./, '')
        : undefined;
      const postcode =
        place.postcode && rng.chance(0.4) ? place.postcode.replace(' ', '').toLowerCase() : place.postcode;
      const kvk =
        initiative.kvk && rng.chance(0.3)
          ? `${initiative.kvk.slice(0, 4)} ${initiative.kvk.slice(4)}`
          : initiative.kvk;
      return {
        initiative,
        values: {
          Registratienummer: registrationNumber(initiative),
          'Naam initiatief': nameVariant(initiative, 'csv', createRng(`${initiative.id}:csv:name`)),
          Organisatie: initiative.legalName ?? null,
          'KvK-nummer': kvk ?? null,
          Straat: place.address ?? null,
          Postcode: postcode ?? null,
          Plaats: place.locality,
          Wijk: place.area ?? null,
          Website:
            initiative.website && rng.chance(0.3)
              ? initiative.website.replace(/^https:\/\//, '')
              : (initiative.website ?? null),
          'E-mailadres':
            domain && rng.chance(0.7)
              ? `info@${domain}`
              : `${rng.pick(PEOPLE).split(' ')[0]?.toLowerCase()}${rng.int(1, 99)}@hotmail.com`,
          Contactpersoon: rng.pick(PEOPLE),
          'Telefoon contactpersoon': `06-${rng.int(10_000_000, 99_999_999)}`,
          "Thema's": initiative.themes
            .map((code) => THEMES.find((theme) => theme.code === code)?.nl)
            .filter(Boolean)
            .join('; '),
          Omschrijving: initiative.description,
          Opgericht: new Date(`${initiative.foundedOn}T00:00:00Z`),
          'Laatst gewijzigd': new Date(initiative.updatedAt),
        },
      };
    });
}
