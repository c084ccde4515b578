/**
 * HTML to plain text for platform descriptions. Internal to this connector for now; every connector
 * that harvests HTML needs it, so it should move to the SDK's normalisation helpers.
 */

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  shy: '',
  ensp: ' ',
  emsp: ' ',
  thinsp: ' ',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  bull: '•',
  middot: '·',
  euro: '€',
  pound: '£',
  cent: '¢',
  copy: '©',
  reg: '®',
  trade: '™',
  deg: '°',
  times: '×',
  divide: '÷',
  para: '¶',
  sect: '§',
  laquo: '«',
  raquo: '»',
  lsquo: '‘',
  rsquo: '’',
  sbquo: '‚',
  ldquo: '“',
  rdquo: '”',
  bdquo: '„',
  auml: 'ä',
  ouml: 'ö',
  uuml: 'ü',
  Auml: 'Ä',
  Ouml: 'Ö',
  Uuml: 'Ü',
  szlig: 'ß',
  euml: 'ë',
  iuml: 'ï',
  Euml: 'Ë',
  Iuml: 'Ï',
  eacute: 'é',
  egrave: 'è',
  ecirc: 'ê',
  aacute: 'á',
  agrave: 'à',
  acirc: 'â',
  oacute: 'ó',
  ograve: 'ò',
  ocirc: 'ô',
  uacute: 'ú',
  ugrave: 'ù',
  ucirc: 'û',
  iacute: 'í',
  igrave: 'ì',
  icirc: 'î',
  ccedil: 'ç',
  ntilde: 'ñ',
  Eacute: 'É',
  Egrave: 'È',
  Ccedil: 'Ç',
  Ntilde: 'Ñ',
  oslash: 'ø',
  aring: 'å',
  aelig: 'æ',
};

/** Elements whose content is not text at all. */
const DROPPED = /<(script|style|iframe|noscript|template|object|svg)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
/** Elements that start a new paragraph. */
const PARAGRAPH =
  /<\/?(p|div|h[1-6]|blockquote|section|article|header|footer|table|pre|ul|ol|figure|hr)\b[^>]*>/gi;
/** Elements that end a line (a list item's line starts at the next `<li>` or ends with its list). */
const LINE = /<(br|tr)\b[^>]*\/?>|<\/(tr|dd|dt)\s*>/gi;

/** Decodes named, decimal and hexadecimal character references; unknown names stay as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z][a-z0-9]*);/gi, (match, body: string) => {
    if (body[0] === '#') {
      const code =
        body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number(body.slice(1));
      return Number.isInteger(code) && code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff)
        ? String.fromCodePoint(code)
        : match;
    }
    return NAMED_ENTITIES[body] ?? match;
  });
}

/**
 * Turns an HTML fragment (or plain text with stray tags and entities) into plain text: scripts and
 * embedded frames dropped, paragraphs and headings separated by a blank line, `<br>` and list items on
 * their own line (list items with "- "), other tags removed, entities decoded, runs of spaces collapsed
 * and lines trimmed. Returns undefined when no text is left.
 *
 * @example
 * htmlToText('<p>Wir&nbsp;retten <b>Lebensmittel</b>.</p><ul><li>Tafel</li><li>Café</li></ul>');
 * // 'Wir retten Lebensmittel.\n\n- Tafel\n- Café'
 */
export function htmlToText(html: string | null | undefined): string | undefined {
  if (!html) return undefined;
  const text = html
    .replace(/\r\n?/g, '\n')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(DROPPED, ' ')
    .replace(PARAGRAPH, '\n\n')
    .replace(/<li\b[^>]*>/gi, '\n- ')
    .replace(LINE, '\n')
    .replace(/<\/?[a-z][^>]*>/gi, '')
    .replace(/[ \t\f\v]+/g, ' ');
  const lines = decodeEntities(text)
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim());
  const collapsed = lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return collapsed || undefined;
}
