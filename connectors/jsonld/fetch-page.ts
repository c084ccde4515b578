import { HttpError, type ReadContext, type RobotsGuard } from '../sdk/index.ts';
import type { JsonLdConfig } from './config.ts';

/** A fetched HTML page, at the URL it was finally served from. */
export interface FetchedPage {
  readonly url: string;
  readonly html: string;
}

/**
 * Fetches one page within the host's Crawl-delay. Gives undefined for what a crawler passes over: a page
 * that is missing or refused (4xx other than 429), that redirects off the site, or that is not HTML.
 * Everything else (429 and 5xx after retries, network failures) is thrown: the site is in trouble, and the
 * checkpoint lets the next run continue.
 */
export async function fetchPage(
  context: ReadContext<JsonLdConfig>,
  robots: RobotsGuard,
  url: string,
): Promise<FetchedPage | undefined> {
  try {
    const response = await robots.throttle(url, () =>
      context.http.text({
        url,
        signal: context.signal,
        headers: { accept: 'text/html,application/xhtml+xml' },
      }),
    );
    if (new URL(response.url).origin !== new URL(url).origin) return undefined;
    const type = response.headers.get('content-type') ?? '';
    if (type && !/html/i.test(type)) return undefined;
    return { url: response.url, html: response.body };
  } catch (error) {
    if (error instanceof HttpError && error.status >= 400 && error.status < 500 && error.status !== 429) {
      context.log.info({ url, status: error.status }, 'page skipped');
      return undefined;
    }
    throw error;
  }
}
