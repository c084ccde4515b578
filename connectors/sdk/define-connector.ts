import { type ConnectorDefinition, PLATFORM_KINDS } from './types.ts';

/**
 * Declares a connector. Checks the definition once at load time, so that a typo in a connector
 * fails when Knooppunt starts rather than in the middle of a harvest.
 *
 * @example
 * export const betterplace = defineConnector({
 *   id: 'betterplace', title: 'betterplace.org', kind: 'crowdfunding', ...,
 *   streams: [projectsStream],
 * });
 */
export function defineConnector<Config>(
  definition: ConnectorDefinition<Config>,
): ConnectorDefinition<Config> {
  if (!/^[a-z0-9][a-z0-9-]*$/.test(definition.id)) {
    throw new Error(`connector id "${definition.id}" must be lower-case letters, digits and "-"`);
  }
  if (!PLATFORM_KINDS.includes(definition.kind)) {
    throw new Error(`connector ${definition.id}: kind must be one of ${PLATFORM_KINDS.join(', ')}`);
  }
  if (definition.streams.length === 0) throw new Error(`connector ${definition.id} has no streams`);
  const names = new Set<string>();
  for (const stream of definition.streams) {
    if (names.has(stream.name))
      throw new Error(`connector ${definition.id} has two streams named ${stream.name}`);
    names.add(stream.name);
  }
  return Object.freeze(definition);
}
