import { describe, expect, it } from 'vitest';
import { withoutPhoneNumbers } from './personal-phones.ts';

describe('withoutPhoneNumbers', () => {
  it('removes British, Dutch, international and North American numbers from text', () => {
    expect(withoutPhoneNumbers('Phone: 020 7790 8204 (office)')).toBe('Phone:  (office)');
    expect(withoutPhoneNumbers('Bel Sanne: 06-12345678.')).toBe('Bel Sanne: .');
    expect(withoutPhoneNumbers('Call +44 1473 621104 or +31(0)30-1234567')).toBe('Call  or ');
    expect(withoutPhoneNumbers('Text (212) 555-0147 today')).toBe('Text  today');
    expect(withoutPhoneNumbers('Freephone 0800 688 9984')).toBe('Freephone ');
  });

  it('leaves dates, times, amounts, postcodes and registration numbers alone', () => {
    const text =
      'From 01-05-2024 10:00 to 21.06.2025, 12:30pm-16:30pm, £1,200,000, E1 3DG, 3571 AX, KvK 41202535, ' +
      'charity 1164883, IBAN NL91ABNA0417164300, EIN 13-4133423, 2026-05-07';
    expect(withoutPhoneNumbers(text)).toBe(text);
  });
});
