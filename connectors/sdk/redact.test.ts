import { describe, expect, it } from 'vitest';
import { redactUrl } from './redact.ts';

describe('redactUrl', () => {
  it('hides credentials in query strings and user info, and nothing else', () => {
    expect(
      redactUrl(
        'https://api.globalgiving.org/api/public/projectservice/all/projects?api_key=abc123&nextProjectId=5',
      ),
    ).toBe('https://api.globalgiving.org/api/public/projectservice/all/projects?api_key=***&nextProjectId=5');
    expect(redactUrl('https://user:pw@example.org/x?token=t')).toBe(
      'https://***:***@example.org/x?token=***',
    );
    expect(redactUrl('https://example.org/x?page=2')).toBe('https://example.org/x?page=2');
    expect(redactUrl('not a url')).toBe('not a url');
  });
});
