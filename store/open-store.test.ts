import { describe, expect, it } from 'vitest';
import { openStore } from './open-store.ts';

describe('openStore', () => {
  it('opens the SQLite backend', async () => {
    const store = await openStore({ backend: 'sqlite', path: ':memory:' });
    expect(store.capabilities).toEqual({ backend: 'sqlite', shared: false, durable: false });
    await store.close();
  });

  it('fails with the URL, without its password, when Redis does not answer', async () => {
    const opening = openStore({ backend: 'redis', url: 'redis://:geheim@127.0.0.1:1' });
    await expect(opening).rejects.toThrow(/^Redis at redis:\/\/:\*\*\*@127\.0\.0\.1:1 does not answer: .+/);
    await expect(opening).rejects.not.toThrow(/geheim/);
  });

  it('names the field of an invalid configuration', async () => {
    await expect(openStore({ backend: 'redis', prefix: 'a b' } as never)).rejects.toThrow(/store\.prefix/);
  });
});
