/**
 * Places: Dutch provinces and municipalities (CBS codes), PC4 postcode ranges, German cities,
 * country names, and the normalisation of locations that every connector's mapping uses.
 * Exports here are public API.
 */
export { COUNTRIES, type Country, countryCode } from './countries.ts';
export {
  DEFAULT_MAX_CENTROID_KM,
  type DeriveMunicipalityOptions,
  deriveMunicipality,
} from './derive-municipality.ts';
export { haversineKm, type LatLon, nearest } from './geo.ts';
export { GERMAN_CITIES, type GermanCity, germanCityByName } from './german-cities.ts';
export {
  type Municipality,
  municipalityByCode,
  municipalityByName,
  NL_MUNICIPALITIES,
} from './municipalities.ts';
export { type LocationInput, normalizeLocation } from './normalize-location.ts';
export { normalizePostcode } from './postcode.ts';
export {
  municipalityForPostcode,
  NL_POSTCODE_RANGES,
  type PostcodeRange,
  postcodeRangesOf,
} from './postcodes.ts';
export { NL_PROVINCES, type Province, provinceByCode } from './provinces.ts';
