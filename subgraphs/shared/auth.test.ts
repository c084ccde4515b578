import { describe, expect, it } from 'vitest';
import { createInternalToken, INTERNAL_TOKEN_HEADER, ROLE_HEADER, roleFromRequest } from './auth.ts';

describe('roleFromRequest', () => {
  const token = createInternalToken();

  it('grants admin only with the right internal token and the admin role header', () => {
    expect(roleFromRequest({ [INTERNAL_TOKEN_HEADER]: token, [ROLE_HEADER]: 'admin' }, token)).toBe('admin');
    expect(
      roleFromRequest(new Headers({ [INTERNAL_TOKEN_HEADER]: token, [ROLE_HEADER]: 'admin' }), token),
    ).toBe('admin');
  });

  it('falls back to reader for a wrong or missing token, another role, or no configured token', () => {
    expect(
      roleFromRequest({ [INTERNAL_TOKEN_HEADER]: createInternalToken(), [ROLE_HEADER]: 'admin' }, token),
    ).toBe('reader');
    expect(roleFromRequest({ [ROLE_HEADER]: 'admin' }, token)).toBe('reader');
    expect(roleFromRequest({ [INTERNAL_TOKEN_HEADER]: token, [ROLE_HEADER]: 'reader' }, token)).toBe(
      'reader',
    );
    expect(roleFromRequest({ [INTERNAL_TOKEN_HEADER]: token, [ROLE_HEADER]: 'admin' }, undefined)).toBe(
      'reader',
    );
  });

  it('makes a fresh 256-bit token each time', () => {
    expect(createInternalToken()).toMatch(/^[0-9a-f]{64}$/);
    expect(createInternalToken()).not.toBe(createInternalToken());
  });
});
