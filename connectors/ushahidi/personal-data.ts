import { normalizeUrl } from '../sdk/index.ts';
import type { UshahidiPoint } from './raw.ts';
import type { Vocabulary } from './vocabulary.ts';

/** Post fields Knooppunt keeps; the author, contact, message and source fields are personal and go. */
const KEPT_FIELDS = [
  'id',
  'url',
  'form',
  'type',
  'title',
  'content',
  'status',
  'locale',
  'created',
  'updated',
  'post_date',
  'tags',
] as const;

/**
 * Builds the record the connector yields for one post, before anything else sees it: the public fields of
 * the post detail (an allow-list: `user_id`, `author_realname`, `author_email`, `contact`, `message` and
 * `source` never pass), the survey values that are map points or URLs only (other values are free text a
 * person typed, such as their name or phone number, and are dropped unread), the point of the GeoJSON
 * feature, and the post's categories and survey resolved to labels. Without a detail (the post could not
 * be read), the feature's public title, description and point.
 */
export function publicPost(
  detail: unknown,
  feature: unknown,
  vocabulary: Vocabulary,
): Record<string, unknown> {
  const properties = objectAt(feature, 'properties') ?? {};
  const kept: Record<string, unknown> = isObject(detail)
    ? Object.fromEntries(
        KEPT_FIELDS.filter((field) => field in detail).map((field) => [field, detail[field]]),
      )
    : { id: properties.id, url: properties.url, title: properties.title, content: properties.description };
  const values = isObject(detail) && isObject(detail.values) ? publicValues(detail.values) : {};
  kept.values = values;
  const point = featurePoint(feature) ?? firstPoint(values);
  if (point) kept.point = point;
  kept.resolved_tags = referenceIds(kept.tags).flatMap((id) => vocabulary.tags.get(id) ?? []);
  const formId = referenceIds([kept.form])[0];
  const form = formId === undefined ? undefined : vocabulary.forms.get(formId);
  if (form) kept.resolved_form = form;
  return kept;
}

/** Survey values made only of map points and http(s) URLs; everything else is dropped. */
function publicValues(values: Record<string, unknown>): Record<string, unknown[]> {
  const kept: Record<string, unknown[]> = {};
  for (const [key, value] of Object.entries(values)) {
    const items = Array.isArray(value) ? value : [value];
    if (items.length > 0 && items.every((item) => asPoint(item) || isUrl(item))) kept[key] = items;
  }
  return kept;
}

function isUrl(item: unknown): boolean {
  return typeof item === 'string' && /^https?:\/\//i.test(item.trim()) && normalizeUrl(item) !== undefined;
}

function asPoint(item: unknown): UshahidiPoint | undefined {
  if (!isObject(item)) return undefined;
  const lat = Number(item.lat);
  const lon = Number(item.lon);
  return Object.keys(item).every((key) => key === 'lat' || key === 'lon') &&
    Number.isFinite(lat) &&
    Number.isFinite(lon)
    ? { lat, lon }
    : undefined;
}

function firstPoint(values: Record<string, unknown[]>): UshahidiPoint | undefined {
  for (const items of Object.values(values)) {
    for (const item of items) {
      const point = asPoint(item);
      if (point) return point;
    }
  }
  return undefined;
}

/** The first point of a feature's geometry: a Point, or the first Point of a GeometryCollection ([lon, lat]). */
function featurePoint(feature: unknown): UshahidiPoint | undefined {
  const geometry = objectAt(feature, 'geometry');
  const candidates = Array.isArray(geometry?.geometries) ? geometry.geometries : [geometry];
  for (const candidate of candidates) {
    if (!isObject(candidate) || candidate.type !== 'Point' || !Array.isArray(candidate.coordinates)) continue;
    const [lon, lat] = candidate.coordinates.map(Number);
    if (Number.isFinite(lat) && Number.isFinite(lon)) return { lat: lat as number, lon: lon as number };
  }
  return undefined;
}

/** Ids of references written as `{ id, url }` or as bare ids. */
function referenceIds(refs: unknown): number[] {
  if (!Array.isArray(refs)) return [];
  return refs
    .map((ref) => Number(isObject(ref) ? ref.id : ref))
    .filter((id) => Number.isInteger(id) && id > 0);
}

function objectAt(value: unknown, key: string): Record<string, unknown> | undefined {
  const child = isObject(value) ? value[key] : undefined;
  return isObject(child) ? child : undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
