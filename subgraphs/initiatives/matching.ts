import {
  INITIATIVE_KINDS,
  LEGAL_FORMS,
  NEED_TYPES,
  PHASES,
  provinceByCode,
  TARGET_GROUPS,
  THEMES,
} from '../../schema/index.ts';
import { areaMatcher, provinceCode } from '../shared/area-match.ts';
import { badUserInput } from '../shared/errors.ts';
import { checkMoneyRange, formatMoney, inRange, type MoneyRange } from '../shared/money.ts';
import { checkNear, distanceWithin, type Near } from '../shared/near.ts';
import type { IndexedInitiative } from './initiative-facts.ts';

/** A fund's profile (`MatchCriteria`), taxonomy values as codes. */
export interface MatchCriteria {
  readonly themes?: readonly string[] | null;
  readonly needTypes?: readonly string[] | null;
  readonly targetGroups?: readonly string[] | null;
  readonly phases?: readonly string[] | null;
  readonly legalForms?: readonly string[] | null;
  readonly kinds?: readonly string[] | null;
  readonly amount?: MoneyRange | null;
  readonly municipality?: string | null;
  readonly province?: string | null;
  readonly near?: Near | null;
  readonly required?: readonly string[] | null;
}

/** One criterion met, in words, with what it added to the score. */
export interface MatchReason {
  readonly criterion: string;
  readonly weight: number;
  readonly text: string;
}

/** An initiative that matched, with its score in [0, 1] and the reasons. */
export interface Match {
  readonly doc: IndexedInitiative;
  readonly score: number;
  readonly reasons: MatchReason[];
}

/**
 * How much each criterion weighs: what a fund states first (themes) counts most, then what the initiative asks
 * for (need types, amount), then whom it serves, then its form.
 */
export const MATCH_WEIGHTS = {
  THEMES: 3,
  NEED_TYPES: 2,
  AMOUNT: 2,
  TARGET_GROUPS: 1.5,
  PHASES: 1,
  LEGAL_FORMS: 1,
  KINDS: 1,
} as const;

type Criterion = keyof typeof MATCH_WEIGHTS;

const label = (terms: readonly { code: string; nl: string }[]) => {
  const names = new Map(terms.map((term) => [term.code, term.nl]));
  return (codes: readonly string[]) => codes.map((code) => names.get(code) ?? code).join(', ');
};

/** A list criterion: the share of what the fund asks that the initiative has (of as many as it can have). */
function listCriterion(
  asked: readonly string[] | null | undefined,
  names: (codes: readonly string[]) => string,
  noun: string,
) {
  if (!asked?.length) return undefined;
  const wanted = new Set(asked);
  return (have: readonly string[]): { fraction: number; text: string } | undefined => {
    const shared = have.filter((value) => wanted.has(value));
    if (shared.length === 0) return undefined;
    const fraction = Math.min(1, shared.length / Math.min(wanted.size, Math.max(1, have.length)));
    return { fraction, text: `${noun}: ${names(shared)}` };
  };
}

/**
 * Scores every initiative in the region against a fund's criteria. Each given criterion adds its weight times
 * how well it is met (for lists: the share of the asked values the initiative has, of as many as it could
 * have); the score is that sum over the sum of the given weights. The region and `required` criteria restrict;
 * an initiative must meet at least one criterion when any is given.
 */
export function matchInitiatives(docs: Iterable<IndexedInitiative>, criteria: MatchCriteria): Match[] {
  const near = checkNear(criteria.near, 'criteria.near');
  const amount = checkMoneyRange(criteria.amount, 'criteria.amount');
  const municipality = criteria.municipality ? areaMatcher(criteria.municipality) : undefined;
  let province: string | undefined;
  if (criteria.province) {
    province = provinceCode(criteria.province);
    if (!province) throw badUserInput('criteria.province', `names no Dutch province: "${criteria.province}"`);
  }
  const tests: [Criterion, (doc: IndexedInitiative) => { fraction: number; text: string } | undefined][] = [];
  const add = <T>(
    criterion: Criterion,
    test: ((value: T) => { fraction: number; text: string } | undefined) | undefined,
    pick: (doc: IndexedInitiative) => T,
  ) => {
    if (test) tests.push([criterion, (doc) => test(pick(doc))]);
  };
  add('THEMES', listCriterion(criteria.themes, label(THEMES), 'themes'), (doc) => doc.themes);
  add('NEED_TYPES', listCriterion(criteria.needTypes, label(NEED_TYPES), 'needs'), (doc) => doc.needTypes);
  add(
    'TARGET_GROUPS',
    listCriterion(criteria.targetGroups, label(TARGET_GROUPS), 'target groups'),
    (doc) => doc.targetGroups,
  );
  add('PHASES', listCriterion(criteria.phases, label(PHASES), 'phase'), (doc) =>
    doc.phase ? [doc.phase] : [],
  );
  add('LEGAL_FORMS', listCriterion(criteria.legalForms, label(LEGAL_FORMS), 'legal form'), (doc) =>
    doc.legalForm ? [doc.legalForm] : [],
  );
  add('KINDS', listCriterion(criteria.kinds, label(INITIATIVE_KINDS), 'kind'), (doc) =>
    doc.kind ? [doc.kind] : [],
  );
  if (amount) {
    const bounds = `${amount.min != null ? formatMoney({ minor: amount.min, currency: amount.currency }) : '…'} – ${amount.max != null ? formatMoney({ minor: amount.max, currency: amount.currency }) : '…'}`;
    add(
      'AMOUNT',
      (doc: IndexedInitiative) => {
        const fits = doc.moneyNeeds.find((need) => inRange(need, amount));
        return fits ? { fraction: 1, text: `asks ${formatMoney(fits)} (within ${bounds})` } : undefined;
      },
      (doc) => doc,
    );
  }
  const required = new Set(criteria.required ?? []);
  for (const criterion of required) {
    if (!tests.some(([given]) => given === criterion)) {
      throw badUserInput('criteria.required', `lists ${criterion}, but no value for it was given`);
    }
  }
  const total = tests.reduce((sum, [criterion]) => sum + MATCH_WEIGHTS[criterion], 0);
  const matches: Match[] = [];
  for (const doc of docs) {
    const reasons: MatchReason[] = [];
    if (municipality) {
      if (!municipality(doc.municipality)) continue;
      reasons.push({
        criterion: 'REGION',
        weight: 0,
        text: `in ${doc.municipality?.name ?? doc.municipality?.code}`,
      });
    }
    if (province) {
      if (doc.province !== province) continue;
      reasons.push({
        criterion: 'REGION',
        weight: 0,
        text: `in the province ${provinceByCode(province)?.name ?? province}`,
      });
    }
    if (near) {
      const km = distanceWithin(near, doc);
      if (km === undefined) continue;
      reasons.push({ criterion: 'REGION', weight: 0, text: `${km.toFixed(1)} km from the given point` });
    }
    let earned = 0;
    let failed = false;
    for (const [criterion, test] of tests) {
      const met = test(doc);
      if (!met) {
        if (required.has(criterion)) failed = true;
        continue;
      }
      const weight = MATCH_WEIGHTS[criterion] * met.fraction;
      earned += weight;
      reasons.push({ criterion, weight: round(weight / total), text: met.text });
    }
    if (failed || (total > 0 && earned === 0)) continue;
    matches.push({ doc, score: total > 0 ? round(earned / total) : 1, reasons });
  }
  return matches;
}

const round = (value: number): number => Math.round(value * 10_000) / 10_000;
