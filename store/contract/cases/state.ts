import { describe, expect } from 'vitest';
import type { ContractTest } from '../contract-test.ts';

/** Contract cases for connector state. */
export function stateCases(test: ContractTest): void {
  describe('connector state', () => {
    test('state is undefined before the first checkpoint and round-trips afterwards', async (store) => {
      expect(await store.getState('nlvoorelkaar', 'initiatieven')).toBeUndefined();
      const state = { cursor: '2026-11-20T03:00:00Z', page: 3, seen: ['a', 'b'], done: false, etag: null };
      await store.setState('nlvoorelkaar', 'initiatieven', state);
      expect(await store.getState('nlvoorelkaar', 'initiatieven')).toEqual(state);
    });

    test('setting state replaces the previous one and keeps streams apart', async (store) => {
      await store.setState('nlvoorelkaar', 'initiatieven', { page: 1 });
      await store.setState('nlvoorelkaar', 'vacatures', { page: 7 });
      await store.setState('nlvoorelkaar', 'initiatieven', { page: 2 });
      expect(await store.getState('nlvoorelkaar', 'initiatieven')).toEqual({ page: 2 });
      expect(await store.getState('nlvoorelkaar', 'vacatures')).toEqual({ page: 7 });
    });

    test('state may be any JSON value', async (store) => {
      await store.setState('nlvoorelkaar', 'a', 42);
      await store.setState('nlvoorelkaar', 'b', 'cursor-xyz');
      await store.setState('nlvoorelkaar', 'c', null);
      expect(await store.getState('nlvoorelkaar', 'a')).toBe(42);
      expect(await store.getState('nlvoorelkaar', 'b')).toBe('cursor-xyz');
      expect(await store.getState('nlvoorelkaar', 'c')).toBeNull();
    });

    test('state that is not a JSON value is rejected', async (store) => {
      await expect(store.setState('nlvoorelkaar', 'a', undefined)).rejects.toThrow(/JSON value/);
    });

    test('clearing one stream keeps the other streams', async (store) => {
      await store.setState('nlvoorelkaar', 'initiatieven', { page: 1 });
      await store.setState('nlvoorelkaar', 'vacatures', { page: 7 });
      await store.clearState('nlvoorelkaar', 'initiatieven');
      expect(await store.getState('nlvoorelkaar', 'initiatieven')).toBeUndefined();
      expect(await store.getState('nlvoorelkaar', 'vacatures')).toEqual({ page: 7 });
    });

    test('clearing a source forgets all its streams and keeps other sources', async (store) => {
      await store.setState('nlvoorelkaar', 'initiatieven', { page: 1 });
      await store.setState('nlvoorelkaar', 'vacatures', { page: 7 });
      await store.setState('voordekunst', 'projecten', { page: 4 });
      await store.clearState('nlvoorelkaar');
      expect(await store.getState('nlvoorelkaar', 'initiatieven')).toBeUndefined();
      expect(await store.getState('nlvoorelkaar', 'vacatures')).toBeUndefined();
      expect(await store.getState('voordekunst', 'projecten')).toEqual({ page: 4 });
    });
  });
}
