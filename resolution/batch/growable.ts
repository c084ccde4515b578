/** Typed-array constructors `Growable` can hold. */
type Constructor<T> = { new (length: number): T; readonly BYTES_PER_ELEMENT: number };
type Numeric = Int32Array | Uint32Array | Float64Array | Uint8Array;

/**
 * An append-only typed array that doubles when full: millions of numbers without the per-element cost
 * of a JavaScript array.
 */
export class Growable<T extends Numeric> {
  private data: T;
  private readonly make: Constructor<T>;
  length = 0;

  constructor(make: Constructor<T>, capacity = 1024) {
    this.make = make;
    this.data = new make(capacity);
  }

  push(value: number): void {
    if (this.length === this.data.length) {
      const bigger = new this.make(this.data.length * 2);
      bigger.set(this.data as never);
      this.data = bigger;
    }
    this.data[this.length++] = value;
  }

  /** The values pushed so far, as a view (no copy); valid until the next push. */
  view(): T {
    return this.data.subarray(0, this.length) as T;
  }
}
