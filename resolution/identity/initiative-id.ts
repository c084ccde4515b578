import { createHash } from 'node:crypto';

/** Lower-case base32 alphabet without look-alikes (Crockford's, lower case). */
const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';
/** 16 base32 characters carry 80 bits: collisions stay negligible far beyond 10^9 initiatives. */
const LENGTH = 16;

/**
 * The id of the initiative anchored by a record: `ini_` plus base32 of a hash of the anchor's key.
 * An initiative's anchor is its oldest member, so a merge keeps the older initiative's id and a split
 * keeps the id with the part holding the oldest record, whatever order records arrived in.
 *
 * @example
 * initiativeId('betterplace:12345'); // 'ini_…' (always the same for this key)
 */
export function initiativeId(anchorKey: string): string {
  const digest = createHash('sha256').update(anchorKey).digest();
  let id = 'ini_';
  let buffer = 0;
  let bits = 0;
  for (let i = 0; id.length < 4 + LENGTH;) {
    if (bits < 5) {
      buffer = (buffer << 8) | digest[i++]!;
      bits += 8;
    }
    bits -= 5;
    id += ALPHABET[(buffer >> bits) & 31];
  }
  return id;
}

/** A record as far as seniority goes: its key and when the hub first saw it. */
export interface Seniority {
  readonly key: string;
  readonly firstSeen: string;
}

/** Orders records oldest first: earliest `firstSeen`, then key; the first is an initiative's anchor. */
export function compareSeniority(a: Seniority, b: Seniority): number {
  const at = Date.parse(a.firstSeen) - Date.parse(b.firstSeen);
  if (at !== 0) return at;
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}
