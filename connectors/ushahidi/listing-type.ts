import { mapNeedType, type NeedType } from '../../schema/index.ts';
import type { UshahidiConfig } from './config.ts';
import type { UshahidiPost } from './raw.ts';

/** The categories of a Listing (MODEL.md). */
export type ListingCategory = 'money' | 'goods' | 'services' | 'space' | 'knowledge' | 'volunteers' | 'loan';

/** Words that mark a request for help (Dutch, English, German), in survey names, categories and titles. */
const REQUEST =
  /\b(hulpvraag|hulpvragen|vraag|vragen|gevraagd|gezocht|zoek|zoeken|zoekt|hulp nodig|need|needs|needed|request|requests|wanted|looking for|gesucht|suche|brauche)\b/i;
/** Words that mark an offer of help. */
const OFFER =
  /\b(aanbod|aangeboden|bied|bieden|biedt|aanbieden|offer|offers|offered|available|angebot|biete|bieten)\b/i;

/**
 * Whether a post offers or asks for help: the survey's configured type first (`formTypes`), then a fixed
 * `listingType`, then words in the survey's name and description ("Ik bied hulp aan", "Hulpvraag"), in the
 * post's category labels, and in its title. A map of initiatives that says neither lists what initiatives
 * offer, so `offer` is the default.
 */
export function listingTypeOf(post: UshahidiPost, config: UshahidiConfig): 'offer' | 'request' {
  const formType =
    post.form === undefined || post.form === null ? undefined : config.formTypes[String(post.form)];
  if (formType) return formType;
  if (config.listingType !== 'auto') return config.listingType;
  const texts = [
    [post.resolved_form?.name, post.resolved_form?.description].filter(Boolean).join(' '),
    post.resolved_tags.map((tag) => `${tag.parent ?? ''} ${tag.tag}`).join(' '),
    post.title,
  ];
  for (const text of texts) {
    const request = REQUEST.test(text);
    const offer = OFFER.test(text);
    if (request !== offer) return request ? 'request' : 'offer';
  }
  return 'offer';
}

const CATEGORY_OF_NEED: Readonly<Partial<Record<NeedType, ListingCategory>>> = {
  money: 'money',
  volunteers: 'volunteers',
  time: 'volunteers',
  materials: 'goods',
  knowledge: 'knowledge',
  space: 'space',
};

/** The need or offer types a post's category labels name; none when they name nothing specific. */
export function needTypesOf(post: UshahidiPost): NeedType[] {
  const found = new Set<NeedType>();
  for (const tag of post.resolved_tags) {
    for (const type of mapNeedType(tag.tag)) if (type !== 'other') found.add(type);
  }
  return [...found];
}

/** The listing category: from the first category label that names a kind of help, else services. */
export function listingCategoryOf(post: UshahidiPost): ListingCategory {
  for (const type of needTypesOf(post)) {
    const category = CATEGORY_OF_NEED[type];
    if (category) return category;
  }
  return 'services';
}
