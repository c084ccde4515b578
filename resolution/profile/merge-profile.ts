import type { FieldProvenance, InitiativeProfile, SourceRecord } from '../../schema/index.ts';
import { canonicalJson } from '../../schema/index.ts';
import { foldName } from '../features/name.ts';
import { DEFAULT_MERGE_POLICY, type MergePolicy, type RankCriterion } from './merge-policy.ts';

/** A merged profile and where each of its fields came from. */
export interface MergedProfile {
  readonly profile: InitiativeProfile;
  readonly provenance: FieldProvenance[];
}

type Field = keyof InitiativeProfile;

/** Fields whose values from all members are combined rather than chosen. */
const LIST_FIELDS = [
  'alternateNames',
  'links',
  'identifiers',
  'taxStatus',
  'themes',
  'categories',
  'targetGroups',
  'needs',
  'offers',
  'impact',
  'derived',
] as const satisfies readonly Field[];
const LIST_SET = new Set<string>(LIST_FIELDS);

/** A directory profile describes the organisation itself; a listing mostly describes one request. */
const KIND_RANK: Readonly<Record<SourceRecord['kind'], number>> = {
  initiative: 0,
  grant: 1,
  campaign: 2,
  opportunity: 3,
  listing: 4,
};

function completeness(value: unknown): number {
  if (typeof value === 'string') return value.length;
  if (Array.isArray(value)) return value.length;
  if (value !== null && typeof value === 'object') {
    return Object.values(value).reduce<number>((sum, inner) => sum + (inner === undefined ? 0 : 1), 0);
  }
  return value === undefined ? 0 : 1;
}

function recency(record: SourceRecord): number {
  return Date.parse(record.sourceUpdatedAt ?? record.harvestedAt);
}

function comparator(policy: MergePolicy, criteria: readonly RankCriterion[], field: Field | undefined) {
  const priority = (record: SourceRecord): number => {
    const index = policy.sourcePriority.indexOf(record.source);
    return index === -1 ? policy.sourcePriority.length : index;
  };
  return (a: SourceRecord, b: SourceRecord): number => {
    for (const criterion of criteria) {
      let order = 0;
      if (criterion === 'priority') order = priority(a) - priority(b);
      else if (criterion === 'kind') order = KIND_RANK[a.kind] - KIND_RANK[b.kind];
      else if (criterion === 'recency') order = recency(b) - recency(a);
      else if (field !== undefined)
        order = completeness(b.initiative[field]) - completeness(a.initiative[field]);
      if (order !== 0) return order;
    }
    return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
  };
}

function provenanceOf(field: string, record: SourceRecord): FieldProvenance {
  return {
    field,
    recordKey: record.key,
    source: record.source,
    harvestedAt: record.harvestedAt,
    ...(record.sourceUpdatedAt === undefined ? {} : { sourceUpdatedAt: record.sourceUpdatedAt }),
  };
}

function identityOf(field: string, value: unknown): string {
  return typeof value === 'string' && field !== 'links' ? foldName(value) : canonicalJson(value);
}

/**
 * Merges the initiative profiles of an initiative's member records field by field: single-valued fields
 * from the best-ranked record that has a value (source priority, record kind, recency, completeness, as
 * the policy orders them), list fields as the union in rank order. Every field records its source records.
 */
export function mergeProfiles(
  records: readonly SourceRecord[],
  policy: MergePolicy = DEFAULT_MERGE_POLICY,
): MergedProfile {
  if (records.length === 0) throw new Error('mergeProfiles needs at least one record');
  const ranked = [...records].sort(comparator(policy, policy.rank, undefined));
  const profile: Record<string, unknown> = {};
  const provenance: FieldProvenance[] = [];
  const fields = new Set<string>();
  for (const record of records) for (const field of Object.keys(record.initiative)) fields.add(field);
  for (const field of [...fields].sort()) {
    if (LIST_SET.has(field) || field === 'name') continue;
    const criteria = policy.fields[field] ?? policy.rank;
    const best = [...records]
      .filter((record) => record.initiative[field as Field] !== undefined)
      .sort(comparator(policy, criteria, field as Field))[0];
    if (best === undefined) continue;
    profile[field] = best.initiative[field as Field];
    provenance.push(provenanceOf(field, best));
  }
  const named = ranked[0]!;
  profile.name = named.initiative.name;
  provenance.push(provenanceOf('name', named));
  for (const field of LIST_FIELDS) mergeList(field, ranked, profile, provenance);
  return { profile: profile as InitiativeProfile, provenance };
}

function mergeList(
  field: (typeof LIST_FIELDS)[number],
  ranked: readonly SourceRecord[],
  profile: Record<string, unknown>,
  provenance: FieldProvenance[],
): void {
  const seen = new Set<string>();
  if (field === 'alternateNames') seen.add(foldName(String(profile.name)));
  const values: unknown[] = [];
  for (const record of ranked) {
    const own = (record.initiative[field] as readonly unknown[] | undefined) ?? [];
    const offered = field === 'alternateNames' ? [record.initiative.name, ...own] : own;
    let contributed = false;
    for (const value of offered) {
      const identity = identityOf(field, value);
      if (seen.has(identity)) continue;
      seen.add(identity);
      values.push(value);
      contributed = true;
    }
    if (contributed) provenance.push(provenanceOf(field, record));
  }
  if (values.length > 0) profile[field] = values;
}
