import { z } from 'zod';
import type { JsonValue } from '../sdk/index.ts';

/** What a completed read of a data file leaves, for a conditional request next time. */
const PackageMark = z.object({ etag: z.string().optional(), lastModified: z.string().optional() });

/**
 * The checkpoint of the `grants` stream. `funders` and `packages` describe what completed reads saw (when
 * a funder last published; the ETag and Last-Modified of a file); `run` is present only while a run is in
 * progress and says where it continues.
 */
export const GrantsState = z.object({
  funders: z.record(z.string(), z.object({ lastPublished: z.string().optional() })).default({}),
  packages: z.record(z.string(), PackageMark).default({}),
  run: z
    .object({
      /** Position in the configured funders followed by the configured packages. */
      source: z.number().int().nonnegative(),
      /** The datastore page to read next for the current funder. */
      next: z.string().optional(),
      /** Grants of the current data file already read. */
      offset: z.number().int().nonnegative().optional(),
      /** ETag of the current data file, so that a resumed run notices a file that changed meanwhile. */
      etag: z.string().optional(),
      /** Grants to individuals skipped so far in this run. */
      skipped: z.number().int().nonnegative().default(0),
    })
    .optional(),
});
export type GrantsState = z.infer<typeof GrantsState>;

/** Reads a checkpoint; an unreadable one counts as none (a fresh start), never as an error. */
export function readState(checkpoint: JsonValue | undefined): GrantsState {
  const parsed = GrantsState.safeParse(checkpoint ?? {});
  return parsed.success ? parsed.data : GrantsState.parse({});
}
