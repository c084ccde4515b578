import { parse } from 'csv-parse/sync';
import { ConnectorError } from '../sdk/index.ts';
import type { TabularConfig } from './config.ts';

/** Delimiters `auto` chooses from, in order of preference when they occur equally often. */
const DELIMITERS = [';', ',', '\t', '|'] as const;

/**
 * Parses CSV text into rows of cells with csv-parse: quoted fields with delimiters and line breaks, rows of
 * uneven length (a trailing empty column is common), empty lines skipped, cells trimmed. An unreadable file
 * (an unclosed quote) is a configuration error naming the line, since no row after it can be trusted.
 */
export function parseCsv(text: string, delimiter: TabularConfig['delimiter']): string[][] {
  const chosen = delimiter === 'auto' ? detectDelimiter(text) : delimiter;
  try {
    return parse(text, {
      delimiter: chosen,
      bom: true,
      trim: true,
      relax_column_count: true,
      skip_empty_lines: true,
    }) as string[][];
  } catch (error) {
    throw new ConnectorError('config', `the CSV file cannot be read: ${(error as Error).message}`, {
      cause: error,
    });
  }
}

/** The delimiter that occurs most often, outside quotes, in the first non-empty line (the header, usually). */
export function detectDelimiter(text: string): (typeof DELIMITERS)[number] {
  const line = firstLine(text);
  let best: (typeof DELIMITERS)[number] = DELIMITERS[0];
  let most = 0;
  for (const candidate of DELIMITERS) {
    const count = line.split(candidate).length - 1;
    if (count > most) {
      best = candidate;
      most = count;
    }
  }
  return best;
}

/** The first non-empty line, with quoted parts removed so that a "Zorg; welzijn" header cell does not count. */
function firstLine(text: string): string {
  const unquoted = text.replace(/"(?:[^"]|"")*"/g, '');
  return unquoted.split(/\r\n|\r|\n/).find((line) => line.trim() !== '') ?? '';
}
