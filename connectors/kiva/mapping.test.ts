import { readFileSync } from 'node:fs';
import { Kind, parse, type SelectionNode, visit } from 'graphql';
import { describe, expect, it } from 'vitest';
import { SourceRecord } from '../../schema/index.ts';
import { KivaConfig } from './config.ts';
import { initiativeOf } from './initiative.ts';
import { mapLoan } from './mapping.ts';
import { LOANS_QUERY, loansVariables } from './query.ts';
import { KivaLoan } from './raw.ts';

const fixture = (name: string) => readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8');
const loans = JSON.parse(fixture('loans-page.json')).data.lend.loans.values as Record<string, unknown>[];
const context = {
  source: 'kiva',
  baseUrl: 'https://api.kivaws.org',
  config: KivaConfig.parse({}),
  harvestedAt: '2026-11-20T03:00:00Z',
};
const mapAll = () => loans.flatMap((loan) => mapLoan(KivaLoan.parse(loan), context));

describe('mapLoan on the fixture page', () => {
  it('gives the expected records', () => {
    const expected = fixture('expected-records.jsonl')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(JSON.parse(JSON.stringify(mapAll()))).toEqual(expected);
  });

  it('produces valid canonical source records', () => {
    for (const record of mapAll()) {
      const result = SourceRecord.safeParse({ ...record, contentHash: `sha256:${'0'.repeat(64)}` });
      expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
    }
  });

  it('maps loans to requests of category loan with the amount in US cents, open until the planned expiry', () => {
    const [farming, , energy] = mapAll();
    expect(farming?.kind === 'listing' && farming.listing).toMatchObject({
      type: 'request',
      category: 'loan',
      title: 'Farming loan in Kisumu, Kenya',
      amount: { minor: 65_000, currency: 'USD' },
      validUntil: '2026-12-14',
      status: 'open',
      location: { locality: 'Kisumu', country: 'KE', lat: -0.0917 },
    });
    expect(energy?.kind === 'listing' && energy.listing).toMatchObject({
      amount: { minor: 32_500, currency: 'USD' },
      status: 'matched',
    });
  });

  it('takes the field partner, else the trustee, as the initiative, and Kiva for loans without either', () => {
    expect(mapAll().map((record) => record.initiative.name)).toEqual([
      'Nyanza Farmers Cooperative Society Ltd',
      'Accra Women Bakers Network',
      'Kiva',
    ]);
    expect(mapAll()[0]?.initiative.links).toEqual([
      'https://www.kiva.org/about/where-kiva-works/partners/386',
    ]);
  });

  it('keeps a direct loan with a registered business as that business, and drops a personal business name', () => {
    const loan = KivaLoan.parse({ ...loans[2], businessName: 'Himalaya Tea Traders Pvt Ltd' });
    expect(initiativeOf(loan).name).toBe('Himalaya Tea Traders Pvt Ltd');
    expect(JSON.stringify(mapAll())).not.toContain("Sita's Tea Shop");
  });

  it('never carries the borrower: no name, and a loan use written around the name is dropped', () => {
    const output = JSON.stringify(mapAll());
    expect(output).not.toContain('Grace');
    const bakery = mapAll()[1];
    expect(bakery?.kind === 'listing' && bakery.listing.title).toBe('Bakery loan in Accra, Ghana');
    expect(bakery?.kind === 'listing' && bakery.listing.description).toBeUndefined();
  });
});

describe('the loan query', () => {
  it('never asks Kiva for the borrower: no name, story, photo, borrowers, gender or tags of a loan', () => {
    const loanFields = (selections: readonly SelectionNode[]): string[] =>
      selections.flatMap((selection) =>
        selection.kind === Kind.FIELD
          ? [selection.name.value]
          : selection.kind === Kind.INLINE_FRAGMENT
            ? loanFields(selection.selectionSet.selections)
            : [],
      );
    let asked: string[] = [];
    visit(parse(LOANS_QUERY), {
      Field(node) {
        if (node.name.value === 'values' && node.selectionSet)
          asked = loanFields(node.selectionSet.selections);
      },
    });
    expect(asked).toContain('loanAmount');
    for (const personal of ['name', 'description', 'image', 'borrowers', 'gender', 'tags', 'whySpecial']) {
      expect(asked).not.toContain(personal);
    }
  });

  it('filters by status and countries and reads newest first', () => {
    expect(loansVariables(KivaConfig.parse({ countries: ['KE'] }), 200, 100)).toEqual({
      filters: { status: 'fundRaising', country: ['KE'] },
      sortBy: 'newest',
      offset: 200,
      limit: 100,
    });
    expect(loansVariables(KivaConfig.parse({ status: 'funded' }), 0, 10)).toMatchObject({
      filters: { status: 'funded' },
    });
  });
});

describe('the raw schema', () => {
  it('accepts amounts as strings or numbers and missing geocode parts', () => {
    expect(
      KivaLoan.parse({ __typename: 'LoanDirect', id: '12', loanAmount: 50, geocode: null }),
    ).toMatchObject({ id: 12 });
  });

  it('rejects a loan without a readable amount or of an unknown type, naming the field', () => {
    const issues = (raw: unknown) => KivaLoan.safeParse(raw).error?.issues.map((i) => i.path.join('.'));
    expect(issues({ ...loans[0], loanAmount: 'n/a' })).toEqual(['loanAmount']);
    expect(issues({ ...loans[0], __typename: 'LoanGroup' })).toEqual(['__typename']);
  });
});
