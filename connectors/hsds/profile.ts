import {
  derivePhase,
  detectInitiativeKind,
  detectLegalForm,
  foldLabel,
  type InitiativeProfile,
  type Location,
  mapNeedType,
  mapTargetGroups,
  mapThemes,
  type Need,
} from '../../schema/index.ts';
import {
  anyUkCharity,
  guessLanguage,
  htmlToText,
  normalizeUrl,
  orgIdentifier,
  publicEmail,
  publicPhone,
  splitWebsiteAndProfiles,
  ukCompany,
  uniqueIds,
} from '../sdk/index.ts';
import type { HsdsIdentifier, HsdsNestedService, HsdsOrganizationRef, HsdsPhone } from './raw.ts';

/** What a profile is built from besides the organisation: classifications, offers, a location, a phone. */
export interface ProfileExtras {
  /** The directory's own labels (taxonomy terms, audiences), kept as categories and mapped to themes. */
  readonly labels?: readonly string[];
  /** Audience labels, mapped to target groups. */
  readonly audiences?: readonly string[];
  readonly services?: readonly HsdsNestedService[];
  readonly location?: Location;
  readonly phones?: readonly HsdsPhone[];
  /** The harvest time, against which the phase is derived. */
  readonly now: string;
}

/**
 * The organisation behind an HSDS record as an initiative profile: names, plain-text description, own
 * website apart from social profiles and `uri`, identifiers in org-id form (schemes as given, charity and
 * company numbers by their type), legal form, the founding year as a date with the phase derived from it,
 * its services as offers, and only organisational contact details.
 */
export function organisationProfile(
  organisation: HsdsOrganizationRef,
  extras: ProfileExtras,
): InitiativeProfile {
  const name = htmlToText(organisation.name) ?? organisation.name.trim();
  const alternate = htmlToText(organisation.alternate_name);
  const description = htmlToText(organisation.description);
  const { website, links } = splitWebsiteAndProfiles([
    organisation.website,
    organisation.url,
    organisation.uri,
  ]);
  const labels = [...new Set((extras.labels ?? []).map((label) => label.trim()).filter(Boolean))];
  const foundedOn = foundedOnOf(organisation.year_incorporated, extras.now);
  const phase = foundedOn ? derivePhase(foundedOn, new Date(extras.now)) : undefined;
  const kind = detectInitiativeKind(`${name} ${alternate ?? ''}`);
  const offers = offersOf(extras.services ?? []);
  const contact = {
    email: publicEmail(organisation.email),
    phone: firstPhone(extras.phones),
    url: website,
  };
  const derived = [
    ...(foundedOn ? ['foundedOn'] : []),
    ...(phase ? ['phase'] : []),
    ...(kind ? ['kind'] : []),
  ];
  const themes = mapThemes(labels);
  const targetGroups = mapTargetGroups(extras.audiences ?? []);
  const identifiers = identifiersOf(organisation.organization_identifiers ?? []);
  return {
    name,
    alternateNames: alternate && foldLabel(alternate) !== foldLabel(name) ? [alternate] : undefined,
    description,
    website,
    links: links.length > 0 ? links : undefined,
    identifiers: identifiers.length > 0 ? identifiers : undefined,
    legalForm: detectLegalForm(organisation.legal_status ?? '') ?? detectLegalForm(name),
    kind,
    themes: themes.length > 0 ? themes : undefined,
    categories: labels.length > 0 ? labels : undefined,
    targetGroups: targetGroups.length > 0 ? targetGroups : undefined,
    phase,
    foundedOn,
    location: extras.location,
    offers: offers.length > 0 ? offers : undefined,
    contact: contact.email || contact.phone || contact.url ? contact : undefined,
    imageUrl: normalizeUrl(organisation.logo),
    language: guessLanguage(description, 'en'),
    derived: derived.length > 0 ? derived : undefined,
  };
}

/**
 * Identifiers in org-id form. The scheme is the org-id.guide code HSDS asks for; feeds that leave it empty
 * but say "Charity number" or "Company number" in `identifier_type` are read by that type.
 */
export function identifiersOf(raw: readonly HsdsIdentifier[]) {
  return uniqueIds(
    raw.map((entry) => {
      const fromScheme = orgIdentifier(entry.identifier_scheme, entry.identifier);
      if (fromScheme || entry.identifier_scheme?.trim()) return fromScheme;
      const type = entry.identifier_type ?? '';
      if (/charit/i.test(type)) return anyUkCharity(entry.identifier);
      if (/compan/i.test(type)) return ukCompany(entry.identifier);
      return undefined;
    }),
  );
}

/** HSDS gives only the year of incorporation: the first of January of that year, when it is not in the future. */
function foundedOnOf(year: number | null | undefined, now: string): string | undefined {
  if (!year || !Number.isInteger(year) || year < 1800 || year > Number(now.slice(0, 4))) return undefined;
  return `${year}-01-01`;
}

/** The organisation's services that still run, as offers typed by the need taxonomy from their names. */
function offersOf(services: readonly HsdsNestedService[]): Need[] {
  return services
    .filter((service) => service.status !== 'inactive' && service.status !== 'defunct')
    .map((service) => {
      const title = htmlToText(service.name) ?? service.name;
      return { type: mapNeedType(title)[0] ?? 'other', description: title };
    });
}

/** The first phone number that reads as one; labels and quotes around it ("Helpline: ...") are not numbers. */
function firstPhone(phones: readonly HsdsPhone[] | undefined): string | undefined {
  for (const phone of phones ?? []) {
    const number = publicPhone(phone.number?.replace(/^["']|["']$/g, ''), { organisational: true });
    if (number) return number;
  }
  return undefined;
}
