import { describe, expect, it } from 'vitest';
import { parseDate, toIsoDate } from './dates.ts';
import { kvk, parseOrgId, ukCharity, ukCompany, uniqueIds, usEin } from './identifiers.ts';
import { money, moneyFromMinor, toMinor } from './money.ts';
import { publicEmail, publicPhone } from './privacy.ts';
import { normalizeUrl, normalizeUrls, websiteDomain } from './urls.ts';

describe('money', () => {
  it('turns major units into integer minor units without float drift', () => {
    expect(toMinor(19.99, 'EUR')).toBe(1999);
    expect(toMinor(0.1 + 0.2, 'EUR')).toBe(30);
    expect(toMinor('1234.5', 'EUR')).toBe(123450);
    expect(toMinor('1.234,56', 'EUR')).toBe(123456);
    expect(toMinor('1,234.56', 'USD')).toBe(123456);
    expect(toMinor('EUR 25.000', 'EUR')).toBe(2500000);
    expect(toMinor('500', 'JPY')).toBe(500);
    expect(toMinor('n/a', 'EUR')).toBeUndefined();
  });

  it('builds Money values and refuses negative or missing amounts', () => {
    expect(money('2500', 'eur')).toEqual({ minor: 250000, currency: 'EUR' });
    expect(money(null, 'EUR')).toBeUndefined();
    expect(moneyFromMinor('12345', 'EUR')).toEqual({ minor: 12345, currency: 'EUR' });
    expect(moneyFromMinor(-5, 'EUR')).toBeUndefined();
  });
});

describe('dates', () => {
  it('reads the formats platforms send', () => {
    expect(parseDate('2019-09-04T16:07:54+02:00')).toEqual({
      date: '2019-09-04',
      dateTime: '2019-09-04T16:07:54+02:00',
    });
    expect(parseDate('2024-05-01 10:00:00')).toEqual({
      date: '2024-05-01',
      dateTime: '2024-05-01T10:00:00Z',
    });
    expect(parseDate('2024-05-01T10:00:00.123+0100')?.dateTime).toBe('2024-05-01T10:00:00+01:00');
    expect(toIsoDate('01-05-2024')).toBe('2024-05-01');
    expect(toIsoDate('1.5.2024')).toBe('2024-05-01');
    expect(toIsoDate('25/12/2024')).toBe('2024-12-25');
    expect(toIsoDate(1714557600)).toBe('2024-05-01');
    expect(toIsoDate('Wed, 01 May 2024 10:00:00 GMT')).toBe('2024-05-01');
  });

  it('refuses ambiguous and impossible dates rather than guessing', () => {
    expect(toIsoDate('05/06/2024')).toBeUndefined();
    expect(toIsoDate('2024-02-30')).toBeUndefined();
    expect(toIsoDate('soon')).toBeUndefined();
  });
});

describe('urls', () => {
  it('normalises websites and repairs broken ones', () => {
    expect(normalizeUrl('www.Buurtkracht.nl/')).toBe('https://www.buurtkracht.nl');
    expect(normalizeUrl('https://www.buurt- kracht.nl/over?utm_source=x&id=3#top')).toBe(
      'https://www.buurt-kracht.nl/over?id=3',
    );
    expect(normalizeUrl('mailto:info@x.nl')).toBeUndefined();
    expect(normalizeUrl('not a url')).toBeUndefined();
    expect(websiteDomain('http://www.zuidenwind.nl/contact')).toBe('zuidenwind.nl');
    expect(normalizeUrls(['x.nl', 'https://x.nl', null, 'bad url'])).toEqual(['https://x.nl']);
  });
});

describe('identifiers', () => {
  it('writes identifiers in org-id.guide form', () => {
    expect(kvk('4120 2535')).toEqual({ scheme: 'NL-KVK', id: '41202535' });
    expect(kvk('1234567')).toEqual({ scheme: 'NL-KVK', id: '01234567' });
    expect(kvk('12')).toBeUndefined();
    expect(ukCharity('1164883')).toEqual({ scheme: 'GB-CHC', id: '1164883' });
    expect(ukCompany('SC123456')).toEqual({ scheme: 'GB-COH', id: 'SC123456' });
    expect(usEin('12-3456789')).toEqual({ scheme: 'US-EIN', id: '123456789' });
    expect(parseOrgId('GB-CHC-1164883')).toEqual({ scheme: 'GB-CHC', id: '1164883' });
    expect(uniqueIds([kvk('41202535'), kvk('41202535'), undefined])).toHaveLength(1);
  });
});

describe('privacy', () => {
  it("keeps organisation mailboxes and drops private persons' addresses", () => {
    expect(publicEmail('Info@Buurtkracht.nl')).toBe('info@buurtkracht.nl');
    expect(publicEmail('secretariaat@zuidenwind.nl')).toBe('secretariaat@zuidenwind.nl');
    expect(publicEmail('jan.jansen@buurtkracht.nl')).toBeUndefined();
    expect(publicEmail('info@gmail.com')).toBeUndefined();
    expect(publicEmail('redacted.person@example.org')).toBeUndefined();
  });

  it('keeps a phone number only when the source marks it organisational', () => {
    expect(publicPhone('030 123 4567', { organisational: true })).toBe('030 123 4567');
    expect(publicPhone('06 12345678', { organisational: false })).toBeUndefined();
  });
});
