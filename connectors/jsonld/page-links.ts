/** The links a crawler may follow from a page. */
export interface PageLinks {
  /** `<meta name="robots" content="nofollow">`: the page asks that its links not be followed. */
  readonly nofollow: boolean;
  /** Absolute http(s) URLs of its links (`<a href>`), without fragments and without `rel="nofollow"` ones. */
  readonly links: readonly string[];
}

const ANCHOR = /<a\b([^>]*)>/gi;
const HREF = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i;
const NOFOLLOW_REL = /\brel\s*=\s*(?:"[^"]*\bnofollow\b[^"]*"|'[^']*\bnofollow\b[^']*'|nofollow\b)/i;

/**
 * Reads a page's links and whether its robots meta tag forbids following them (the SDK's `fetchHtmlPage`
 * reads `noindex` and the language). Regular expressions are enough here: the crawler needs hrefs and a few
 * attributes, and pages with broken markup must still give what they can.
 */
export function readPageLinks(html: string, pageUrl: string): PageLinks {
  const withoutComments = html.replace(/<!--[\s\S]*?-->/g, '');
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
  return { nofollow: /\b(nofollow|none)\b/.test(robots), links: [...links] };
}
