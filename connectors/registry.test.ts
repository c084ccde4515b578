import { describe, expect, it } from 'vitest';
import { CONNECTORS, getConnector, listConnectors } from './registry.ts';

describe('the connector registry', () => {
  it('lists every built-in connector under its own id', () => {
    for (const [id, connector] of Object.entries(CONNECTORS)) expect(connector.id).toBe(id);
    expect(listConnectors().map((c) => c.id)).toContain('betterplace');
  });

  it('finds a connector by id and names the known ids when there is none', () => {
    expect(getConnector('betterplace').title).toBe('betterplace.org');
    expect(() => getConnector('betterpalce')).toThrow(
      /unknown connector "betterpalce"; known connectors: betterplace/,
    );
  });
});
