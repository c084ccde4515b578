import { termsOfWord, words } from '../../shared/text.ts';

/** A field's text with the matched words marked. */
export interface Highlight {
  readonly field: string;
  readonly snippet: string;
}

/** Longest snippet of a long field, in characters; short fields are shown whole. */
const SNIPPET_CHARS = 160;

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (char) => ESCAPES[char]!);

/**
 * Marks the words of a text whose index terms the query matched, as `<mark>word</mark>` with the rest
 * HTML-escaped (so the snippet can go into a page as it is). Long texts are cut to a window around the first
 * match, with an ellipsis where they were cut. Undefined when nothing in the text matched.
 */
export function highlight(
  field: string,
  text: string | undefined,
  matched: ReadonlySet<string>,
): Highlight | undefined {
  if (!text) return undefined;
  const hits = words(text).filter(({ word }) => termsOfWord(word).some((term) => matched.has(term)));
  if (hits.length === 0) return undefined;
  let from = 0;
  let to = text.length;
  if (text.length > SNIPPET_CHARS) {
    from = Math.max(0, hits[0]!.start - SNIPPET_CHARS / 4);
    const space = text.lastIndexOf(' ', from);
    from = from === 0 || space < 0 ? from : space + 1;
    to = Math.min(text.length, from + SNIPPET_CHARS);
    const end = text.indexOf(' ', to);
    to = end < 0 || end - to > 20 ? to : end;
  }
  let snippet = from > 0 ? '…' : '';
  let position = from;
  for (const { word, start } of hits) {
    if (start < from || start + word.length > to) continue;
    snippet += `${escapeHtml(text.slice(position, start))}<mark>${escapeHtml(word)}</mark>`;
    position = start + word.length;
  }
  snippet += escapeHtml(text.slice(position, to)) + (to < text.length ? '…' : '');
  return { field, snippet };
}
