import {
  detectInitiativeKind,
  detectLegalForm,
  HttpUrl,
  type InitiativeProfile,
  type Location,
  mapThemes,
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
import type { UshahidiConfig } from './config.ts';
import { listingCategoryOf, listingTypeOf, needTypesOf } from './listing-type.ts';
import type { UshahidiPost } from './raw.ts';

/** Verbs that separate who posts from what is offered or asked: "Buurtkamer Lombok zoekt vrijwilligers". */
const POSTER_VERB =
  /\s+(zoekt|zoeken|biedt|bieden|vraagt|vragen|seeks|needs|offers|sucht|suchen|bietet|bieten)\s+|\s*:\s+/i;

/** A subject that is a pronoun names nobody: "Wij zoeken hulp". */
const PRONOUN = /^(ik|wij|we|ze|zij|hij|jij|u|i|they|wir|ich|sie|er)$/i;

/**
 * The initiative a post speaks for: the words before "zoekt", "biedt" or a colon in titles such as
 * "Buurtkamer Lombok zoekt vrijwilligers" or "Voedselbank: houdbare producten gevraagd", else the title.
 */
export function initiativeNameOf(title: string): string {
  const match = POSTER_VERB.exec(title);
  const name = match ? title.slice(0, match.index).trim() : '';
  return name.length >= 3 && !PRONOUN.test(name) ? name : title;
}

/**
 * Maps one Ushahidi post to a source record of kind `listing`: an offer of or a request for help on a
 * crowdsourced map. The initiative is the one the post speaks for (see `initiativeNameOf`): help maps list
 * initiatives and neighbourly offers, not organisations, and the person who posted is never named (the
 * connector does not even read who it was).
 */
export function mapPost(raw: UshahidiPost, context: MapContext<UshahidiConfig>): UnhashedSourceRecord[] {
  const title = htmlToText(raw.title) ?? raw.title;
  const description = htmlToText(raw.content);
  const type = listingTypeOf(raw, context.config);
  const labels = raw.resolved_tags.map((tag) => tag.tag);
  const themes = mapThemes(raw.resolved_tags.flatMap((tag) => [tag.tag, tag.parent ?? '']));
  const helpTypes = needTypesOf(raw);
  const help = helpTypes.map((helpType) => ({ type: helpType, description: title }));
  const location = locationOf(raw, context.config.country);
  const url = postUrl(context, raw.id);
  const { website, links } = splitWebsiteAndProfiles(
    Object.values(raw.values).flatMap((items) =>
      items.filter((item): item is string => typeof item === 'string'),
    ),
  );
  const kind = detectInitiativeKind(title);
  const legalForm = detectLegalForm(title);
  const initiative: InitiativeProfile = {
    name: initiativeNameOf(title),
    description,
    website,
    links: url || links.length > 0 ? [...links, ...(url ? [url] : [])] : undefined,
    legalForm: legalForm === 'none' ? undefined : legalForm,
    kind,
    themes: themes.length > 0 ? themes : undefined,
    categories: labels.length > 0 ? labels : undefined,
    location,
    needs: type === 'request' && help.length > 0 ? help : undefined,
    offers: type === 'offer' && help.length > 0 ? help : undefined,
    language: guessLanguage(description ?? title, context.config.language),
    derived: kind ? ['kind'] : undefined,
  };
  return [
    {
      key: `${context.source}:${raw.id}`,
      source: context.source,
      sourceId: String(raw.id),
      kind: 'listing',
      url,
      harvestedAt: context.harvestedAt,
      sourceUpdatedAt: toIsoDateTime(raw.updated ?? raw.created),
      initiative,
      listing: {
        type,
        category: listingCategoryOf(raw),
        title,
        description,
        location,
        status: raw.status === 'archived' ? 'closed' : 'open',
      },
    },
  ];
}

/**
 * The post's page on the public map (`/posts/{id}`, which the Ushahidi client opens in its data view), on
 * `webUrl` or else the API's host. None when that host is no public domain (an address such as 127.0.0.1),
 * since the graph serves public pages only.
 */
export function postUrl(
  context: Pick<MapContext<UshahidiConfig>, 'baseUrl' | 'config'>,
  id: number,
): string | undefined {
  const base = context.config.webUrl ?? context.baseUrl;
  const url = normalizeUrl(`${base.replace(/\/+$/, '')}/posts/${id}`);
  return HttpUrl.safeParse(url).success ? url : undefined;
}

/** The post's map point in the map's country, with the Dutch municipality derived from it where possible. */
function locationOf(raw: UshahidiPost, country: string | undefined): Location | undefined {
  return raw.point ? normalizeLocation({ lat: raw.point.lat, lon: raw.point.lon, country }) : undefined;
}
