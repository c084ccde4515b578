import {
  derivePhase,
  detectInitiativeKind,
  detectLegalForm,
  foldLabel,
  type InitiativeProfile,
  mapNeedType,
  mapThemes,
  type Need,
  type TaxStatus,
} from '../../schema/index.ts';
import {
  guessLanguage,
  hasJsonLdType,
  htmlToText,
  jsonLdFirst,
  jsonLdNode,
  jsonLdString,
  jsonLdText,
  jsonLdUrl,
  jsonLdValues,
  type JsonLdNode,
  publicEmail,
  publicPhone,
  schemaTerm,
  splitWebsiteAndProfiles,
  toIsoDate,
} from '../sdk/index.ts';
import { identifiersOf } from './identifiers.ts';
import { placeLocation } from './location.ts';

/** What a profile needs besides the node: the page it is on and the site's defaults. */
export interface ProfileContext {
  readonly page: string;
  /** The page's language, else the site's. */
  readonly language: string;
  readonly country?: string;
  /** The harvest time, against which the phase is derived. */
  readonly now: string;
}

/** schema.org's Dutch nonprofit types (`NLNonprofitType`) and the tax statuses they stand for. */
const TAX_STATUS: Readonly<Record<string, TaxStatus>> = { NonprofitANBI: 'anbi', NonprofitSBBI: 'sbbi' };

/**
 * An organisation node (NGO, Organization, Project, ...) as an initiative profile: names, plain-text
 * description, own website apart from its `sameAs` profiles, identifiers, legal form and tax status,
 * founding date and phase, address, organisational contact only, logo, keywords as categories and themes,
 * `seeks` as needs and `makesOffer` as offers.
 */
export function organisationProfile(node: JsonLdNode, context: ProfileContext): InitiativeProfile {
  const language = context.language.slice(0, 2);
  const name = text(node, 'name', language) ?? text(node, 'legalName', language) ?? '';
  const alternates = [...jsonLdValues(node, 'alternateName'), ...jsonLdValues(node, 'legalName')]
    .map((value) => htmlToText(jsonLdText(value, language)))
    .filter((value): value is string => !!value && foldLabel(value) !== foldLabel(name));
  const description = text(node, 'description', language);
  const { website, links } = splitWebsiteAndProfiles([
    jsonLdUrl(jsonLdFirst(node, 'url'), context.page),
    ...jsonLdValues(node, 'sameAs').map((value) => jsonLdUrl(value, context.page)),
  ]);
  const location =
    placeLocation(node, context.country) ?? placeLocation(jsonLdFirst(node, 'location'), context.country);
  const identifiers = identifiersOf(node, location?.country ?? context.country);
  const founded = foundedOn(jsonLdString(node, 'foundingDate'));
  const phase = founded ? derivePhase(founded.date, new Date(context.now)) : undefined;
  const labels = [...new Set([...keywords(node, 'keywords'), ...keywords(node, 'knowsAbout')])];
  const themes = mapThemes(labels);
  const taxStatus = jsonLdValues(node, 'nonprofitStatus')
    .map((value) => TAX_STATUS[schemaTerm(jsonLdText(value) ?? '')])
    .filter((status): status is TaxStatus => !!status);
  const kind = detectInitiativeKind(`${name} ${alternates.join(' ')}`);
  const needs = demands(node, 'seeks', language);
  const offers = demands(node, 'makesOffer', language);
  const contact = contactOf(node, website);
  const derived = [
    ...(founded?.derived ? ['foundedOn'] : []),
    ...(phase ? ['phase'] : []),
    ...(kind ? ['kind'] : []),
  ];
  return {
    name,
    alternateNames: alternates.length > 0 ? [...new Set(alternates)] : undefined,
    description,
    website,
    links: links.length > 0 ? links : undefined,
    identifiers: identifiers.length > 0 ? identifiers : undefined,
    legalForm: detectLegalForm(alternates.join(' ')) ?? detectLegalForm(name),
    taxStatus: taxStatus.length > 0 ? [...new Set(taxStatus)] : undefined,
    kind,
    themes: themes.length > 0 ? themes : undefined,
    categories: labels.length > 0 ? labels : undefined,
    phase,
    foundedOn: founded?.date,
    location,
    needs: needs.length > 0 ? needs : undefined,
    offers: offers.length > 0 ? offers : undefined,
    contact,
    imageUrl:
      jsonLdUrl(jsonLdFirst(node, 'logo'), context.page) ??
      jsonLdUrl(jsonLdFirst(node, 'image'), context.page),
    language: guessLanguage(description, language),
    derived: derived.length > 0 ? derived : undefined,
  };
}

/** A text property as plain text: entities decoded, markup removed. */
export function text(node: JsonLdNode | undefined, property: string, language?: string): string | undefined {
  return htmlToText(jsonLdString(node, property, language));
}

/** A founding date; a year alone becomes 1 January of it, marked as derived. */
function foundedOn(value: string | undefined): { date: string; derived: boolean } | undefined {
  if (!value) return undefined;
  if (/^\d{4}$/.test(value.trim())) return { date: `${value.trim()}-01-01`, derived: true };
  const date = toIsoDate(value);
  return date ? { date, derived: false } : undefined;
}

/** Labels from text lists ("zorg, welzijn"), arrays, and named terms (`DefinedTerm`, `Thing`). */
function keywords(node: JsonLdNode, property: string): string[] {
  return jsonLdValues(node, property).flatMap((value) => {
    const named = jsonLdString(jsonLdNode(value), 'name');
    const labels = named ? [named] : (jsonLdText(value) ?? '').split(/[,;]/);
    return labels.map((label) => label.trim()).filter(Boolean);
  });
}

/** `seeks` (Demand) or `makesOffer` (Offer) nodes as needs or offers, typed by the need taxonomy. */
function demands(node: JsonLdNode, property: string, language: string): Need[] {
  return jsonLdValues(node, property).flatMap((value) => {
    const demand = jsonLdNode(value);
    const item = jsonLdNode(jsonLdFirst(demand, 'itemOffered'));
    const label =
      text(demand, 'name', language) ?? text(item, 'name', language) ?? text(demand, 'description', language);
    if (!label) return [];
    const description = text(demand, 'description', language);
    return [{ type: mapNeedType(`${label} ${description ?? ''}`)[0] ?? 'other', description: label }];
  });
}

/** The organisation's own mailbox and number, from the node or its first contact point; never a person's. */
function contactOf(node: JsonLdNode, website: string | undefined): InitiativeProfile['contact'] {
  const point = jsonLdValues(node, 'contactPoint')
    .map(jsonLdNode)
    .find((value) => value && !hasJsonLdType(value, 'Person'));
  const email = publicEmail(mailbox(node) ?? mailbox(point));
  const phone = publicPhone(jsonLdString(node, 'telephone') ?? jsonLdString(point, 'telephone'), {
    organisational: true,
  });
  return email || phone || website ? { email, phone, url: website } : undefined;
}

function mailbox(node: JsonLdNode | undefined): string | undefined {
  return jsonLdString(node, 'email')?.replace(/^mailto:/i, '');
}
