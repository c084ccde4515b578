import { z } from 'zod';
import { numeric, oneOrMany } from '../sdk/index.ts';

/**
 * The raw format of the Ushahidi Platform v3 API as zod: GeoJSON post lists, post details, tags
 * (categories), forms (surveys) and the collection envelope. Lenient where deployments differ (ids as
 * strings, `updated` null on posts never edited, tag references as ids or objects), strict about a post's
 * id and title.
 */

const OptionalText = z.string().nullish();

/** A reference to another resource: `{ id, url }`, or just the id. */
const Reference = z.union([
  z.object({ id: numeric, url: z.string().optional() }).transform((ref) => ref.id),
  numeric,
]);

/** A category as resolved by the connector from `/api/v3/tags`: its label and its parent's label. */
export const UshahidiResolvedTag = z.object({
  id: numeric,
  tag: z.string(),
  parent: z.string().optional(),
});
export type UshahidiResolvedTag = z.infer<typeof UshahidiResolvedTag>;

/** A survey as resolved by the connector from `/api/v3/forms`. */
export const UshahidiResolvedForm = z.object({
  id: numeric,
  name: z.string().optional(),
  description: OptionalText,
});
export type UshahidiResolvedForm = z.infer<typeof UshahidiResolvedForm>;

/** A map point as a post value or a GeoJSON geometry gives it. */
export const UshahidiPoint = z.object({ lat: numeric, lon: numeric });
export type UshahidiPoint = z.infer<typeof UshahidiPoint>;

/**
 * One post as the connector yields it: the public fields of `/api/v3/posts/{id}` (see personal-data.ts),
 * the point of its GeoJSON feature, and its tags and form resolved to labels. When the detail could not
 * be read, the feature's title, description and point alone.
 */
export const UshahidiPost = z.object({
  id: numeric.pipe(z.number().int().positive()),
  url: OptionalText,
  form: Reference.nullish().catch(undefined),
  type: OptionalText,
  title: z.string().trim().min(1, 'a post needs a title'),
  content: OptionalText,
  status: OptionalText,
  locale: OptionalText,
  created: OptionalText,
  updated: OptionalText,
  post_date: OptionalText,
  tags: oneOrMany(Reference).catch([]),
  /** Values the connector kept: map points and URLs, by attribute key. */
  values: z.record(z.string(), z.array(z.unknown())).catch({}),
  point: UshahidiPoint.optional().catch(undefined),
  resolved_tags: z.array(UshahidiResolvedTag).catch([]),
  resolved_form: UshahidiResolvedForm.optional().catch(undefined),
});
export type UshahidiPost = z.infer<typeof UshahidiPost>;

/** A GeoJSON feature of `/api/v3/posts/geojson`: a post's map geometry with its title and id. */
export const UshahidiFeature = z.object({
  type: z.literal('Feature'),
  geometry: z
    .object({
      type: z.string(),
      coordinates: z.unknown().optional(),
      geometries: z.array(z.object({ type: z.string(), coordinates: z.unknown() })).optional(),
    })
    .nullish(),
  properties: z.object({
    id: numeric,
    title: OptionalText,
    description: OptionalText,
    url: OptionalText,
  }),
});
export type UshahidiFeature = z.infer<typeof UshahidiFeature>;

/** The GeoJSON list: a FeatureCollection with the number of matching posts in `total`. */
export const UshahidiFeatureCollection = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(z.unknown()),
  total: numeric.optional(),
});
export type UshahidiFeatureCollection = z.infer<typeof UshahidiFeatureCollection>;

/** The collection envelope of `/api/v3/tags`, `/api/v3/forms` and other lists. */
export const UshahidiCollection = z.object({
  count: numeric.optional(),
  results: z.array(z.unknown()),
  total_count: numeric.optional(),
});
export type UshahidiCollection = z.infer<typeof UshahidiCollection>;

/** A category of `/api/v3/tags`; `parent` (or `parent_id`) links a child to its parent. */
export const UshahidiTag = z.object({
  id: numeric,
  tag: z.string(),
  parent: Reference.nullish().catch(undefined),
  parent_id: numeric.nullish().catch(undefined),
});
export type UshahidiTag = z.infer<typeof UshahidiTag>;

/** A survey of `/api/v3/forms`. */
export const UshahidiForm = z.object({ id: numeric, name: z.string().optional(), description: OptionalText });
export type UshahidiForm = z.infer<typeof UshahidiForm>;

/** The error body of the API: `{ errors: [{ status, title, message? }] }`. */
export const UshahidiErrors = z.object({
  errors: z.array(z.object({ status: numeric, title: z.string(), message: z.string().optional() })),
});
export type UshahidiErrors = z.infer<typeof UshahidiErrors>;
