import { checkTtl } from '../common/index.ts';
import type { Store } from '../store.ts';
import type { SqliteDriver } from './driver.ts';

/**
 * The lease members of the SQLite store. Each runs in a BEGIN IMMEDIATE transaction, which holds the
 * file's write lock from the first read, so processes sharing the file agree on one holder. Expiry uses
 * the wall clock of the calling process; processes sharing a file share a machine, hence a clock.
 */
export function sqliteLeases(db: SqliteDriver): Pick<Store, 'acquireLease' | 'renewLease' | 'releaseLease'> {
  return {
    async acquireLease(name, owner, ttlMs) {
      checkTtl('acquireLease', ttlMs);
      const now = Date.now();
      const { changes } = db.write(() =>
        db
          .statement(
            `INSERT INTO leases (name, owner, expires_ms) VALUES (?1, ?2, ?3)
             ON CONFLICT (name) DO UPDATE SET owner = excluded.owner, expires_ms = excluded.expires_ms
             WHERE leases.owner = excluded.owner OR leases.expires_ms <= ?4`,
          )
          .run(name, owner, now + ttlMs, now),
      );
      return changes > 0;
    },

    async renewLease(name, owner, ttlMs) {
      checkTtl('renewLease', ttlMs);
      const now = Date.now();
      const { changes } = db.write(() =>
        db
          .statement('UPDATE leases SET expires_ms = ? WHERE name = ? AND owner = ? AND expires_ms > ?')
          .run(now + ttlMs, name, owner, now),
      );
      return changes > 0;
    },

    async releaseLease(name, owner) {
      db.write(() => db.statement('DELETE FROM leases WHERE name = ? AND owner = ?').run(name, owner));
    },
  };
}
