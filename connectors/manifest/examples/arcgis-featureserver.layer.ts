import { THEMES } from '../../../schema/index.ts';
import { hashSeed, type World, type WorldInitiative } from '../../replica/index.ts';

/** One feature of the replica's layer, as ArcGIS serves it with `outSR=4326`. */
export interface ArcgisFeature {
  readonly attributes: Record<string, string | number | null>;
  /** WGS84: x is the longitude, y the latitude. */
  readonly geometry: { x: number; y: number };
  /** The world initiative behind the feature, for tests; never served. */
  readonly worldId: string;
}

/** The fields of the layer, as the layer's `fields` list describes them. */
export const LAYER_FIELDS = [
  { name: 'OBJECTID', type: 'esriFieldTypeOID', alias: 'OBJECTID' },
  { name: 'GlobalID', type: 'esriFieldTypeGlobalID', alias: 'GlobalID', length: 38 },
  { name: 'NAAM', type: 'esriFieldTypeString', alias: 'Naam', length: 255 },
  { name: 'ORGANISATIE', type: 'esriFieldTypeString', alias: 'Organisatie', length: 255 },
  { name: 'OMSCHRIJVING', type: 'esriFieldTypeString', alias: 'Omschrijving', length: 4000 },
  { name: 'THEMA', type: 'esriFieldTypeString', alias: 'Thema', length: 255 },
  { name: 'STATUS', type: 'esriFieldTypeString', alias: 'Status', length: 50 },
  { name: 'STARTDATUM', type: 'esriFieldTypeDate', alias: 'Startdatum', length: 8 },
  { name: 'KVK_NUMMER', type: 'esriFieldTypeString', alias: 'KvK-nummer', length: 8 },
  { name: 'WEBSITE', type: 'esriFieldTypeString', alias: 'Website', length: 255 },
  { name: 'EMAIL', type: 'esriFieldTypeString', alias: 'E-mail', length: 255 },
  { name: 'ADRES', type: 'esriFieldTypeString', alias: 'Adres', length: 255 },
  { name: 'POSTCODE', type: 'esriFieldTypeString', alias: 'Postcode', length: 7 },
  { name: 'PLAATS', type: 'esriFieldTypeString', alias: 'Plaats', length: 100 },
  { name: 'MEER_INFO', type: 'esriFieldTypeString', alias: 'Meer informatie', length: 255 },
  { name: 'CreationDate', type: 'esriFieldTypeDate', alias: 'CreationDate', length: 8 },
  { name: 'EditDate', type: 'esriFieldTypeDate', alias: 'EditDate', length: 8 },
] as const;

const DAY_MS = 86_400_000;

/** A GUID in ArcGIS's written form, `{XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX}`, derived from the world id. */
function globalId(id: string): string {
  const hex = [0, 1, 2, 3]
    .map((i) => hashSeed(`${id}:${i}`).toString(16).padStart(8, '0'))
    .join('')
    .toUpperCase();
  return `{${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}}`;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The Dutch labels of an initiative's themes, as a municipality writes them in a THEMA field. */
export function themaOf(initiative: WorldInitiative): string {
  return initiative.themes
    .map((code) => capitalise(THEMES.find((theme) => theme.code === code)?.nl ?? code))
    .join('; ');
}

/** Writes real data's variety: postcodes and websites are not always typed the same way. */
function feature(initiative: WorldInitiative, objectId: number, referenceMs: number): ArcgisFeature {
  const place = initiative.place;
  const varied = objectId % 3 === 0;
  const domain = initiative.website?.replace(/^https?:\/\//, '');
  const founded = Date.parse(`${initiative.foundedOn}T00:00:00Z`);
  const edited = Date.parse(initiative.updatedAt);
  return {
    worldId: initiative.id,
    attributes: {
      OBJECTID: objectId,
      GlobalID: globalId(initiative.id),
      NAAM: initiative.name,
      ORGANISATIE: initiative.legalName ?? null,
      OMSCHRIJVING: `<p>${initiative.summary}</p><p>${initiative.description.replace(/&/g, '&amp;')}</p>`,
      THEMA: themaOf(initiative),
      STATUS: referenceMs - founded < 365 * DAY_MS ? 'In oprichting' : 'Actief',
      STARTDATUM: founded,
      KVK_NUMMER: initiative.kvk ?? null,
      WEBSITE: domain ? (varied ? domain : `https://${domain}`) : null,
      EMAIL: domain ? `info@${domain.replace(/^www\./, '')}` : null,
      ADRES: place.address ?? null,
      POSTCODE: place.postcode
        ? varied
          ? place.postcode.replace(' ', '').toLowerCase()
          : place.postcode
        : null,
      PLAATS: place.locality,
      MEER_INFO: `https://initiatievenkaart.example.nl/initiatief/${objectId}`,
      CreationDate: Math.min(edited, founded + 30 * DAY_MS),
      EditDate: edited,
    },
    geometry: { x: place.lon, y: place.lat },
  };
}

/**
 * The features of the replica's layer: every Dutch initiative of the world, in world order, as a
 * municipality's map of initiatives holds them. Tests may edit the returned features (a new `EditDate`,
 * another `NAAM`) to simulate edits on the map between two harvests.
 */
export function arcgisLayer(world: World): ArcgisFeature[] {
  const referenceMs = Date.parse(world.referenceDate);
  return world.initiatives
    .filter((initiative) => initiative.place.country === 'NL')
    .map((initiative, index) => feature(initiative, index + 1, referenceMs));
}
