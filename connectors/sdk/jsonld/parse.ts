import { decodeEntities } from '../normalize/index.ts';

/** The outcome of parsing one JSON-LD block: the value, or a message saying what is wrong with it. */
export type JsonLdParseResult =
  | { readonly ok: true; readonly value: unknown; readonly repaired: boolean }
  | { readonly ok: false; readonly error: string };

/**
 * Parses the text of a JSON-LD block as browsers' and search engines' parsers tolerate it. Strict JSON
 * first; when that fails, the mistakes hand-written and templated JSON-LD commonly has are repaired -
 * a byte-order mark, raw line breaks and tabs inside strings, trailing commas, and a whole block
 * HTML-escaped (`{&quot;@type&quot;: ...}`) - and `repaired` says so. Anything else is reported with
 * the parser's message, never thrown.
 *
 * @example
 * parseJsonLd('{"name": "Buurtkamer\nOost",}'); // { ok: true, value: { name: 'Buurtkamer\nOost' }, repaired: true }
 */
export function parseJsonLd(text: string): JsonLdParseResult {
  const strict = tryParse(text);
  if (strict.ok) return { ok: true, value: strict.value, repaired: false };
  let candidate = text.replace(/^\uFEFF/, '');
  if (/^\s*[[{]\s*&quot;/.test(candidate)) candidate = decodeEntities(candidate);
  const repaired = tryParse(repair(candidate));
  if (repaired.ok) return { ok: true, value: repaired.value, repaired: true };
  return { ok: false, error: `not valid JSON: ${strict.error}` };
}

function tryParse(text: string): { ok: true; value: unknown } | { ok: false; error: string } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, error: (error as Error).message };
  }
}

const ESCAPES: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** Escapes control characters inside strings and drops commas before a closing bracket, outside strings. */
function repair(text: string): string {
  let out = '';
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i] as string;
    if (inString) {
      if (char === '\\') {
        out += char + (text[i + 1] ?? '');
        i++;
      } else if (char === '"') {
        inString = false;
        out += char;
      } else if (char < ' ') {
        out += ESCAPES[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
      } else out += char;
      continue;
    }
    if (char === '"') inString = true;
    if (char === ',' && closesNext(text, i + 1)) continue;
    out += char;
  }
  return out;
}

/** Whether the next character after whitespace from `from` on closes an object or array. */
function closesNext(text: string, from: number): boolean {
  let i = from;
  while (i < text.length && /\s/.test(text[i] as string)) i++;
  return text[i] === '}' || text[i] === ']';
}
