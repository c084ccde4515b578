import { describe, expect, it } from 'vitest';
import { stripPersonalData } from './strip-personal-data.ts';

describe('stripPersonalData', () => {
  const isPerson = (contact: unknown) => typeof (contact as { name?: unknown }).name === 'string';

  it('drops named fields, persons in contact lists and private mailboxes at any depth', () => {
    const raw = {
      name: 'Buurtkamer',
      email: 'Jan.Jansen@gmail.com',
      meta: { assured_by: 'reviewer@council.example', note: 'mail piet.p@hotmail.com or info@buurtkamer.nl' },
      contacts: [{ name: 'Ann Persona', phones: ['07700 900123'] }, { phones: ['0117 496 0123'] }],
      locations: [{ contacts: [{ name: 'Bob' }], email: 'info@buurtkamer.nl' }],
    };
    expect(stripPersonalData(raw, { fields: ['assured_by'], contactLists: ['contacts'], isPerson })).toEqual({
      name: 'Buurtkamer',
      meta: { note: 'mail  or info@buurtkamer.nl' },
      contacts: [{ phones: ['0117 496 0123'] }],
      locations: [{ contacts: [], email: 'info@buurtkamer.nl' }],
    });
  });

  it('leaves values without personal data as they are', () => {
    expect(stripPersonalData([1, null, 'tekst', { a: true }], { fields: [] })).toEqual([
      1,
      null,
      'tekst',
      { a: true },
    ]);
  });
});
