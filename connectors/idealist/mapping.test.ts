import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SourceRecord } from '../../schema/index.ts';
import { IdealistConfig } from './config.ts';
import { themesOf } from './labels.ts';
import { mapVolop } from './mapping.ts';
import { withoutPersonalData } from './personal-data.ts';
import { IdealistVolop } from './raw.ts';

const fixture = (name: string) =>
  JSON.parse(readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8'));
const page = fixture('volops-page.json') as { volops: { isPublished: boolean }[] };
const details = fixture('volops-details.json') as { volop: Record<string, unknown> }[];
const context = {
  source: 'idealist',
  baseUrl: 'https://www.idealist.org',
  config: IdealistConfig.parse({}),
  harvestedAt: '2026-11-20T03:00:00Z',
};
const PERSONAL = ['Keisha Williams', 'keisha.williams44@gmail.com', '(718) 555-0147', 'Email Keisha'];

/** The fixture's listings as the stream yields them: details with `isPublished` from the list, personal data removed. */
const prepared = () =>
  page.volops.map((entry, i) =>
    withoutPersonalData({ ...details[i]!.volop, isPublished: entry.isPublished }),
  );
const mapAll = (config = context.config) =>
  prepared().flatMap((raw) => mapVolop(IdealistVolop.parse(raw), { ...context, config }));

describe('mapVolop on the fixture page', () => {
  it('gives the expected records', () => {
    const expected = readFileSync(new URL('fixtures/expected-records.jsonl', import.meta.url), 'utf8')
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

  it('never carries the coordinator: no name, address, number or apply text, not even before validation', () => {
    const output = JSON.stringify(mapAll());
    for (const value of PERSONAL) expect(output).not.toContain(value);
    const yielded = JSON.stringify(prepared());
    for (const value of PERSONAL) expect(yielded).not.toContain(value);
    expect(yielded).not.toMatch(/applyEmail|applyText/);
  });

  it('closes unpublished listings and one-time listings whose day has passed, and keeps the rest open', () => {
    const statuses = mapAll().map((record) => record.kind === 'opportunity' && record.opportunity.status);
    expect(statuses).toEqual(['open', 'open', 'closed']);
    const garden = IdealistVolop.parse({ ...(prepared()[2] as object), isPublished: true });
    const [future] = mapVolop({ ...garden, startDate: '2027-05-01', endDate: '2027-05-01' }, context);
    expect(future?.kind === 'opportunity' && future.opportunity.status).toBe('open');
  });

  it('maps the EIN of US nonprofits, areas of focus onto themes with their labels kept, and remote listings', () => {
    const [pantry, mentor] = mapAll();
    expect(pantry?.initiative).toMatchObject({
      identifiers: [{ scheme: 'US-EIN', id: '473189201' }],
      themes: ['poverty', 'food'],
      categories: ['Hunger food security', 'Poverty'],
      initiatorType: 'civil-society',
    });
    expect(pantry?.initiative.legalForm).toBeUndefined();
    expect(mentor?.kind === 'opportunity' && mentor.opportunity).toMatchObject({
      remote: true,
      applyUrl: 'https://dyac.org/get-involved',
    });
    expect(mentor?.kind === 'opportunity' && mentor.opportunity.location).toBeUndefined();
  });

  it('links the page in the configured language when Idealist has it', () => {
    const [pantry, mentor] = mapAll(IdealistConfig.parse({ locale: 'es' }));
    expect(pantry?.url).toContain('/es/oportunidad-voluntariado/');
    expect(mentor?.url).toContain('/en/volunteer-opportunity/');
  });
});

describe('themesOf', () => {
  it('reads area codes rather than label keywords, and falls back to keywords for codes it does not know', () => {
    expect(themesOf(['HUNGER_FOOD_SECURITY'])).toEqual(['poverty', 'food']);
    expect(themesOf(['LOCAL_THEATER'])).toEqual(['culture']);
    expect(themesOf(['LEGAL_ASSISTANCE'])).toEqual([]);
  });
});

describe('the raw schema', () => {
  const volop = prepared()[0] as Record<string, unknown>;

  it('rejects a listing without name or organisation name, naming the field', () => {
    const issues = (raw: unknown) => IdealistVolop.safeParse(raw).error?.issues.map((i) => i.path.join('.'));
    expect(issues({ ...volop, name: null })).toEqual(['name']);
    expect(issues({ ...volop, org: { ...(volop.org as object), name: '' } })).toEqual(['org.name']);
  });
});
