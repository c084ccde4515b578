/** Milliseconds since the epoch of an ISO 8601 time, so that times with different offsets order correctly. */
export function epochMs(field: string, iso: string): number {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms))
    throw new TypeError(`${field} must be an ISO 8601 date and time, got ${JSON.stringify(iso)}`);
  return ms;
}
