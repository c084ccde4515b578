import {
  detectInitiativeKind,
  detectLegalForm,
  foldLabel,
  type InitiativeProfile,
} from '../../schema/index.ts';
import {
  guessLanguage,
  htmlToText,
  jsonLdFirst,
  type JsonLdNode,
  jsonLdString,
  jsonLdText,
  jsonLdUrl,
  jsonLdValues,
  normalizeUrl,
  publicEmail,
  publicPhone,
  schemaOrgIdentifiers,
  schemaOrgLocation,
  splitWebsiteAndProfiles,
} from '../sdk/index.ts';

/**
 * The initiative profile of the organisation behind a listing, as its schema.org node describes it: name
 * and legal name, description, its own website and its profiles elsewhere (`url`, `sameAs`; its page on the
 * marketplace itself is a profile), org-id
 * identifiers, address, logo, and its public contact (a role mailbox, the organisation's telephone).
 */
export function organisationProfile(
  node: JsonLdNode,
  options: {
    readonly page: string;
    /** Hosts of the marketplace itself: an organisation's page there is a profile, never its website. */
    readonly siteHosts: readonly string[];
    readonly country?: string;
    readonly language: string;
  },
): InitiativeProfile {
  const legalName = jsonLdString(node, 'legalName');
  const name = jsonLdString(node, 'name') ?? (legalName as string);
  const alternateNames = [
    legalName,
    ...jsonLdValues(node, 'alternateName').map((value) => jsonLdText(value)),
  ].filter((alias): alias is string => alias !== undefined && foldLabel(alias) !== foldLabel(name));
  const urls = [jsonLdFirst(node, 'url'), ...jsonLdValues(node, 'sameAs')].map((value) =>
    jsonLdUrl(value, options.page),
  );
  const onSite = (url: string | undefined) =>
    url !== undefined && options.siteHosts.includes(new URL(url).hostname);
  const split = splitWebsiteAndProfiles(urls.filter((url) => !onSite(url)));
  const website = split.website;
  const links = [...urls.filter(onSite).map((url) => normalizeUrl(url) as string), ...split.links];
  const description = htmlToText(jsonLdString(node, 'description'));
  const location = schemaOrgLocation(node, options.country);
  const legalForm = detectLegalForm(legalName ?? name);
  const kind = detectInitiativeKind(name);
  const contactPoint = jsonLdFirst(node, 'contactPoint');
  const email = publicEmail(
    jsonLdString(node, 'email')?.replace(/^mailto:/i, '') ?? jsonLdString(contactPoint, 'email'),
  );
  const phone = publicPhone(jsonLdString(node, 'telephone') ?? jsonLdString(contactPoint, 'telephone'), {
    organisational: true,
  });
  const identifiers = schemaOrgIdentifiers(node, location?.country ?? options.country);
  return {
    name,
    alternateNames: alternateNames.length > 0 ? [...new Set(alternateNames)] : undefined,
    description,
    website,
    links: links.length > 0 ? links : undefined,
    identifiers: identifiers.length > 0 ? identifiers : undefined,
    legalForm: legalForm === 'none' ? undefined : legalForm,
    kind,
    location,
    contact: email || phone ? { email, phone } : undefined,
    imageUrl: normalizeUrl(
      jsonLdUrl(jsonLdFirst(node, 'logo'), options.page) ??
        jsonLdUrl(jsonLdFirst(node, 'image'), options.page),
    ),
    language: guessLanguage(description, options.language.slice(0, 2).toLowerCase()),
    derived: kind ? ['kind'] : undefined,
  };
}
