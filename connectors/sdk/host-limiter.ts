/** Per-host limits: how many requests may be in flight and how many may start per minute. */
export interface HostLimits {
  /** Requests in flight at once to one host. */
  readonly concurrency: number;
  /** Requests that may start per minute; unlimited when absent. */
  readonly requestsPerMinute?: number;
}

/** The limits used when a connector and its source set none: polite for small community platforms. */
export const DEFAULT_HOST_LIMITS: HostLimits = { concurrency: 2, requestsPerMinute: 120 };

/**
 * Admits requests to one host within its limits: a semaphore for concurrency and evenly spaced starts
 * for the request rate. `pause` holds every request back after a 429 told the client to wait.
 */
export class HostLimiter {
  readonly #limits: HostLimits;
  #active = 0;
  #nextStart = 0;
  #pausedUntil = 0;
  readonly #waiting: (() => void)[] = [];

  constructor(limits: HostLimits) {
    if (limits.concurrency < 1) throw new Error('concurrency must be at least 1');
    this.#limits = limits;
  }

  /** Waits for a slot, runs `task`, frees the slot. */
  async run<T>(task: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    await this.#acquire(signal);
    try {
      await this.#spaceStart(signal);
      return await task();
    } finally {
      this.#release();
    }
  }

  /** Holds back every request to this host until `until` (epoch ms). */
  pause(until: number): void {
    this.#pausedUntil = Math.max(this.#pausedUntil, until);
  }

  async #acquire(signal?: AbortSignal): Promise<void> {
    if (this.#active < this.#limits.concurrency) {
      this.#active++;
      return;
    }
    await new Promise<void>((resolve, reject) => {
      const onAbort = () => {
        const index = this.#waiting.indexOf(admit);
        if (index >= 0) this.#waiting.splice(index, 1);
        reject(signal?.reason);
      };
      const admit = () => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      };
      this.#waiting.push(admit);
      signal?.addEventListener('abort', onAbort, { once: true });
    });
  }

  #release(): void {
    const next = this.#waiting.shift();
    if (next) next();
    else this.#active--;
  }

  async #spaceStart(signal?: AbortSignal): Promise<void> {
    const now = Date.now();
    const interval = this.#limits.requestsPerMinute ? 60_000 / this.#limits.requestsPerMinute : 0;
    const start = Math.max(now, this.#nextStart, this.#pausedUntil);
    this.#nextStart = start + interval;
    if (start > now) await sleep(start - now, signal);
  }
}

/** Resolves after `ms`, or rejects with the signal's reason when it aborts first. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
