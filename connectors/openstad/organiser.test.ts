import { describe, expect, it } from 'vitest';
import { isOrganisationName } from './organiser.ts';

describe('isOrganisationName', () => {
  it('keeps names with a legal form', () => {
    expect(isOrganisationName('Stichting Buurtkeuken De Pijp')).toBe(true);
    expect(isOrganisationName('Bewonersbedrijf Geuzenveld B.V.')).toBe(true);
    expect(isOrganisationName('Zorgcoöperatie Tuindorp Oostzaan U.A.')).toBe(true);
  });

  it('keeps names ending like an organisation, also when they look like two names', () => {
    expect(isOrganisationName('Voedselbank Amsterdam')).toBe(true);
    expect(isOrganisationName('De Westkrant - initiatieven en nieuws over corona')).toBe(true);
    expect(isOrganisationName('Repair Café Amsterdam-Oost')).toBe(true);
  });

  it('drops what is shaped like a personal name, even with a website that carries it', () => {
    expect(isOrganisationName('Martine de Vente')).toBe(false);
    expect(isOrganisationName('Petra van der Linden', 'https://www.petravanderlinden.nl')).toBe(false);
    expect(isOrganisationName('Jan-Willem Smit')).toBe(false);
  });

  it("keeps other names only when the organiser's website carries them", () => {
    expect(isOrganisationName('Samen Sterk in Noord', 'https://www.samensterkinnoord.nl')).toBe(true);
    expect(isOrganisationName('buurtkracht', 'https://buurtkracht-noord.nl')).toBe(true);
    expect(isOrganisationName('Samen Sterk in Noord', 'https://www.facebook.com/samensterk')).toBe(false);
    expect(isOrganisationName('Samen Sterk in Noord')).toBe(false);
    expect(isOrganisationName('  ')).toBe(false);
  });
});
