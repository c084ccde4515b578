import { createHash, timingSafeEqual } from 'node:crypto';
import type { Role } from '../config.ts';

/** Who an API key belongs to: its configured name and role. */
export interface KeyHolder {
  readonly name: string;
  readonly role: Role;
}

/** The configured API keys, held as SHA-256 digests so that a heap dump shows no key. */
export interface Keyring {
  /** The holder of a presented key, or undefined for an unknown one. */
  identify(presented: string): KeyHolder | undefined;
  readonly size: number;
}

const digest = (key: string): Buffer => createHash('sha256').update(key, 'utf8').digest();

/**
 * Creates the keyring from `server.auth.apiKeys`. Lookups compare digests of equal length in constant time
 * and always visit every key, so response times tell nothing about how close a guess was.
 *
 * @example
 * const keyring = createKeyring({ ops: { role: 'admin', key: process.env.KNOOPPUNT_ADMIN_KEY! } });
 * keyring.identify(presented)?.role; // 'admin'
 */
export function createKeyring(keys: Readonly<Record<string, { role: Role; key: string }>>): Keyring {
  const entries = Object.entries(keys).map(([name, { role, key }]) => ({ name, role, digest: digest(key) }));
  return {
    size: entries.length,
    identify(presented) {
      const candidate = digest(presented);
      let found: KeyHolder | undefined;
      for (const entry of entries) {
        if (timingSafeEqual(entry.digest, candidate) && !found)
          found = { name: entry.name, role: entry.role };
      }
      return found;
    },
  };
}
