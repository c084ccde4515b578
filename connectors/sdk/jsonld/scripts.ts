/** The media type of JSON-LD script blocks; parameters such as `; charset=utf-8` may follow it. */
const JSON_LD_TYPE = /^\s*application\/ld\+json\s*(;.*)?$/i;

/**
 * Finds the text of every `<script type="application/ld+json">` block of an HTML page, in document
 * order. Blocks inside HTML comments are skipped (sites comment markup out instead of deleting it), the
 * `<!-- -->` and CDATA wrappers some CMSs put around the JSON are removed, and empty blocks are dropped.
 * A scanner rather than a full HTML parser: script contents are raw text up to `</script`, which is all
 * that has to be found.
 *
 * @example
 * jsonLdScripts('<head><script type="application/ld+json">{"@type":"NGO"}</script></head>');
 * // ['{"@type":"NGO"}']
 */
export function jsonLdScripts(html: string): string[] {
  const found: string[] = [];
  const lower = html.toLowerCase();
  let at = 0;
  while (at < html.length) {
    const comment = lower.indexOf('<!--', at);
    const script = lower.indexOf('<script', at);
    if (script < 0) break;
    if (comment >= 0 && comment < script) {
      const end = lower.indexOf('-->', comment + 4);
      if (end < 0) break;
      at = end + 3;
      continue;
    }
    const tagEnd = html.indexOf('>', script);
    if (tagEnd < 0) break;
    const close = lower.indexOf('</script', tagEnd);
    const contentEnd = close < 0 ? html.length : close;
    if (JSON_LD_TYPE.test(typeAttribute(html.slice(script + 7, tagEnd)) ?? '')) {
      const text = unwrap(html.slice(tagEnd + 1, contentEnd));
      if (text) found.push(text);
    }
    at = close < 0 ? html.length : close + 8;
  }
  return found;
}

/** The value of the `type` attribute in a tag's attribute text, quoted or not. */
function typeAttribute(attributes: string): string | undefined {
  const match = /(?:^|\s)type\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i.exec(attributes);
  return match ? (match[1] ?? match[2] ?? match[3]) : undefined;
}

/** Removes the comment and CDATA wrappers of old-style inline scripts. */
function unwrap(text: string): string {
  return text
    .trim()
    .replace(/^(?:\/\/\s*|\/\*\s*)?<!\[CDATA\[(?:\s*\*\/)?/, '')
    .replace(/(?:\/\/\s*|\/\*\s*)?\]\]>(?:\s*\*\/)?$/, '')
    .trim()
    .replace(/^<!--/, '')
    .replace(/-->$/, '')
    .trim();
}
