import { describe, expect, it } from 'vitest';
import {
  derivePhase,
  detectInitiativeKind,
  detectLegalForm,
  mapNeedType,
  mapTargetGroups,
  mapTheme,
  mapThemes,
  THEME_CODES,
} from './index.ts';

describe('themes', () => {
  it('has the twenty themes of DOMAIN.md', () => {
    expect(THEME_CODES).toHaveLength(20);
  });

  it('maps Dutch, German and English platform labels onto theme codes', () => {
    expect(mapTheme('Zorg & Welzijn')).toContain('care-welfare');
    expect(mapTheme('Umwelt- und Naturschutz')).toEqual(
      expect.arrayContaining(['sustainability', 'green-nature']),
    );
    expect(mapTheme('Climate Action')).toEqual(['sustainability']);
    expect(mapTheme('Stadslandbouw')).toEqual(['food']);
  });

  it('returns nothing for a label it cannot place, so the original stays in categories only', () => {
    expect(mapTheme('Miscellaneous')).toEqual([]);
  });

  it('de-duplicates and orders codes from several labels', () => {
    expect(mapThemes(['Energie', 'Zonne-energie', 'Duurzaamheid'])).toEqual(['energy', 'sustainability']);
  });
});

describe('legal forms and kinds', () => {
  it('recognises legal forms from organisation names', () => {
    expect(detectLegalForm('Stichting Buurtkracht Lombok')).toBe('stichting');
    expect(detectLegalForm('Tafel Leipzig e.V.')).toBe('vereniging');
    expect(detectLegalForm('Energiecoöperatie Zuiderlicht U.A.')).toBe('cooperatie');
    expect(detectLegalForm('Buurtbakkerij B.V.')).toBe('company');
    expect(detectLegalForm('Repair Café Oost')).toBeUndefined();
  });

  it('prefers the specific kind over a generic neighbourhood one', () => {
    expect(detectInitiativeKind('Buurtenergie Coöperatie Noord')).toBe('energy-cooperative');
    expect(detectInitiativeKind('Repair Café Utrecht-Oost')).toBe('repair-cafe');
    expect(detectInitiativeKind('Buurtinitiatief De Groene Long')).toBe('neighbourhood-initiative');
  });
});

describe('needs, target groups and phases', () => {
  it('maps need labels and falls back to other', () => {
    expect(mapNeedType('Vrijwilligers gezocht')).toEqual(['volunteers']);
    expect(mapNeedType('Iets heel anders')).toEqual(['other']);
  });

  it('maps target group labels', () => {
    expect(mapTargetGroups(['Ouderen', 'Statushouders'])).toEqual(['older-people', 'refugees']);
  });

  it('derives the phase from the founding date', () => {
    const now = new Date('2026-11-22');
    expect(derivePhase('2025-06-01', now)).toBe('startup');
    expect(derivePhase('2022-01-01', now)).toBe('growing');
    expect(derivePhase('2018-01-01', now)).toBe('continuing');
    expect(derivePhase('1998-01-01', now)).toBe('established');
    expect(derivePhase('2030-01-01', now)).toBeUndefined();
    expect(derivePhase('not a date', now)).toBeUndefined();
  });
});
