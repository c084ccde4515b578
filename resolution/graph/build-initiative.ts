import type { Initiative, SourceRecord } from '../../schema/index.ts';
import type { MergePolicy } from '../profile/merge-policy.ts';
import { mergeProfiles } from '../profile/merge-profile.ts';
import type { ResolvedCluster } from './resolve-clusters.ts';

/** What building an initiative needs besides its cluster. */
export interface InitiativeParts {
  /** The member records, by key. */
  readonly records: ReadonlyMap<string, SourceRecord>;
  /** When the hub first saw each member, by key. */
  readonly firstSeen: ReadonlyMap<string, string>;
  /** Ids that resolve to this initiative. */
  readonly aliases: readonly string[];
  readonly policy: MergePolicy;
}

/**
 * Builds the served initiative of a cluster: merged profile with provenance, members, aliases and match
 * evidence. `createdAt` is when the hub first saw any member and `updatedAt` the latest harvest of one,
 * so the same records always give the same initiative, however they arrived.
 */
export function buildInitiative(cluster: ResolvedCluster, parts: InitiativeParts): Initiative {
  const records = cluster.members.map((key) => {
    const record = parts.records.get(key);
    if (record === undefined) throw new Error(`member ${key} of ${cluster.id} was not loaded`);
    return record;
  });
  const { profile, provenance } = mergeProfiles(records, parts.policy);
  let createdAt = parts.firstSeen.get(cluster.anchor) ?? records[0]!.harvestedAt;
  let updatedAt = records[0]!.harvestedAt;
  for (const record of records) {
    const seen = parts.firstSeen.get(record.key) ?? record.harvestedAt;
    if (Date.parse(seen) < Date.parse(createdAt)) createdAt = seen;
    if (Date.parse(record.harvestedAt) > Date.parse(updatedAt)) updatedAt = record.harvestedAt;
  }
  return {
    id: cluster.id,
    aliases: [...parts.aliases],
    members: [...cluster.members],
    profile,
    provenance,
    matchEvidence: [...cluster.evidence],
    createdAt,
    updatedAt,
  };
}
