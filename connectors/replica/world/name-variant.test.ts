import { describe, expect, it } from 'vitest';
import { foldLabel } from '../../../schema/index.ts';
import { generateWorld } from './generate.ts';
import { nameVariant } from './name-variant.ts';
import { createRng } from './rng.ts';

const initiatives = generateWorld({ seed: 11, size: 800 }).initiatives;

describe('nameVariant', () => {
  it('is deterministic for the same random state', () => {
    for (const initiative of initiatives.slice(0, 50)) {
      expect(nameVariant(initiative, 'betterplace', createRng(`${initiative.id}:betterplace`))).toBe(
        nameVariant(initiative, 'betterplace', createRng(`${initiative.id}:betterplace`)),
      );
    }
  });

  it('mostly keeps the name, and otherwise writes it the way platforms do', () => {
    const variants = initiatives.map((i) => ({
      i,
      v: nameVariant(i, 'openstad', createRng(`${i.id}:openstad`)),
    }));
    const exact = variants.filter(({ i, v }) => v === i.name).length;
    expect(exact).toBeGreaterThan(variants.length * 0.3);
    expect(exact).toBeLessThan(variants.length * 0.8);
    for (const { v } of variants) expect(v.trim().length).toBeGreaterThan(1);
    expect(variants.some(({ i, v }) => v === i.name.toLowerCase() && v !== i.name)).toBe(true);
    expect(variants.some(({ i, v }) => v === i.baseName && v !== i.name)).toBe(true);
  });

  it('on betterplace often writes the registered name with its legal form', () => {
    const german = initiatives.filter((i) => i.legalName && i.legalName !== i.name);
    const legal = german.filter((i) => nameVariant(i, 'betterplace', createRng(`${i.id}:b`)) === i.legalName);
    expect(legal.length).toBeGreaterThan(german.length * 0.15);
  });

  it('keeps small typos small: a swapped pair of letters inside one word', () => {
    const typos = initiatives
      .map((i) => ({ i, v: nameVariant(i, 'openstad', createRng(`${i.id}:typo`)) }))
      .filter(({ i, v }) => v !== i.name && v.length === i.name.length && foldLabel(v) !== foldLabel(i.name))
      .filter(({ i, v }) => [...v].sort().join('') === [...i.name].sort().join(''));
    expect(typos.length).toBeGreaterThan(0);
    for (const { i, v } of typos) {
      const differing = [...v].filter((ch, k) => ch !== i.name[k]).length;
      expect(differing).toBe(2);
    }
  });
});
