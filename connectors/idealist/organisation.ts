import {
  detectInitiativeKind,
  detectLegalForm,
  type InitiativeProfile,
  type InitiatorType,
  type Location,
  normalizeLocation,
} from '../../schema/index.ts';
import { guessLanguage, normalizeUrls, usEin, normalizeUrl, uniqueIds } from '../sdk/index.ts';
import { labelsOf, themesOf } from './labels.ts';
import type { IdealistAddress, IdealistOrg } from './raw.ts';

/** Idealist's organisation types and who, in the hub's terms, started such an initiative. */
const INITIATOR_TYPES: Readonly<Record<string, InitiatorType>> = {
  NONPROFIT: 'civil-society',
  GOVERNMENT: 'government',
  SOCIAL_ENTERPRISE: 'social-entrepreneur',
  COMMUNITY_GROUP: 'residents',
};

/**
 * The organisation behind a listing as an initiative profile: its name, its Idealist page (in every language
 * Idealist has it) as links, its EIN when it is a US 501(c)(3) or gives a nine-digit government id, its areas
 * of focus as categories and themes, its address, logo and type. Idealist has no organisation website in the
 * Listings API; entity resolution works from the name, the EIN and the place.
 */
export function organisationProfile(org: IdealistOrg, listingAreas: readonly string[]): InitiativeProfile {
  const name = org.name.trim();
  const areas = org.areasOfFocus?.length ? org.areasOfFocus : listingAreas;
  const themes = themesOf(areas);
  const categories = labelsOf(areas);
  const socialEnterprise = org.isSocialEnterprise === true || org.orgType === 'SOCIAL_ENTERPRISE';
  const kind = socialEnterprise ? 'social-enterprise' : detectInitiativeKind(name);
  const identifiers = uniqueIds([usGovernmentId(org)]);
  const links = normalizeUrls([org.url?.en, org.url?.es, org.url?.pt]);
  return {
    name,
    links: links.length > 0 ? links : undefined,
    identifiers: identifiers.length > 0 ? identifiers : undefined,
    // "Inc." names US nonprofit corporations as much as companies, so a nonprofit's suffix says nothing.
    legalForm: org.orgType === 'NONPROFIT' || org.is501c3 ? undefined : detectLegalForm(name),
    kind,
    initiatorType: org.orgType ? INITIATOR_TYPES[org.orgType] : undefined,
    themes: themes.length > 0 ? themes : undefined,
    categories: categories.length > 0 ? categories : undefined,
    location: idealistLocation(org.address),
    imageUrl: normalizeUrl(org.logo),
    language: org.locale ? org.locale.slice(0, 2).toLowerCase() : guessLanguage(name, 'en'),
    derived: kind && !socialEnterprise ? ['kind'] : undefined,
  };
}

/** An Idealist address as a canonical location; the street only when Idealist shows more than the city. */
export function idealistLocation(address: IdealistAddress | null | undefined): Location | undefined {
  if (!address) return undefined;
  return normalizeLocation({
    address: address.cityOnly ? undefined : [address.line1, address.line2].filter(Boolean).join(', '),
    postcode: address.cityOnly ? undefined : address.zipcode,
    locality: address.city,
    region: address.state ?? address.stateCode,
    country: address.country,
    lat: address.latitude,
    lon: address.longitude,
  });
}

/** The EIN of a US organisation: its government id when that has the nine digits of one. */
function usGovernmentId(org: IdealistOrg) {
  const country = org.address?.country?.toUpperCase();
  if (country && country !== 'US') return undefined;
  return usEin(org.governmentId);
}
