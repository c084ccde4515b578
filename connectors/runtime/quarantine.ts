import { createHash } from 'node:crypto';
import type { z } from 'zod';
import { canonicalJson } from '../../schema/index.ts';
import type { QuarantineEntry, QuarantineIssue } from '../../store/index.ts';

/** Turns zod issues into the path/message pairs kept in quarantine (`carrier.name: Invalid input`). */
export function issuesOf(error: z.ZodError): QuarantineIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
    code: issue.code,
  }));
}

/** Best-effort id of a raw record for naming it in quarantine, before it is known to be valid. */
export function rawIdOf(raw: unknown, primaryKey: string): string | undefined {
  // A dotted key reaches into nested records, e.g. ArcGIS `attributes.OBJECTID`.
  let value: unknown = raw;
  for (const part of primaryKey.split('.')) {
    if (!value || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
}

/** Builds a quarantine entry; its id is stable so that the same bad record quarantined twice is one entry. */
export function quarantineEntry(input: {
  source: string;
  stream: string;
  primaryKey: string;
  raw: unknown;
  stage: QuarantineEntry['stage'];
  issues: readonly QuarantineIssue[];
  runId?: string;
  at: string;
}): QuarantineEntry {
  const sourceId = rawIdOf(input.raw, input.primaryKey);
  const identity =
    sourceId ?? createHash('sha256').update(canonicalJson(input.raw)).digest('hex').slice(0, 16);
  return {
    id: `${input.source}:${input.stream}:${identity}`,
    source: input.source,
    stream: input.stream,
    sourceId,
    raw: input.raw,
    stage: input.stage,
    issues: input.issues,
    at: input.at,
    runId: input.runId,
  };
}
