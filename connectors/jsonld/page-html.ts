/** What the crawler reads from a page's HTML besides its JSON-LD. */
export interface PageHtml {
  /** `<html lang>`, as a lower-case BCP 47 tag. */
  readonly language?: string;
  /** `<meta name="robots" content="noindex">`: the page asks not to be harvested. */
  readonly noindex: boolean;
  /** `<meta name="robots" content="nofollow">`: the page asks that its links not be followed. */
  readonly nofollow: boolean;
  /** Absolute http(s) URLs of its links (`<a href>`), without fragments and without `rel="nofollow"` ones. */
  readonly links: readonly string[];
}

const ANCHOR = /<a\b([^>]*)>/gi;
const HREF = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i;
const NOFOLLOW_REL = /\brel\s*=\s*(?:"[^"]*\bnofollow\b[^"]*"|'[^']*\bnofollow\b[^']*'|nofollow\b)/i;

/**
 * Reads a page's language, its robots meta tag and its links. Regular expressions are enough here: the
 * crawler needs hrefs and two attributes, and pages with broken markup must still give what they can.
 */
export function readPageHtml(html: string, pageUrl: string): PageHtml {
  const withoutComments = html.replace(/<!--[\s\S]*?-->/g, '');
  const language = /<html\b[^>]*\blang\s*=\s*["']?([A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)/i.exec(
    withoutComments,
  )?.[1];
  const robots = [...withoutComments.matchAll(/<meta\b[^>]*>/gi)]
    .map(([tag]) => tag)
    .filter((tag) => /\bname\s*=\s*["']?robots\b/i.test(tag))
    .map((tag) => /\bcontent\s*=\s*["']([^"']*)["']/i.exec(tag)?.[1]?.toLowerCase() ?? '')
    .join(',');
  const links = new Set<string>();
  for (const [, attributes = ''] of withoutComments.matchAll(ANCHOR)) {
    if (NOFOLLOW_REL.test(attributes)) continue;
    const match = HREF.exec(attributes);
    const href = (match?.[1] ?? match?.[2] ?? match?.[3])?.trim().replace(/&amp;/g, '&');
    if (!href) continue;
    try {
      const url = new URL(href, pageUrl);
      url.hash = '';
      if (url.protocol === 'http:' || url.protocol === 'https:') links.add(url.toString());
    } catch {
      continue;
    }
  }
  return {
    language: language?.toLowerCase(),
    noindex: /\b(noindex|none)\b/.test(robots),
    nofollow: /\b(nofollow|none)\b/.test(robots),
    links: [...links],
  };
}
