import type { Logger } from '../../../lib/log.ts';
import { HttpError } from '../errors.ts';
import type { HttpClient } from '../http.ts';
import type { RobotsGuard } from '../robots.ts';

/** An HTML page as a crawler fetched it. */
export interface HtmlPage {
  /** The URL the page was finally served from (after redirects). */
  readonly url: string;
  readonly html: string;
  /** `<html lang>`, when the page states it. */
  readonly language?: string;
  /** The page asks not to be indexed (`<meta name="robots" content="noindex">`). */
  readonly noindex: boolean;
}

/** Options of `fetchHtmlPage`. */
export interface FetchHtmlPageOptions {
  readonly http: HttpClient;
  readonly url: string;
  /** Keeps the request within the host's Crawl-delay; robots.txt rules are the caller's to check first. */
  readonly robots?: RobotsGuard;
  readonly signal?: AbortSignal;
  readonly log?: Logger;
}

/**
 * Fetches one page for a crawler. Gives undefined for what a crawler passes over: a page that is missing
 * or refused (4xx other than 429), that redirects to another site, or that is not HTML. Everything else
 * (429 and 5xx after the client's retries, network failures) is thrown: the site is in trouble, and a
 * checkpoint lets the next run continue.
 *
 * @example
 * const page = await fetchHtmlPage({ http: context.http, url, robots, signal: context.signal });
 * if (page && !page.noindex) extractJsonLd(page.html);
 */
export async function fetchHtmlPage(options: FetchHtmlPageOptions): Promise<HtmlPage | undefined> {
  const { http, url } = options;
  const request = () =>
    http.text({ url, signal: options.signal, headers: { accept: 'text/html,application/xhtml+xml' } });
  try {
    const response = await (options.robots ? options.robots.throttle(url, request) : request());
    if (new URL(response.url).origin !== new URL(url).origin) return undefined;
    const type = response.headers.get('content-type') ?? '';
    if (type && !/html/i.test(type)) return undefined;
    return {
      url: response.url,
      html: response.body,
      language: htmlLanguage(response.body),
      noindex: /<meta\b[^>]*name\s*=\s*["']?robots["']?[^>]*content\s*=\s*["'][^"']*noindex/i.test(
        response.body,
      ),
    };
  } catch (error) {
    if (error instanceof HttpError && error.status >= 400 && error.status < 500 && error.status !== 429) {
      options.log?.info({ url, status: error.status }, 'page skipped');
      return undefined;
    }
    throw error;
  }
}

/** The language tag of `<html lang="nl-NL">`, lower-cased language with its region as written. */
function htmlLanguage(html: string): string | undefined {
  const match = /<html\b[^>]*\blang\s*=\s*["']?([a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*)/i.exec(html);
  if (!match?.[1]) return undefined;
  const [language, ...rest] = match[1].split('-');
  return [language?.toLowerCase(), ...rest].join('-');
}
