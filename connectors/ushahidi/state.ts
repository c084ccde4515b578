import { z } from 'zod';
import type { JsonValue, SyncMode } from '../sdk/index.ts';

/** The list passes a run makes: `all` posts (full), or those `updated` and those `created` after a time. */
export const PASSES = ['all', 'updated', 'created'] as const;
export type Pass = (typeof PASSES)[number];

/**
 * The checkpoint of the `posts` stream. `highWater` is the latest change time completed runs saw; `run` is
 * present only while a run is in progress and says which pass and offset a resumed run continues at.
 */
export const PostsState = z.object({
  highWater: z.string().optional(),
  run: z
    .object({
      pass: z.enum(PASSES),
      offset: z.number().int().nonnegative(),
      since: z.string().optional(),
      highWater: z.string().optional(),
    })
    .optional(),
});
export type PostsState = z.infer<typeof PostsState>;

/** How a run proceeds: the passes left, where the first starts, and the time incremental passes filter on. */
export interface PostsPlan {
  readonly passes: readonly Pass[];
  readonly offset: number;
  readonly since?: string;
}

/**
 * Plans a run. A full run lists all posts. An incremental run after a completed one lists posts updated
 * after its high-water mark and then posts created after it: Ushahidi leaves `updated` empty on posts
 * never edited, and `updated_after` does not match those. An interrupted run continues at its pass and
 * offset. An unreadable checkpoint counts as none.
 */
export function planPosts(
  mode: SyncMode,
  raw: JsonValue | undefined,
): { state: PostsState; plan: PostsPlan } {
  const parsed = PostsState.safeParse(raw ?? {});
  const state = parsed.success ? parsed.data : {};
  if (state.run) {
    const { pass, offset, since } = state.run;
    const passes =
      pass === 'all'
        ? (['all'] as const)
        : pass === 'updated'
          ? (['updated', 'created'] as const)
          : (['created'] as const);
    return { state, plan: { passes, offset, since } };
  }
  if (mode === 'incremental' && state.highWater) {
    return { state, plan: { passes: ['updated', 'created'], offset: 0, since: state.highWater } };
  }
  return { state, plan: { passes: ['all'], offset: 0 } };
}
