/** Query parameters that carry credentials on some platforms (GlobalGiving's `api_key`, tokens, signatures). */
const SECRET_PARAMS =
  /^(api[_-]?key|apikey|key|token|access[_-]?token|auth|secret|password|signature|sig|client[_-]?secret)$/i;

/**
 * A URL fit for logs and error messages: credentials in the query string and user info replaced by `***`.
 * Unparseable input is returned as it is.
 */
export function redactUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url;
  }
  let changed = false;
  if (parsed.username || parsed.password) {
    parsed.username = parsed.username ? '***' : '';
    parsed.password = parsed.password ? '***' : '';
    changed = true;
  }
  for (const key of [...parsed.searchParams.keys()]) {
    if (SECRET_PARAMS.test(key)) {
      parsed.searchParams.set(key, '***');
      changed = true;
    }
  }
  return changed ? parsed.toString().replaceAll('%2A%2A%2A', '***') : url;
}
