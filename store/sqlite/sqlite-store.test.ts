import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { defineStoreContract } from '../contract/index.ts';
import { createSqliteStore } from './sqlite-store.ts';

const dir = mkdtempSync(join(tmpdir(), 'knooppunt-sqlite-'));
let files = 0;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

defineStoreContract('sqlite :memory:', () => createSqliteStore({ path: ':memory:' }));
defineStoreContract('sqlite file (WAL)', () => createSqliteStore({ path: join(dir, `store-${++files}.db`) }));
