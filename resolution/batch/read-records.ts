import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { SourceRecord } from '../../schema/index.ts';

/** One line of an NDJSON file of source records: the record, or why the line was rejected. */
export type RecordLine =
  | { readonly line: number; readonly record: SourceRecord }
  | { readonly line: number; readonly error: string };

/** Issues named per line at most; the rest are counted. */
const ISSUES_SHOWN = 3;

function describe(error: { issues: readonly { path: PropertyKey[]; message: string }[] }): string {
  const shown = error.issues
    .slice(0, ISSUES_SHOWN)
    .map((issue) => `${issue.path.map(String).join('.') || '(record)'}: ${issue.message}`);
  const more = error.issues.length - shown.length;
  return more > 0 ? `${shown.join('; ')} (+${more} more)` : shown.join('; ');
}

/** Parses and validates one NDJSON line as a source record. */
export function parseRecordLine(text: string, line: number): RecordLine {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { line, error: `not JSON: ${(error as Error).message}` };
  }
  const parsed = SourceRecord.safeParse(value);
  return parsed.success ? { line, record: parsed.data } : { line, error: describe(parsed.error) };
}

/** Opens the input: `-` is standard input, anything else a file path. */
export function openInput(input: string): Readable {
  return input === '-' ? process.stdin : createReadStream(input);
}

/**
 * Reads source records from NDJSON, one per line, numbering lines from 1. Blank lines are skipped; a line
 * that is not JSON or not a valid source record comes back as an error, never stopping the read.
 */
export async function* readRecordLines(stream: Readable): AsyncGenerator<RecordLine> {
  const lines = createInterface({
    input: stream,
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  let line = 0;
  for await (const text of lines) {
    line++;
    if (text.trim() === '') continue;
    yield parseRecordLine(text, line);
  }
}
