import {
  detectInitiativeKind,
  detectLegalForm,
  foldLabel,
  type InitiativeProfile,
  type Location,
  mapThemes,
  normalizeLocation,
  type UnhashedSourceRecord,
} from '../../schema/index.ts';
import {
  anyUkCharity,
  htmlToText,
  type MapContext,
  money,
  orgIdentifier,
  publicEmail,
  splitWebsiteAndProfiles,
  toIsoDateTime,
  ukCompany,
  uniqueIds,
} from '../sdk/index.ts';
import { awardDate } from './award-date.ts';
import type { ThreeSixtyGivingConfig } from './config.ts';
import type { GivingGrant, GivingLocation, GivingOrganisation } from './raw.ts';

/** GrantNav, 360Giving's public search, has a page for every grant published to the standard. */
const GRANTNAV = 'https://grantnav.threesixtygiving.org/grant/';
/** A UK postcode, which tells a recipient address without a country that it is in the UK. */
const UK_POSTCODE = /^[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}$/i;

/**
 * Maps one 360Giving grant to a source record of kind `grant`, with the recipient organisation as the
 * initiative and the funding organisation as the funder. The record's page is the grant on GrantNav.
 * Grants to individuals never reach the mapping (the reader skips and counts them).
 */
export function mapGrant(
  raw: GivingGrant,
  context: MapContext<ThreeSixtyGivingConfig>,
): UnhashedSourceRecord[] {
  const recipient = raw.recipientOrganization[0] as GivingOrganisation;
  const funder = raw.fundingOrganization[0] as GivingOrganisation;
  const labels = (raw.classifications ?? []).flatMap((c) => (c.title?.trim() ? [c.title.trim()] : []));
  return [
    {
      key: `${context.source}:${raw.id}`,
      source: context.source,
      sourceId: raw.id,
      kind: 'grant',
      url: `${GRANTNAV}${encodeURIComponent(raw.id)}`,
      harvestedAt: context.harvestedAt,
      sourceUpdatedAt: toIsoDateTime(raw.dateModified),
      initiative: recipientProfile(recipient, labels),
      grant: {
        title: htmlToText(raw.title) ?? raw.title,
        description: htmlToText(raw.description),
        amount: money(raw.amountAwarded, raw.currency) as { minor: number; currency: string },
        awardedOn: awardDate(raw.awardDate) as string,
        funder: { name: htmlToText(funder.name) ?? funder.name, identifiers: identifiersOf(funder) },
        programme: raw.grantProgramme?.find((programme) => programme.title?.trim())?.title?.trim(),
        beneficiaryLocation: beneficiaryLocation(raw.beneficiaryLocation ?? []),
      },
    },
  ];
}

/** The recipient as an initiative profile: what the funder says about the organisation it funded. */
function recipientProfile(recipient: GivingOrganisation, labels: readonly string[]): InitiativeProfile {
  const name = htmlToText(recipient.name) ?? recipient.name;
  const alternate = htmlToText(recipient.alternateName);
  const { website, links } = splitWebsiteAndProfiles([recipient.url]);
  const identifiers = identifiersOf(recipient);
  const themes = mapThemes(labels);
  const kind = detectInitiativeKind(name);
  const email = publicEmail(recipient.email);
  return {
    name,
    alternateNames: alternate && foldLabel(alternate) !== foldLabel(name) ? [alternate] : undefined,
    description: htmlToText(recipient.description),
    website,
    links: links.length > 0 ? links : undefined,
    identifiers: identifiers.length > 0 ? identifiers : undefined,
    legalForm: detectLegalForm(recipient.organisationType ?? '') ?? detectLegalForm(name),
    kind,
    themes: themes.length > 0 ? themes : undefined,
    categories: labels.length > 0 ? [...labels] : undefined,
    location: recipientLocation(recipient),
    contact: email ? { email } : undefined,
    language: 'en',
    derived: kind ? ['kind'] : undefined,
  };
}

/**
 * Identifiers of an organisation: its org-id (`GB-CHC-1159982`; publishers' own `360G-` ids are no
 * identifiers), its charity number (England and Wales, Scotland or Northern Ireland) and its company number.
 */
function identifiersOf(organisation: GivingOrganisation) {
  return uniqueIds([
    orgIdentifier(undefined, organisation.id),
    anyUkCharity(organisation.charityNumber),
    ukCompany(organisation.companyNumber),
  ]);
}

/** The recipient's address; lines of a multi-line street address joined, a UK postcode implying the UK. */
function recipientLocation(recipient: GivingOrganisation): Location | undefined {
  const postcode = recipient.postalCode?.trim();
  const street = recipient.streetAddress
    ?.split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line && line !== postcode && !line.endsWith(` ${postcode}`))
    .join(', ');
  return normalizeLocation({
    address: street,
    postcode,
    locality: recipient.addressLocality,
    region: recipient.addressRegion,
    country: recipient.addressCountry ?? (postcode && UK_POSTCODE.test(postcode) ? 'GB' : undefined),
  });
}

/** Where the beneficiaries are: the first location with a name, a country or coordinates. */
function beneficiaryLocation(locations: readonly GivingLocation[]): Location | undefined {
  for (const location of locations) {
    const mapped = normalizeLocation({
      region: location.name,
      country: location.countryCode,
      lat: location.latitude,
      lon: location.longitude,
    });
    if (mapped) return mapped;
  }
  return undefined;
}
