import {
  detectInitiativeKind,
  detectLegalForm,
  foldLabel,
  haversineKm,
  type InitiativeProfile,
  type Location,
  mapNeedType,
  municipalityByCode,
  type Need,
  normalizeLocation,
  type UnhashedSourceRecord,
} from '../../schema/index.ts';
import {
  guessLanguage,
  htmlToText,
  type MapContext,
  normalizeUrl,
  splitWebsiteAndProfiles,
  toIsoDateTime,
} from '../sdk/index.ts';
import type { OpenstadConfig } from './config.ts';
import { scopeOf, themesOf } from './labels.ts';
import type { OpenstadIdea } from './raw.ts';

/**
 * Maps one OpenStad idea to a source record of kind `initiative`. The organisation named as organiser is
 * the initiative's name when the connector kept it (only organisations are kept); otherwise the idea's
 * title is. The help an idea asks for becomes its needs.
 */
export function mapIdea(raw: OpenstadIdea, context: MapContext<OpenstadConfig>): UnhashedSourceRecord[] {
  const extra = raw.extraData;
  const title = htmlToText(raw.title) ?? raw.title;
  const organiser = extra?.isOrganiserName?.trim() || undefined;
  const name = organiser ?? title;
  const description = htmlToText(raw.description);
  const summary = htmlToText(raw.summary);
  const { website, links } = splitWebsiteAndProfiles([extra?.isOrganiserWebsite]);
  const url = ideaUrl(context.config, raw.id);
  const themes = themesOf(extra?.theme ?? []);
  const legalForm = organiser ? detectLegalForm(organiser) : undefined;
  const kind = detectInitiativeKind(`${name} ${title}`);
  const needs = needsOf(extra);
  const initiative: InitiativeProfile = {
    name,
    alternateNames: organiser && foldLabel(organiser) !== foldLabel(title) ? [title] : undefined,
    summary,
    description,
    website,
    links: url || links.length > 0 ? [...links, ...(url ? [url] : [])] : undefined,
    legalForm: legalForm === 'none' ? undefined : legalForm,
    kind,
    themes: themes.length > 0 ? themes : undefined,
    categories: uniqueLabels([...(extra?.theme ?? []), ...(extra?.area ?? [])]),
    location: locationOf(raw, context.config),
    scope: scopeOf(extra?.area ?? []),
    needs: needs.length > 0 ? needs : undefined,
    contact: extra?.isOrganiserEmail ? { email: extra.isOrganiserEmail } : undefined,
    imageUrl: normalizeUrl(extra?.images[0]),
    language: guessLanguage(description ?? summary ?? title, 'nl'),
    derived: kind ? ['kind'] : undefined,
  };
  return [
    {
      key: `${context.source}:${raw.id}`,
      source: context.source,
      sourceId: String(raw.id),
      kind: 'initiative',
      url,
      harvestedAt: context.harvestedAt,
      sourceUpdatedAt: toIsoDateTime(raw.updatedAt ?? raw.createdAt),
      initiative,
    },
  ];
}

/** The public page of an idea on the site. */
export function ideaUrl(config: OpenstadConfig, id: number): string | undefined {
  return normalizeUrl(`${config.webUrl.replace(/\/+$/, '')}${config.ideaPath.replace('{id}', String(id))}`);
}

/**
 * What the idea asks for: one need per type the description names ("Financiële donaties" is money), all
 * with the organiser's own words. Sites ask "do you need help?" first; a "no" means no needs.
 */
function needsOf(extra: OpenstadIdea['extraData']): Need[] {
  const description = htmlToText(extra?.helpNeededDescription);
  if (!description || /false$/i.test(extra?.helpNeededQuestion ?? '')) return [];
  return mapNeedType(description).map((type) => ({ type, description }));
}

/**
 * Where the idea is: the site's municipality, with the point the organiser placed on the map. `position`
 * (`{ lat, lng }`) comes first; `location.coordinates` is `[lat, lng]` on OpenStad, unlike GeoJSON, and is
 * read the other way round when that gives a possible latitude nearer the site's municipality (sites
 * that were migrated or imported wrote GeoJSON order).
 */
function locationOf(raw: OpenstadIdea, config: OpenstadConfig): Location | undefined {
  const municipality = municipalityByCode(config.municipality);
  let point = raw.position ? { lat: raw.position.lat, lon: raw.position.lng } : undefined;
  if (!point && raw.location) {
    const [first, second] = raw.location.coordinates;
    const asWritten = { lat: first, lon: second };
    const swapped = { lat: second, lon: first };
    point =
      Math.abs(first) > 90 ||
      (municipality && haversineKm(swapped, municipality) < haversineKm(asWritten, municipality))
        ? swapped
        : asWritten;
  }
  return normalizeLocation({
    locality: municipality?.name,
    municipality: municipality ? { code: municipality.code, name: municipality.name } : undefined,
    country: 'NL',
    lat: point?.lat,
    lon: point?.lon,
  });
}

function uniqueLabels(labels: readonly string[]): string[] | undefined {
  const unique = [...new Set(labels.map((label) => label.trim()).filter(Boolean))];
  return unique.length > 0 ? unique : undefined;
}
