import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { sourceRecord, sourceRecords } from '../contract/index.ts';
import { SCHEMA_VERSION } from './migrations.ts';
import { createSqliteStore } from './sqlite-store.ts';

const dir = mkdtempSync(join(tmpdir(), 'knooppunt-sqlite-file-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;
const freshPath = () => join(dir, `case-${++files}`, 'nested', 'knooppunt.db');

describe('the SQLite store on a file', () => {
  it('creates the directory of its file and keeps data across reopening', async () => {
    const path = freshPath();
    const first = await createSqliteStore({ path });
    expect(first.capabilities.durable).toBe(true);
    await first.putSourceRecords([sourceRecord()]);
    await first.close();
    const again = await createSqliteStore({ path });
    expect(await again.getSourceRecords([sourceRecord().key])).toEqual([sourceRecord()]);
    expect(await again.lastSeq()).toBe(1);
    await again.close();
  });

  it('refuses a file written by a newer schema version', async () => {
    const path = freshPath();
    await (await createSqliteStore({ path })).close();
    const db = new DatabaseSync(path);
    db.exec(`PRAGMA user_version = ${SCHEMA_VERSION + 1}`);
    db.close();
    await expect(createSqliteStore({ path })).rejects.toThrow(/newer than this Knooppunt knows/);
  });

  it('shares records, feed and leases between two stores on the same file', async () => {
    const path = freshPath();
    const a = await createSqliteStore({ path });
    const b = await createSqliteStore({ path });
    await a.putSourceRecords([sourceRecord()]);
    expect(await b.putSourceRecords([sourceRecord()])).toMatchObject({ unchanged: [sourceRecord().key] });
    expect(await b.lastSeq()).toBe(1);
    expect(await a.acquireLease('harvest:nlvoorelkaar', 'a', 30_000)).toBe(true);
    expect(await b.acquireLease('harvest:nlvoorelkaar', 'b', 30_000)).toBe(false);
    await Promise.all([a.close(), b.close()]);
  });

  it('gives a lease to exactly one of several processes acquiring it at once', async () => {
    const path = freshPath();
    await (await createSqliteStore({ path })).close();
    const moduleUrl = new URL('./sqlite-store.ts', import.meta.url).href;
    const script = `const { createSqliteStore } = await import(${JSON.stringify(moduleUrl)});
      const store = await createSqliteStore({ path: ${JSON.stringify(path)} });
      process.stdout.write(String(await store.acquireLease('harvest:nlvoorelkaar', 'pid-' + process.pid, 30000)));
      await store.close();`;
    const run = promisify(execFile);
    const outputs = await Promise.all(
      Array.from({ length: 4 }, () =>
        run(process.execPath, ['--no-warnings', '--input-type=module', '-e', script]),
      ),
    );
    expect(outputs.map((output) => output.stdout).sort()).toEqual(['false', 'false', 'false', 'true']);
  });

  it('trims the change feed to its retention; readers see the gap and lastSeq stays', async () => {
    const store = await createSqliteStore({ path: freshPath(), feedRetention: 5 });
    await store.putSourceRecords(sourceRecords(8));
    const changes = await store.readChanges(0, 100);
    expect(changes.map((change) => change.seq)).toEqual([4, 5, 6, 7, 8]);
    expect(await store.lastSeq()).toBe(8);
    await store.close();
  });
});
