import { describe, expect, it } from 'vitest';
import { isSourceRecordJsonSchemaCurrent } from './json-schema.ts';
import { composeSupergraph, readSupergraph } from './supergraph.ts';

describe('generated schema files', () => {
  it('source-record.schema.json matches the zod model (run `npm run schema:generate` when this fails)', async () => {
    expect(await isSourceRecordJsonSchemaCurrent()).toBe(true);
  });

  it('supergraph.graphql matches the subgraph SDL (run `npm run schema:generate` when this fails)', async () => {
    expect(await readSupergraph()).toBe(composeSupergraph());
  });
});
