/**
 * Entity resolution: groups source records that describe one initiative, across platforms, into stable
 * initiatives with merged profiles, provenance and match evidence. Exports here are public API.
 */
export {
  type BatchResult,
  type BatchStats,
  type ResolveAllOptions,
  type ResolveAllSummary,
  type ResolveCommandOptions,
  type ResolveCommandSummary,
  resolveAllInStore,
  resolveBatch,
  runResolveCommand,
} from './batch/index.ts';
export { type CreateResolverOptions, createResolver } from './create-resolver.ts';
export { initiativeId } from './identity/initiative-id.ts';
export { ResolutionOptions, type ResolutionOptionsInput } from './options.ts';
export { DEFAULT_MERGE_POLICY, MergePolicy } from './profile/merge-policy.ts';
export { type MergedProfile, mergeProfiles } from './profile/merge-profile.ts';
export type { Resolver, ResolveSummary } from './resolver.ts';
