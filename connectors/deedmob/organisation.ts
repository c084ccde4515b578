import {
  detectInitiativeKind,
  detectLegalForm,
  HttpUrl,
  type InitiativeProfile,
  type Location,
} from '../../schema/index.ts';
import {
  guessLanguage,
  htmlToText,
  kvk,
  type MapContext,
  normalizeUrl,
  normalizeUrls,
  splitWebsiteAndProfiles,
  uniqueIds,
} from '../sdk/index.ts';
import type { DeedmobConfig } from './config.ts';
import { deedmobLocation } from './place.ts';
import type { DeedmobOrganization } from './raw.ts';

/**
 * The organisation behind a deed as an initiative profile: its name, description, own website (a Facebook
 * page in the website field counts as a profile), its page on the site and its social profiles as links,
 * its KvK number, its address (else the town of the deed), logo, and the public contact that survived
 * personal-data.ts. Legal form and kind are detected from the name; `kind` is listed as derived.
 */
export function organisationProfile(
  organization: DeedmobOrganization,
  deedLocation: Location | undefined,
  context: MapContext<DeedmobConfig>,
): InitiativeProfile {
  const name = htmlToText(organization.name) ?? organization.name;
  const description = htmlToText(organization.about_html);
  const { website, links } = splitWebsiteAndProfiles([
    organization.website,
    organization.facebook,
    organization.instagram,
    organization.linkedin,
  ]);
  const kind = detectInitiativeKind(name);
  const identifiers = uniqueIds([kvk(organization.kvk_number)]);
  const contact = {
    ...(organization.email ? { email: organization.email } : {}),
    ...(organization.phone ? { phone: organization.phone } : {}),
  };
  const place = deedmobLocation(organization);
  return {
    name,
    description,
    website,
    links: nonEmpty(normalizeUrls([sitePage(context, `organizations/${organization.id}`), ...links])),
    identifiers: nonEmpty(identifiers),
    legalForm: detectLegalForm(name),
    kind,
    location: place ?? townOf(deedLocation),
    imageUrl: normalizeUrl(organization.logo),
    contact: Object.keys(contact).length > 0 ? contact : undefined,
    language: guessLanguage(description, 'nl'),
    derived: kind ? ['kind'] : undefined,
  };
}

/**
 * A page of the site (`deeds/21239`, `organizations/3207`) on `webUrl` or else the base URL. None when that
 * host is no public domain (an address such as 127.0.0.1), since the graph serves public pages only.
 */
export function sitePage(context: Pick<MapContext<DeedmobConfig>, 'baseUrl' | 'config'>, path: string) {
  const base = context.config.webUrl ?? context.baseUrl;
  const url = normalizeUrl(`${base.replace(/\/+$/, '')}/${path}`);
  return HttpUrl.safeParse(url).success ? url : undefined;
}

/** Only the town of a deed's place: where the organisation works, not its address. */
function townOf(location: Location | undefined): Location | undefined {
  if (!location?.locality && !location?.municipality) return undefined;
  const { address: _address, postcode: _postcode, lat: _lat, lon: _lon, ...town } = location;
  return town;
}

function nonEmpty<T>(items: readonly T[]): T[] | undefined {
  return items.length > 0 ? [...items] : undefined;
}
