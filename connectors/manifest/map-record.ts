import { type Location, normalizeLocation, type UnhashedSourceRecord } from '../../schema/index.ts';
import { fieldValue, queryAll } from './json-path.ts';
import type { FieldMapping } from './mapping-schema.ts';
import type { StreamSpec } from './schema.ts';
import { renderTemplate } from './template.ts';
import { applyTransforms } from './transforms.ts';
import { writeTarget } from './write-target.ts';

/** What a mapping knows besides the record: the source, the time of the harvest and template values. */
export interface MapRecordContext {
  readonly source: string;
  readonly harvestedAt: string;
  /** Options and built-ins (`baseUrl`, `source`) by name, for `{name}` placeholders. */
  readonly values: Readonly<Record<string, unknown>>;
}

type Draft = Record<string, unknown>;

/** The values a field starts from: the path's matches (arrays spread, empty values dropped), a constant, or a template. */
function sourceValues(field: FieldMapping, raw: unknown, values: MapRecordContext['values']): unknown[] {
  if (field.const !== undefined) return [field.const];
  if (field.template !== undefined) {
    const text = renderTemplate(field.template, { values, record: raw });
    return text === undefined ? [] : [text];
  }
  return queryAll(field.path as string, raw)
    .flatMap((value) => (Array.isArray(value) ? value : [value]))
    .filter((value) => value !== null && value !== undefined && value !== '');
}

/** Locations of a record; each is normalised (country code, postcode, municipality from postcode or point). */
const LOCATIONS = [
  ['initiative', 'location'],
  ['opportunity', 'location'],
  ['listing', 'location'],
  ['grant', 'beneficiaryLocation'],
] as const;

/** Normalises every location a record draft holds (country code, postcode, municipality); empty ones go. */
export function normalizeLocations(draft: Draft): void {
  for (const [owner, field] of LOCATIONS) {
    const parent = draft[owner] as Draft | undefined;
    const location = parent?.[field] as Location | undefined;
    if (!parent || !location) continue;
    const normalized = normalizeLocation(location);
    if (normalized) parent[field] = normalized;
    else delete parent[field];
  }
}

/**
 * Maps one valid raw record onto a source record with a stream's field mapping, then fills what the model
 * requires from the connector: `key`, `source`, `sourceId` (the primary key), `kind` and `harvestedAt`.
 * The result is not validated here: the harvest runtime validates it against `SourceRecord` and quarantines
 * a record the mapping could not make valid.
 *
 * @example
 * mapRecord(stream, { attributes: { OBJECTID: 7, NAAM: 'Repair Café Lombok' } }, { source: 'utrecht', ... });
 * // { key: 'utrecht:7', sourceId: '7', kind: 'initiative', initiative: { name: 'Repair Café Lombok' }, ... }
 */
export function mapRecord(stream: StreamSpec, raw: unknown, context: MapRecordContext): UnhashedSourceRecord {
  const draft: Draft = {};
  const also = (target: string, values: readonly unknown[]) => writeTarget(draft, target, values, true);
  for (const field of stream.fields) {
    let values = applyTransforms(sourceValues(field, raw, context.values), field.transforms, {
      record: raw,
      also,
    });
    if (values.length === 0 && field.default !== undefined) values = [field.default];
    writeTarget(draft, field.target, values, field.list);
  }
  normalizeLocations(draft);
  const sourceId = String(fieldValue(raw, stream.primaryKey)).trim();
  return {
    ...draft,
    key: `${context.source}:${sourceId}`,
    source: context.source,
    sourceId,
    kind: stream.kind,
    harvestedAt: context.harvestedAt,
  } as UnhashedSourceRecord;
}
