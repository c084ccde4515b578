import { describe, expect, it } from 'vitest';
import { isUnsetBaseUrl, NO_BASE_URL } from './no-base-url.ts';

describe('the unset base URL of generic connectors', () => {
  it('is recognised, and real sites are not', () => {
    expect(isUnsetBaseUrl(NO_BASE_URL)).toBe(true);
    expect(isUnsetBaseUrl('https://site.invalid/')).toBe(true);
    expect(isUnsetBaseUrl('not a url')).toBe(true);
    expect(isUnsetBaseUrl('https://www.buurtkracht.nl')).toBe(false);
    expect(isUnsetBaseUrl('http://127.0.0.1:8080')).toBe(false);
  });
});
