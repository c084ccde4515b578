import {
  detectInitiativeKind,
  detectLegalForm,
  foldLabel,
  type InitiativeProfile,
  type Location,
  normalizeLocation,
} from '../../schema/index.ts';
import {
  guessLanguage,
  htmlToText,
  normalizeUrl,
  splitWebsiteAndProfiles,
  uniqueIds,
  usEin,
} from '../sdk/index.ts';
import type { GlobalGivingOrganization, GlobalGivingTheme } from './raw.ts';
import { themesOf } from './themes.ts';

/**
 * A GlobalGiving organisation as an initiative profile: name, mission, own website (or profile link), logo, address, EIN
 * (US organisations only), themes with their GlobalGiving labels, and `international` scope when it works
 * in a country other than its own. `extraThemes` adds the themes of a project it runs. GlobalGiving texts
 * are English; the language is still guessed from the mission, since some are written in another.
 */
export function organisationProfile(
  organisation: GlobalGivingOrganization,
  extraThemes: readonly GlobalGivingTheme[] = [],
): InitiativeProfile {
  const name = htmlToText(organisation.name) ?? organisation.name;
  const description = htmlToText(organisation.mission);
  const themes = uniqueThemes([...(organisation.themes?.theme ?? []), ...extraThemes]);
  const location = locationOf(organisation);
  const kind = detectInitiativeKind(name);
  const identifiers = location?.country === 'US' ? uniqueIds([usEin(organisation.ein)]) : [];
  // Some organisations give a Facebook page as their URL: that is a profile, not a website.
  const { website, links } = splitWebsiteAndProfiles([organisation.url]);
  return {
    name,
    description,
    website,
    links: links.length > 0 ? links : undefined,
    identifiers: identifiers.length > 0 ? identifiers : undefined,
    legalForm: detectLegalForm(name),
    kind,
    themes: themes.length > 0 ? themesOf(themes) : undefined,
    categories: themes.length > 0 ? themes.map((theme) => theme.name) : undefined,
    location,
    scope: worksAbroad(organisation, location?.country) ? 'international' : undefined,
    imageUrl: normalizeUrl(organisation.logoUrl),
    language: guessLanguage(description, 'en'),
    derived: kind ? ['kind'] : undefined,
  };
}

/**
 * The organisation's address. Countries the hub's table does not know (GlobalGiving works in about 170) keep
 * their ISO code, which GlobalGiving sends reliably.
 */
function locationOf(organisation: GlobalGivingOrganization): Location | undefined {
  const lines = [organisation.addressLine1, organisation.addressLine2]
    .map((line) => line?.trim())
    .filter((line): line is string => Boolean(line));
  const address = lines.filter((line, i) => i === 0 || !foldLabel(lines[0]!).includes(foldLabel(line)));
  const iso = organisation.iso3166CountryCode?.toUpperCase();
  const location = normalizeLocation({
    address: address.join(', '),
    postcode: organisation.postal,
    locality: organisation.city,
    region: organisation.state,
    country: iso ?? organisation.country,
  });
  if (location?.country || !iso || !/^[A-Z]{2}$/.test(iso)) return location;
  return { ...location, country: iso };
}

function worksAbroad(organisation: GlobalGivingOrganization, home: string | undefined): boolean {
  return (organisation.countries?.country ?? []).some(
    (country) => country.iso3166CountryCode && country.iso3166CountryCode.toUpperCase() !== home,
  );
}

function uniqueThemes(themes: readonly GlobalGivingTheme[]): GlobalGivingTheme[] {
  const seen = new Set<string>();
  return themes.filter((theme) => !seen.has(theme.id) && seen.add(theme.id) !== undefined);
}
