import { describe, expect, it } from 'vitest';
import { fieldValue, jsonPathProblem, queryAll } from './json-path.ts';
import { placeholdersOf, renderDeep, renderTemplate } from './template.ts';

const scope = {
  values: { service: 'Buurt kaart', layer: 0, empty: undefined },
  record: { id: 7, tags: ['a', 'b'] },
};

describe('templates', () => {
  it('lists placeholders and leaves braces that are no placeholder alone', () => {
    expect(placeholdersOf('/s/{service}/{layer}?id={$.id}')).toEqual(['service', 'layer', '$.id']);
    expect(placeholdersOf('query { items { id } }')).toEqual([]);
  });

  it('fills options and record values, encoding path segments when asked', () => {
    expect(renderTemplate('/services/{service}/FeatureServer/{layer}', scope, encodeURIComponent)).toBe(
      '/services/Buurt%20kaart/FeatureServer/0',
    );
    expect(renderTemplate('item {$.id}', scope)).toBe('item 7');
  });

  it('keeps the type of a lone placeholder and gives undefined when a value is missing', () => {
    expect(renderTemplate('{layer}', scope)).toBe(0);
    expect(renderTemplate('x-{empty}', scope)).toBeUndefined();
    expect(renderDeep({ slug: '{service}', first: 10, nested: ['{layer}'] }, scope)).toEqual({
      slug: 'Buurt kaart',
      first: 10,
      nested: [0],
    });
  });
});

describe('JSON paths', () => {
  it('explains paths it cannot use', () => {
    expect(jsonPathProblem('$.features[*]')).toBeUndefined();
    expect(jsonPathProblem("$['KvK-nummer']")).toBeUndefined();
    expect(jsonPathProblem('features')).toMatch(/must start with "\$"/);
    expect(jsonPathProblem('$.a[0')).toMatch(/unbalanced/);
    expect(jsonPathProblem('$.a.')).toMatch(/incomplete/);
  });

  it('finds every match and reads dotted field names', () => {
    expect(queryAll('$.tags[*]', scope.record)).toEqual(['a', 'b']);
    expect(queryAll('$.none', scope.record)).toEqual([]);
    expect(queryAll('$.x', null)).toEqual([]);
    expect(fieldValue({ attributes: { OBJECTID: 3 } }, 'attributes.OBJECTID')).toBe(3);
    expect(fieldValue({ attributes: null }, 'attributes.OBJECTID')).toBeUndefined();
  });

  it('never runs code from a filter expression', () => {
    expect(() => queryAll('$[?(@.constructor.constructor("return process")())]', { a: 1 })).toThrow();
  });
});
