import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { boolish, numeric, oneOrMany, textOrNumber } from './index.ts';

describe('numeric', () => {
  it('accepts numbers and strings holding one, and nothing else', () => {
    expect(numeric.parse(12)).toBe(12);
    expect(numeric.parse(' 8239.33 ')).toBe(8239.33);
    expect(numeric.parse('-4')).toBe(-4);
    expect(numeric.safeParse('n/a').success).toBe(false);
    expect(numeric.safeParse(null).success).toBe(false);
  });
});

describe('textOrNumber', () => {
  it('gives trimmed text for numbers and strings alike', () => {
    expect(textOrNumber.parse(27599)).toBe('27599');
    expect(textOrNumber.parse(' 22270-070 ')).toBe('22270-070');
  });
});

describe('boolish', () => {
  it('reads booleans and the texts true and false', () => {
    expect(boolish.parse(true)).toBe(true);
    expect(boolish.parse('false')).toBe(false);
    expect(boolish.parse(' TRUE ')).toBe(true);
    expect(boolish.safeParse('yes').success).toBe(false);
  });
});

describe('oneOrMany', () => {
  const Theme = z.object({ id: z.string() });
  const list = oneOrMany(Theme);

  it('turns a single object into a one-element list and keeps lists', () => {
    expect(list.parse({ id: 'edu' })).toEqual([{ id: 'edu' }]);
    expect(list.parse([{ id: 'edu' }, { id: 'env' }])).toEqual([{ id: 'edu' }, { id: 'env' }]);
  });

  it('gives an empty list for null or a missing field', () => {
    expect(list.parse(null)).toEqual([]);
    expect(z.object({ themes: list }).parse({})).toEqual({ themes: [] });
  });

  it('reports an invalid element at its index', () => {
    const issues = z.object({ themes: list }).safeParse({ themes: [{ id: 'a' }, { id: 3 }] }).error?.issues;
    expect(issues?.map((issue) => issue.path.join('.'))).toEqual(['themes.1.id']);
  });
});
