import { describe, expect, it } from 'vitest';
import { createKeyring } from './keyring.ts';

describe('the keyring', () => {
  const keyring = createKeyring({
    ops: { role: 'admin', key: 'admin-key-0123456789abcdef0123' },
    research: { role: 'reader', key: 'reader-key-0123456789abcdef012' },
  });

  it('names the holder and role of a configured key', () => {
    expect(keyring.identify('admin-key-0123456789abcdef0123')).toEqual({ name: 'ops', role: 'admin' });
    expect(keyring.identify('reader-key-0123456789abcdef012')).toEqual({ name: 'research', role: 'reader' });
  });

  it('knows no key that differs by one character, a prefix, or nothing at all', () => {
    expect(keyring.identify('admin-key-0123456789abcdef0124')).toBeUndefined();
    expect(keyring.identify('admin-key-0123456789')).toBeUndefined();
    expect(keyring.identify('')).toBeUndefined();
  });

  it('keeps no key in clear text', () => {
    expect(JSON.stringify(keyring)).not.toContain('admin-key');
    expect(keyring.size).toBe(2);
  });
});
