import { z } from 'zod';
import type { JsonValue } from '../sdk/index.ts';

/**
 * The checkpoint of the `rows` stream: what identifies the file the last completed read saw (its ETag and
 * Last-Modified for a conditional request, its sha256 for a file on disk or a server without them), and,
 * while a read is in progress, how far into which file it got.
 */
export const RowsState = z.object({
  etag: z.string().optional(),
  lastModified: z.string().optional(),
  sha256: z.string().optional(),
  run: z.object({ sha256: z.string(), offset: z.number().int().nonnegative() }).optional(),
});
export type RowsState = z.infer<typeof RowsState>;

/** Reads a checkpoint; an unreadable one counts as none (a full read), never as an error. */
export function readState(checkpoint: JsonValue | undefined): RowsState {
  const parsed = RowsState.safeParse(checkpoint ?? {});
  return parsed.success ? parsed.data : {};
}
