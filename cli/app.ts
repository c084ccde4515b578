import type { KnooppuntConfig, ResolvedSource } from '../config/index.ts';
import type { Logger } from '../lib/log.ts';
import { createResolver } from '../resolution/index.ts';
import type { Resolver } from '../resolution/resolver.ts';
import { openStore, type Store } from '../store/index.ts';
import { UsageError } from './exit.ts';

/** The store and resolver a one-shot command works with. */
export interface CommandApp {
  readonly store: Store;
  readonly resolver: Resolver;
  close(): Promise<void>;
}

/** Merge policy source order: higher configured priority first. */
export function sourcePriority(sources: readonly ResolvedSource[]): string[] {
  return [...sources].sort((a, b) => b.priority - a.priority).map((source) => source.id);
}

/** Opens the configured store and a resolver over it, for commands such as `harvest` and `quarantine retry`. */
export async function openApp(
  config: KnooppuntConfig,
  sources: readonly ResolvedSource[],
  log: Logger,
): Promise<CommandApp> {
  const store = await openStore(config.store);
  const resolver = createResolver({
    store,
    log,
    options: { mergePolicy: { sourcePriority: sourcePriority(sources) } },
  });
  return { store, resolver, close: () => store.close() };
}

/** Finds configured sources by id, naming unknown ones; all enabled sources when `ids` is empty. */
export function pickSources(sources: readonly ResolvedSource[], ids: readonly string[]): ResolvedSource[] {
  if (ids.length === 0) return sources.filter((source) => source.enabled);
  const unknown = ids.filter((id) => !sources.some((source) => source.id === id));
  if (unknown.length > 0) {
    throw new UsageError(
      `unknown source ${unknown.map((id) => `"${id}"`).join(', ')}; configured: ${sources.map((s) => s.id).join(', ') || '(none)'}`,
    );
  }
  return ids.map((id) => sources.find((source) => source.id === id) as ResolvedSource);
}
