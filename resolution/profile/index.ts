/** The merged profile of an initiative and its merge policy. */
export { DEFAULT_MERGE_POLICY, MergePolicy, RANK_CRITERIA, type RankCriterion } from './merge-policy.ts';
export { type MergedProfile, mergeProfiles } from './merge-profile.ts';
