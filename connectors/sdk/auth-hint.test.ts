import { describe, expect, it } from 'vitest';
import { explainAuthError } from './auth-hint.ts';
import { ConnectorError, HttpError } from './errors.ts';

const request = { method: 'GET', url: 'https://api.example.org/items' };

describe('explainAuthError', () => {
  it('turns 401 and 403 into configuration errors that say how to get credentials', () => {
    for (const status of [401, 403]) {
      const error = explainAuthError(new HttpError('config', request, status, '{}'), 'ask the operator');
      expect(error).toBeInstanceOf(ConnectorError);
      expect(error).toMatchObject({ type: 'config' });
      expect((error as ConnectorError).userMessage).toMatch(
        new RegExp(`GET https://api.example.org/items answered HTTP ${status}: .*; ask the operator$`),
      );
    }
  });

  it('leaves other errors as they are', () => {
    const notFound = new HttpError('config', request, 404, '{}');
    const plain = new Error('boom');
    expect(explainAuthError(notFound, 'hint')).toBe(notFound);
    expect(explainAuthError(plain, 'hint')).toBe(plain);
  });
});
