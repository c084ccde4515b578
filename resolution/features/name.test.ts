import { describe, expect, it } from 'vitest';
import { foldName, nameKey } from './name.ts';

describe('nameKey', () => {
  it('drops legal-form words wherever they stand and says which form they state', () => {
    expect(nameKey('Stichting Buurtkracht').tokens).toEqual(['buurtkracht']);
    expect(nameKey('Buurtkracht Stichting').tokens).toEqual(['buurtkracht']);
    expect(nameKey('Tafel Essen e.V.').tokens).toEqual(['tafel', 'essen']);
    expect(nameKey('Zonnepark Coöperatie U.A.').tokens).toEqual(['zonnepark']);
    expect(nameKey('Stichting Buurtkracht').legalForm).toBe('stichting');
    expect(nameKey('Tafel Essen e. V.').legalForm).toBe('vereniging');
  });

  it('reads a leading "St." as Stichting and a later one as Sint', () => {
    expect(nameKey('St. De Linde').tokens).toEqual(['linde']);
    expect(nameKey('Buurthuis St Jozef').tokens).toEqual(['buurthuis', 'sint', 'jozef']);
  });

  it('folds case, diacritics and punctuation', () => {
    expect(foldName("Coöperatie A'dam & Café")).toBe('cooperatie adam en cafe');
    expect(nameKey('REPAIR CAFÉ').sorted).toBe(nameKey('repair cafe').sorted);
  });

  it('gives the same sorted words in any word order', () => {
    expect(nameKey('De Groene Vingers Buurtmoestuin').sorted).toBe(
      nameKey('Buurtmoestuin De Groene Vingers').sorted,
    );
  });

  it('expands common short forms and spells acronyms out', () => {
    expect(nameKey('Kracht in NL').tokens).toEqual(['kracht', 'nederland']);
    expect(nameKey('Kracht in Nederland').acronyms).toContain('kinl');
    expect(nameKey('KiNL').asAcronym).toBe('kinl');
    expect(nameKey('K.i.N.L.').asAcronym).toBe('kinl');
    expect(nameKey('Buurtmoestuin').asAcronym).toBeUndefined();
  });

  it('keeps a qualifier in parentheses or after a dash out of the words', () => {
    expect(nameKey('Repair Café (Zwolle)')).toMatchObject({
      tokens: ['repair', 'cafe'],
      qualifier: 'Zwolle',
    });
    expect(nameKey('Voedselbank - Midden-Drenthe')).toMatchObject({
      tokens: ['voedselbank'],
      qualifier: 'Midden-Drenthe',
    });
    expect(nameKey('Oud-West Bloeit').qualifier).toBeUndefined();
  });
});
