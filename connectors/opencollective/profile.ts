import {
  detectInitiativeKind,
  detectLegalForm,
  foldLabel,
  type InitiativeProfile,
  type Location,
  type Need,
  normalizeLocation,
} from '../../schema/index.ts';
import { guessLanguage, htmlToText, normalizeUrl, splitWebsiteAndProfiles } from '../sdk/index.ts';
import type { OpenCollectiveLocation, OpenCollectiveParent } from './raw.ts';
import { cleanTags, themesOfTags } from './tags.ts';

/** Open Collective's public web pages. */
export const WEB = 'https://opencollective.com';

/** What a profile is made of: the fields every account has, and the long description when it was asked for. */
type ProfileSource = OpenCollectiveParent & { readonly longDescription?: string | null };

/**
 * An Open Collective account as an initiative profile. The `WEBSITE` social link (or the first link that is
 * not a social network or platform) becomes `website`; every other link, and the account's own page on Open
 * Collective, becomes `links`, which entity resolution follows. Tags map to themes and stay as categories.
 */
export function accountProfile(account: ProfileSource, needs?: readonly Need[]): InitiativeProfile {
  const name = account.name.trim();
  const legalName = account.legalName?.trim();
  const summary = htmlToText(account.description);
  const description = htmlToText(account.longDescription) ?? summary;
  const tags = cleanTags(account.tags);
  const themes = themesOfTags(tags);
  const kind = detectInitiativeKind(name);
  const { website, links } = websiteAndLinks(account);
  return {
    name,
    alternateNames: legalName && foldLabel(legalName) !== foldLabel(name) ? [legalName] : undefined,
    summary: summary && summary !== description ? summary : undefined,
    description,
    website,
    links,
    legalForm: detectLegalForm(legalName ?? name),
    kind,
    themes: themes.length > 0 ? themes : undefined,
    categories: tags.length > 0 ? tags : undefined,
    location: locationOf(account.location, account.type !== 'EVENT'),
    needs: needs && needs.length > 0 ? [...needs] : undefined,
    imageUrl: normalizeUrl(account.imageUrl),
    language: guessLanguage(description, 'en'),
    derived: kind ? ['kind'] : undefined,
  };
}

function websiteAndLinks(account: ProfileSource): { website?: string; links: string[] } {
  const social = account.socialLinks ?? [];
  const ordered = [
    ...social.filter((link) => link.type === 'WEBSITE'),
    ...social.filter((link) => link.type !== 'WEBSITE'),
  ].map((link) => link.url);
  const { website, links } = splitWebsiteAndProfiles(ordered);
  const page = normalizeUrl(`${WEB}/${account.slug}`);
  return { website, links: page && !links.includes(page) ? [...links, page] : links };
}

/** A Dutch, Belgian or German postcode and town on one line: "1012 AB Amsterdam", "10997 Berlin". */
const POSTCODE_LINE = /^(\d{4}\s?[A-Za-z]{2}|\d{4,5})\s+(\D.*)$/;

/**
 * The location: the structured address when Open Collective has one, else the free address text read line by
 * line. A place `name` stands in for the town only for collectives without any address; for events it names
 * the venue.
 */
function locationOf(
  location: OpenCollectiveLocation | null | undefined,
  nameIsPlace: boolean,
): Location | undefined {
  if (!location) return undefined;
  const structured = location.structured;
  const lines = (location.address ?? '')
    .split(/\n|,\s*/)
    .map((line) => line.trim())
    .filter(Boolean);
  const postcodeLine = lines
    .slice(1)
    .map((line) => POSTCODE_LINE.exec(line))
    .find(Boolean);
  const hasAddress = Boolean(structured?.address1 || structured?.city || lines.length > 0);
  return normalizeLocation({
    address: structured?.address1 ?? (lines.length > 1 || postcodeLine ? lines[0] : undefined),
    postcode: structured?.postalCode ?? postcodeLine?.[1],
    locality:
      structured?.city ?? postcodeLine?.[2] ?? (!hasAddress && nameIsPlace ? location.name : undefined),
    region: structured?.zone,
    country: location.country,
    lat: location.lat,
    lon: location.long,
  });
}
