/**
 * The default base URL of generic connectors, which reach whatever site or file a source names and so
 * have no endpoint of their own. The reserved `.invalid` domain (RFC 2606) can never be fetched; a connector
 * checks for it with `isUnsetBaseUrl` and fails with a configuration error that says to set `baseUrl`.
 */
export const NO_BASE_URL = 'https://site.invalid';

/** Whether a source left its base URL at `NO_BASE_URL`. */
export function isUnsetBaseUrl(baseUrl: string): boolean {
  try {
    return new URL(baseUrl).hostname.endsWith('.invalid');
  } catch {
    return true;
  }
}
