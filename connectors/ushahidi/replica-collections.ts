import { type REPLICA_FORMS, REPLICA_TAGS } from './replica-vocabulary.ts';

/** A category as `/api/v3/tags` lists it, with its parent and children as references. */
export function tagJson(tag: (typeof REPLICA_TAGS)[number], base: string): Record<string, unknown> {
  const children = REPLICA_TAGS.filter((child) => child.parent === tag.id).map((child) => ({
    id: child.id,
    url: `${base}/api/v3/tags/${child.id}`,
  }));
  return {
    id: tag.id,
    url: `${base}/api/v3/tags/${tag.id}`,
    ...(tag.parent
      ? { parent: { id: tag.parent, url: `${base}/api/v3/tags/${tag.parent}` } }
      : { parent_id: null }),
    tag: tag.tag,
    slug: tag.tag.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
    type: 'category',
    color: null,
    icon: 'tag',
    description: tag.description ?? null,
    priority: 99,
    created: '2020-03-31T11:08:56+00:00',
    role: null,
    children,
    allowed_privileges: ['read', 'search'],
  };
}

/** A survey as `/api/v3/forms` lists it. */
export function formJson(form: (typeof REPLICA_FORMS)[number], base: string): Record<string, unknown> {
  return {
    id: form.id,
    url: `${base}/api/v3/forms/${form.id}`,
    parent_id: null,
    name: form.name,
    description: form.description,
    color: null,
    type: 'report',
    disabled: false,
    created: '2020-03-31T10:00:00+00:00',
    updated: null,
    hide_author: true,
    require_approval: true,
    everyone_can_create: true,
    can_create: [],
    tags: [],
    allowed_privileges: ['read', 'search'],
  };
}
