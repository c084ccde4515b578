import { describe, expect, it } from 'vitest';
import { Transform } from './transform-schema.ts';
import { applyTransforms } from './transforms.ts';

/** Runs transforms written as in a manifest over values, collecting what `themes` hands to other targets. */
function run(values: unknown[], transforms: unknown[], record: unknown = {}) {
  const extra: Record<string, unknown[]> = {};
  const parsed = transforms.map((transform) => Transform.parse(transform));
  const result = applyTransforms(values, parsed, {
    record,
    also: (target, labels) => {
      extra[target] = [...(extra[target] ?? []), ...labels];
    },
  });
  return { result, extra };
}
const one = (value: unknown, transform: unknown, record?: unknown) =>
  run([value], [transform], record).result;

describe('transforms', () => {
  it('html-to-text strips tags and decodes entities', () => {
    expect(one('<p>Samen&nbsp;<b>koken</b> &amp; eten</p>', 'html-to-text')).toEqual(['Samen koken & eten']);
    expect(one('<p> </p>', 'html-to-text')).toEqual([]);
  });

  it('trim collapses whitespace and drops empty text; lowercase lowers', () => {
    expect(one('  Repair   Café \n', 'trim')).toEqual(['Repair Café']);
    expect(one('   ', 'trim')).toEqual([]);
    expect(one('Info@Buurt.NL', 'lowercase')).toEqual(['info@buurt.nl']);
  });

  it('date and date-time read ISO text, Dutch dates and epoch milliseconds', () => {
    expect(one('14-03-2026', 'date')).toEqual(['2026-03-14']);
    expect(one(1_773_446_400_000, 'date')).toEqual(['2026-03-14']);
    expect(one('2026-03-14T00:00:00', 'date-time')).toEqual(['2026-03-14T00:00:00Z']);
    expect(one('05/06/2026', 'date')).toEqual([]);
  });

  it('number and integer read decimal commas and drop text that is no number', () => {
    expect(one('12,5', 'number')).toEqual([12.5]);
    expect(one(' 40 ', 'number')).toEqual([40]);
    expect(one('veel', 'number')).toEqual([]);
    expect(one('7,6', 'integer')).toEqual([8]);
  });

  it('boolean reads Dutch, German and English yes and no', () => {
    expect(run(['ja', 'Nee', 'yes', 'wahr', 0, true, 'misschien'], ['boolean']).result).toEqual([
      true,
      false,
      true,
      true,
      false,
      true,
    ]);
  });

  it('url normalises websites and drops what is no web address', () => {
    expect(one('www.Buurtkracht.nl/', 'url')).toEqual(['https://www.buurtkracht.nl']);
    expect(one('mailto:info@x.nl', 'url')).toEqual([]);
  });

  it('kvk and org-id write org-id.guide identifiers', () => {
    expect(one('4120 2535', 'kvk')).toEqual([{ scheme: 'NL-KVK', id: '41202535' }]);
    expect(one('12', 'kvk')).toEqual([]);
    expect(one('GB-CHC-1164883', 'org-id')).toEqual([{ scheme: 'GB-CHC', id: '1164883' }]);
  });

  it('country maps names and codes to ISO alpha-2; postcode normalises for its country', () => {
    expect(one('Nederland', 'country')).toEqual(['NL']);
    expect(one('Atlantis', 'country')).toEqual([]);
    expect(one('3581kp', { type: 'postcode', country: 'NL' })).toEqual(['3581 KP']);
    expect(one(' D-10115 ', { type: 'postcode', country: 'DE' })).toEqual(['10115']);
  });

  it('themes maps labels onto theme codes and keeps the labels in categories', () => {
    const { result, extra } = run(['Zorg en welzijn', 'Groen'], ['themes']);
    expect(result).toEqual(expect.arrayContaining(['care-welfare']));
    expect(extra).toEqual({ 'initiative.categories': ['Zorg en welzijn', 'Groen'] });
    expect(run(['Zorg'], [{ type: 'themes', keepLabels: false }]).extra).toEqual({});
  });

  it('need-type and legal-form use the taxonomies', () => {
    expect(one('vrijwilligers gezocht', 'need-type')).toEqual(['volunteers']);
    expect(one('geld en vrijwilligers', 'need-type')).toHaveLength(1);
    expect(one('iets onbekends', 'need-type')).toEqual(['other']);
    expect(one('Stichting Buurtkracht', 'legal-form')).toEqual(['stichting']);
  });

  it('public-email keeps role mailboxes and drops personal addresses', () => {
    expect(one('Info@Buurtkracht.nl', 'public-email')).toEqual(['info@buurtkracht.nl']);
    expect(one('jan.jansen@buurtkracht.nl', 'public-email')).toEqual([]);
  });

  it('split makes several values, and later transforms work on each', () => {
    expect(run(['koken; tuinieren;;  klussen '], [{ type: 'split', delimiter: ';' }]).result).toEqual([
      'koken',
      'tuinieren',
      'klussen',
    ]);
    expect(
      run(
        ['Zorg;Zorg en welzijn'],
        [
          { type: 'split', delimiter: ';' },
          { type: 'themes', keepLabels: false },
        ],
      ).result,
    ).toEqual(['care-welfare', 'care-welfare']);
  });

  it('map looks values up case-insensitively, with a default for the rest', () => {
    const map = { type: 'map', values: { Open: 'open', Vol: 'filled' } };
    expect(run(['open', ' VOL ', 'Gesloten'], [map]).result).toEqual(['open', 'filled']);
    expect(one('Gesloten', { ...map, default: 'closed' })).toEqual(['closed']);
    expect(one(true, { type: 'map', values: { true: 'remote' } })).toEqual(['remote']);
  });

  it('money turns major units into Money, with a fixed currency or one read from the record', () => {
    expect(one('1.250,50', { type: 'money', currency: 'eur' })).toEqual([{ minor: 125050, currency: 'EUR' }]);
    expect(one(12.5, { type: 'money', currencyPath: '$.valuta' }, { valuta: 'USD' })).toEqual([
      { minor: 1250, currency: 'USD' },
    ]);
    expect(one(12.5, { type: 'money', currencyPath: '$.valuta' }, {})).toEqual([]);
    expect(one('n.v.t.', { type: 'money', currency: 'EUR' })).toEqual([]);
  });

  it('minor-money takes amounts already in cents', () => {
    expect(one('125050', { type: 'minor-money', currency: 'EUR' })).toEqual([
      { minor: 125050, currency: 'EUR' },
    ]);
    expect(one(-5, { type: 'minor-money', currency: 'EUR' })).toEqual([]);
  });

  it('runs in order and keeps every value in place', () => {
    expect(run([' Zorg ', 'zorg'], ['trim', 'lowercase']).result).toEqual(['zorg', 'zorg']);
  });
});
