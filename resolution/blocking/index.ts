/** Blocking rules and their keys, shared by the batch and the store-backed path. Internal to `resolution/`. */
export {
  affixes,
  BLOCKING_RULES,
  type BlockingKey,
  type BlockingRule,
  blockingKeys,
  type BucketCaps,
  capOf,
  pairsWithOwnRole,
  type Probe,
  probesOf,
  roleOf,
  visitBlockingKeys,
} from './rules.ts';
