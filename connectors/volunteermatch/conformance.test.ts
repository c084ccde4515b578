import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { VolunteerMatchConfig } from './config.ts';
import { searchQuery } from './query.ts';
import { VOLUNTEERMATCH_REPLICA_SCHEMA } from './replica-schema.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const dir = path.resolve(repoRoot, '..', 'shared', 'platforms', 'volunteermatch');
const request = path.join(dir, 'requests', 'v3_searchOpportunities.query.graphql');

/** The input argument names of `searchOpportunities` in a query document. */
function inputNames(query: string): string[] {
  const input = /searchOpportunities\s*\(\s*input\s*:\s*\{([^}]*)\}/s.exec(query)?.[1] ?? '';
  return [...input.matchAll(/(\w+)\s*:/g)].map((match) => match[1] as string).sort();
}

/** The field names selected under `opportunities { ... }` at the first level. */
function opportunityFields(query: string): string[] {
  const body = /opportunities\s*\{([^]*)\}\s*\}\s*\}\s*$/s.exec(query)?.[1] ?? '';
  return [...body.replace(/\{[^{}]*\}/g, '').matchAll(/\b(\w+)\b/g)].map((match) => match[1] as string);
}

describe.skipIf(!existsSync(request))(
  "VolunteerMatch's own request document (skipped: ../shared/platforms is absent)",
  () => {
    const real = existsSync(request) ? readFileSync(request, 'utf8') : '';
    const ours = searchQuery(
      VolunteerMatchConfig.parse({ categories: ['childrenAndYouth', 'community'] }),
      { location: 'san francisco' },
      1,
    );

    it('is a valid query against the replica schema, so the replica answers what VolunteerMatch is asked', () => {
      expect(validate(VOLUNTEERMATCH_REPLICA_SCHEMA, parse(real))).toEqual([]);
    });

    it('uses the input arguments and opportunity fields the connector uses, written the same way', () => {
      const shared = ['categories', 'location', 'pageNumber', 'sortCriteria'];
      expect(inputNames(real)).toEqual(expect.arrayContaining(shared));
      expect(inputNames(ours)).toEqual(expect.arrayContaining(shared));
      expect(opportunityFields(ours)).toEqual(expect.arrayContaining(['id', 'title', 'categories']));
      expect(/sortCriteria:\s*update/.test(real) && /sortCriteria:\s*update/.test(ours)).toBe(true);
    });

    it("never asks for the coordinator, unlike the fields VolunteerMatch's schema offers", () => {
      expect(validate(VOLUNTEERMATCH_REPLICA_SCHEMA, parse(ours))).toEqual([]);
      expect(ours).not.toMatch(/\bcontact\b|customFields/);
    });
  },
);
