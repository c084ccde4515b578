import { createRng, nameVariant, type World, type WorldInitiative } from '../replica/index.ts';
import { NEED_TAG, REPLICA_TAGS, THEME_OFFER, THEME_TAG } from './replica-vocabulary.ts';

const DAY_MS = 86_400_000;
const FIRST_NAMES = [
  'Sanne',
  'Mohamed',
  'Anouk',
  'Joost',
  'Ayla',
  'Pieter',
  'Fleur',
  'Hamza',
  'Lieke',
  'Ruud',
];
const LAST_NAMES = ['Visser', 'de Boer', 'Yilmaz', 'Smit', 'Meijer', 'van Leeuwen', 'Bos', 'Hendriks'];

/** Attribute keys of the replica's surveys, as Ushahidi names them (uuids). */
export const ATTRIBUTES = {
  location: '7f1004e3-b0e4-4507-94ad-50c23a39e400',
  website: '75aa5e4d-fe98-4a7a-94ec-adab2f7f9b88',
  name: 'c3d9a1f0-5b2e-4e7a-9d41-0f6b8e2a7c11',
  phone: 'e8a2b4c6-1d3f-4a5b-8c7d-9e0f1a2b3c4d',
  email: 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d',
  media: '9509810c-6489-47e4-9192-5af926609e08',
} as const;

/** A post of the replica before it is rendered, with what it sorts and filters on. */
export interface ReplicaPost {
  readonly id: number;
  readonly initiative: WorldInitiative;
  readonly form: 1 | 2 | 3;
  readonly title: string;
  readonly content: string;
  readonly tags: readonly number[];
  readonly created: number;
  /** Null when the post was never edited, as Ushahidi leaves it. */
  readonly updated: number | null;
  readonly lat: number;
  readonly lon: number;
  readonly person: { readonly name: string; readonly phone: string; readonly email: string };
}

/** A private person who posts on the map. */
function poster(initiative: WorldInitiative, n: number): ReplicaPost['person'] {
  const rng = createRng(`${initiative.id}:ushahidi:person:${n}`);
  const first = rng.pick(FIRST_NAMES);
  const last = rng.pick(LAST_NAMES);
  return {
    name: `${first} ${last}`,
    phone: `06-${rng.int(10_000_000, 99_999_999)}`,
    email: `${first}${last}`.toLowerCase().replace(/[^a-z]/g, '') + '@hotmail.com',
  };
}

/**
 * The posts of the world's initiatives on Ushahidi: one reporting the initiative, one request per need (at
 * most two) and sometimes an offer derived from its main theme, each at a point near the initiative.
 */
export function replicaPosts(world: World): ReplicaPost[] {
  const now = Date.parse(world.referenceDate);
  const posts: ReplicaPost[] = [];
  let id = 300;
  for (const initiative of world.initiatives.filter((i) => i.presence.includes('ushahidi'))) {
    const rng = createRng(`${initiative.id}:ushahidi`);
    const name = nameVariant(initiative, 'ushahidi', createRng(`${initiative.id}:ushahidi:name`));
    const themeTags = [...new Set(initiative.themes.map((theme) => THEME_TAG[theme]))];
    const drafts: Omit<
      ReplicaPost,
      'id' | 'created' | 'updated' | 'lat' | 'lon' | 'person' | 'initiative'
    >[] = [
      { form: 3, title: name, content: initiative.description, tags: themeTags },
      ...initiative.needs.slice(0, 2).map((need) => ({
        form: 1 as const,
        title: `${name} zoekt ${need.description}`,
        content: `${initiative.summary} Wie helpt ons aan ${need.description}?`,
        tags: [NEED_TAG[need.type], ...themeTags.slice(0, 1)],
      })),
    ];
    const theme = initiative.themes[0];
    if (theme && rng.chance(0.6)) {
      drafts.push({
        form: 2,
        title: `${name} biedt ${THEME_OFFER[theme]}`,
        content: `${initiative.summary} Neem contact op via de kaart.`,
        tags: [THEME_TAG[theme]],
      });
    }
    const profileUpdated = Date.parse(initiative.updatedAt);
    drafts.forEach((draft, n) => {
      const earliest = Date.parse(`${initiative.foundedOn}T12:00:00Z`);
      let created = Math.max(earliest, now - rng.int(5, 700) * DAY_MS) + rng.int(0, 86_399) * 1000;
      let updated: number | null = rng.chance(0.7)
        ? Math.min(now - 1000, created + rng.int(1, 60) * DAY_MS)
        : null;
      // The initiative's own report is edited whenever the initiative's profile is.
      if (draft.form === 3) {
        created = Math.min(created, profileUpdated - DAY_MS);
        updated = profileUpdated;
      }
      posts.push({
        ...draft,
        id: id++,
        initiative,
        created,
        updated,
        lat: Number((initiative.place.lat + rng.float(-0.004, 0.004)).toFixed(6)),
        lon: Number((initiative.place.lon + rng.float(-0.004, 0.004)).toFixed(6)),
        person: poster(initiative, n),
      });
    });
  }
  return posts;
}

/** Ushahidi's time notation: `2020-04-20T15:24:24+00:00`. */
export function ushahidiTime(ms: number): string {
  return `${new Date(Math.floor(ms / 1000) * 1000).toISOString().slice(0, 19)}+00:00`;
}

/** The detail JSON of a post (`/api/v3/posts/{id}`), in the field order of the real API. */
export function postJson(post: ReplicaPost, base: string): Record<string, unknown> {
  const rng = createRng(`ushahidi:post:${post.id}`);
  const ref = (kind: string, id: number) => ({ id, url: `${base}/api/v3/${kind}/${id}` });
  const values: Record<string, unknown[]> = {
    [ATTRIBUTES.location]: [{ lon: post.lon, lat: post.lat }],
    [ATTRIBUTES.name]: [post.person.name],
    [ATTRIBUTES.phone]: [post.person.phone],
    [ATTRIBUTES.email]: [post.person.email],
  };
  if (post.form === 3 && post.initiative.website)
    values[ATTRIBUTES.website] = [`${post.initiative.website}/`];
  if (rng.chance(0.5)) values[ATTRIBUTES.media] = [String(200 + post.id)];
  const tags = [
    ...new Set(post.tags.flatMap((id) => [REPLICA_TAGS.find((t) => t.id === id)?.parent ?? 0, id])),
  ].filter((id) => id > 0);
  return {
    id: post.id,
    url: `${base}/api/v3/posts/${post.id}`,
    parent_id: null,
    form: ref('forms', post.form),
    user_id: rng.chance(0.5) ? 1000 + post.id : null,
    message: null,
    color: '#ff9999',
    type: 'report',
    title: post.title,
    slug: `${post.title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .slice(0, 60)}-${post.id.toString(16)}`,
    content: post.content,
    author_email: post.person.email,
    author_realname: post.person.name,
    status: 'published',
    created: ushahidiTime(post.created),
    updated: post.updated === null ? null : ushahidiTime(post.updated),
    locale: 'en_us',
    values,
    post_date: ushahidiTime(post.created - rng.int(0, 3600) * 1000),
    tags: tags.map((id) => ref('tags', id)),
    published_to: [],
    completed_stages: [],
    sets: [],
    lock: null,
    source: 'web',
    contact: null,
    data_source_message_id: null,
    allowed_privileges: ['read', 'search'],
  };
}

/** The GeoJSON feature of a post in `/api/v3/posts/geojson`. */
export function featureJson(post: ReplicaPost, base: string): Record<string, unknown> {
  return {
    type: 'Feature',
    geometry: {
      type: 'GeometryCollection',
      geometries: [{ type: 'Point', coordinates: [post.lon, post.lat] }],
    },
    properties: {
      title: post.title,
      description: post.content,
      'marker-color': '#ff9999',
      id: post.id,
      url: `${base}/api/v3/posts/${post.id}`,
    },
  };
}
