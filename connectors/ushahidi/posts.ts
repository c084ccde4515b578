import type { StreamDefinition } from '../sdk/index.ts';
import type { UshahidiConfig } from './config.ts';
import { mapPost } from './mapping.ts';
import { UshahidiPost } from './raw.ts';
import { readPosts } from './read-posts.ts';

/**
 * The `posts` stream: the posts of a crowdsourced help map as listings (offers and requests).
 * Primary key `id`; cursor `updated` (falling back to `created`, see state.ts).
 */
export const postsStream: StreamDefinition<UshahidiConfig, UshahidiPost> = {
  name: 'posts',
  primaryKey: 'id',
  cursorField: 'updated',
  raw: UshahidiPost,
  read: readPosts,
  map: mapPost,
};
