import { badUserInput } from '../shared/errors.ts';
import { areaMatcher, provinceCode } from '../shared/area-match.ts';
import { dateArgument } from '../shared/record-facts.ts';
import type { IndexedInitiative } from './initiative-facts.ts';

/** The `InitiativeFilter` input: every given condition must hold; a list matches when any of its values does. */
export interface InitiativeFilter {
  readonly themes?: readonly string[] | null;
  readonly needTypes?: readonly string[] | null;
  readonly targetGroups?: readonly string[] | null;
  readonly municipality?: string | null;
  readonly neighbourhood?: string | null;
  readonly province?: string | null;
  readonly country?: string | null;
  readonly source?: string | null;
  readonly legalForms?: readonly string[] | null;
  readonly phases?: readonly string[] | null;
  readonly kinds?: readonly string[] | null;
  readonly hasOpenCampaign?: boolean | null;
  readonly hasOpenVolunteerOpportunities?: boolean | null;
  readonly updatedSince?: string | null;
  readonly foundedBefore?: string | null;
  readonly foundedAfter?: string | null;
}

/** Which member records are open campaigns or open volunteer opportunities, for the `hasOpen…` filters. */
export interface OpenRecords {
  isOpen(key: string, kind: 'campaign' | 'opportunity'): boolean;
}

function anyOf(
  values: readonly string[] | null | undefined,
): ((have: readonly string[]) => boolean) | undefined {
  if (!values?.length) return undefined;
  const wanted = new Set(values);
  return (have) => have.some((value) => wanted.has(value));
}

function oneOf(
  values: readonly string[] | null | undefined,
): ((have: string | undefined) => boolean) | undefined {
  if (!values?.length) return undefined;
  const wanted = new Set(values);
  return (have) => have !== undefined && wanted.has(have);
}

/**
 * Compiles a filter into one predicate over indexed initiatives, checking its arguments first (a bad date or an
 * unknown province is a BAD_USER_INPUT naming `<argumentName>.<field>`). Only the given conditions are tested.
 */
export function compileFilter(
  filter: InitiativeFilter | null | undefined,
  open: OpenRecords,
  argumentName = 'filter',
): (doc: IndexedInitiative) => boolean {
  if (!filter) return () => true;
  const tests: ((doc: IndexedInitiative) => boolean)[] = [];
  const add = <T>(test: ((value: T) => boolean) | undefined, pick: (doc: IndexedInitiative) => T) => {
    if (test) tests.push((doc) => test(pick(doc)));
  };
  add(anyOf(filter.themes), (doc) => doc.themes);
  add(anyOf(filter.needTypes), (doc) => doc.needTypes);
  add(anyOf(filter.targetGroups), (doc) => doc.targetGroups);
  add(oneOf(filter.legalForms), (doc) => doc.legalForm);
  add(oneOf(filter.phases), (doc) => doc.phase);
  add(oneOf(filter.kinds), (doc) => doc.kind);
  if (filter.municipality) add(areaMatcher(filter.municipality), (doc) => doc.municipality);
  if (filter.neighbourhood) add(areaMatcher(filter.neighbourhood), (doc) => doc.neighbourhood);
  if (filter.province) {
    const code = provinceCode(filter.province);
    if (!code)
      throw badUserInput(`${argumentName}.province`, `names no Dutch province: "${filter.province}"`);
    tests.push((doc) => doc.province === code);
  }
  if (filter.country) {
    const country = filter.country.trim().toUpperCase();
    tests.push((doc) => doc.country === country);
  }
  if (filter.source) {
    const source = filter.source;
    tests.push((doc) => doc.sources.includes(source));
  }
  for (const [flag, kind] of [
    [filter.hasOpenCampaign, 'campaign'],
    [filter.hasOpenVolunteerOpportunities, 'opportunity'],
  ] as const) {
    if (flag === null || flag === undefined) continue;
    tests.push((doc) => doc.members.some((key) => open.isOpen(key, kind)) === flag);
  }
  if (filter.updatedSince) {
    const since = Date.parse(filter.updatedSince);
    if (Number.isNaN(since))
      throw badUserInput(`${argumentName}.updatedSince`, 'must be a date or an ISO 8601 time');
    tests.push((doc) => doc.updatedAt >= since);
  }
  const before = dateArgument(filter.foundedBefore, `${argumentName}.foundedBefore`);
  if (before) tests.push((doc) => doc.foundedOn !== undefined && doc.foundedOn < before);
  const after = dateArgument(filter.foundedAfter, `${argumentName}.foundedAfter`);
  if (after) tests.push((doc) => doc.foundedOn !== undefined && doc.foundedOn > after);
  return (doc) => tests.every((test) => test(doc));
}
