import { createHash } from 'node:crypto';
import { canonicalJson } from '../../../schema/index.ts';
import { ConnectorError } from '../errors.ts';

/**
 * Notices a platform that serves the same page or cursor again, so that a run ends with an error instead of
 * looping forever. Positions (page numbers, offsets, cursor tokens, URLs) must never come back, and two
 * consecutive non-empty pages must not have the same content.
 */
export class RepeatGuard {
  readonly #positions = new Set<string>();
  #lastFingerprint: string | undefined;
  readonly #what: string;

  /** `what` names the stream in the error, e.g. "betterplace projects". */
  constructor(what: string) {
    this.#what = what;
  }

  /** Records a position about to be fetched; throws when it was fetched before in this run. */
  position(position: unknown): void {
    const key = canonicalJson(position);
    if (this.#positions.has(key)) {
      throw new ConnectorError(
        'system',
        `${this.#what}: the platform sent position ${key} again; stopping instead of looping`,
      );
    }
    this.#positions.add(key);
  }

  /** Records the records of a page; throws when a non-empty page equals the previous one. */
  page(records: readonly unknown[]): void {
    if (records.length === 0) return;
    // One server serialises one page the same way, so plain JSON suffices to see a page come back.
    const fingerprint = createHash('sha1').update(JSON.stringify(records)).digest('hex');
    if (fingerprint === this.#lastFingerprint) {
      throw new ConnectorError(
        'system',
        `${this.#what}: the platform served the same page twice; stopping instead of looping`,
      );
    }
    this.#lastFingerprint = fingerprint;
  }
}
