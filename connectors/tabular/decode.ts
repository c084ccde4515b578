import type { TabularConfig } from './config.ts';

/**
 * Turns a CSV file's bytes into text. `auto` follows what spreadsheet programs write: a byte-order mark
 * names UTF-8 or UTF-16; without one, bytes that are valid UTF-8 are UTF-8, and anything else is read as
 * Windows-1252 (what Excel on Windows saves as "CSV (semicolon delimited)"), which every byte decodes in.
 */
export function decodeCsv(bytes: Uint8Array, encoding: TabularConfig['encoding']): string {
  if (encoding !== 'auto') return new TextDecoder(encoding).decode(bytes).replace(/^\uFEFF/, '');
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
