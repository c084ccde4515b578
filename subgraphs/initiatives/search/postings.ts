/**
 * The postings of one index term: the document slots it occurs in (ascending) and, per slot, its packed term
 * frequencies per field. Growable typed arrays keep 10^7 entries in about 80 MB without per-entry objects.
 */
export class Postings {
  slots = new Int32Array(4);
  packed = new Uint32Array(4);
  length = 0;

  /** Appends a slot; slots only grow, so the arrays stay sorted. */
  push(slot: number, packed: number): void {
    if (this.length === this.slots.length) {
      const slots = new Int32Array(this.length * 2);
      slots.set(this.slots);
      this.slots = slots;
      const tf = new Uint32Array(this.length * 2);
      tf.set(this.packed);
      this.packed = tf;
    }
    this.slots[this.length] = slot;
    this.packed[this.length] = packed;
    this.length++;
  }

  /** Drops dead slots and renumbers the live ones (compaction); `renumber[slot]` is -1 for a dead slot. */
  compact(renumber: Int32Array): void {
    let kept = 0;
    for (let i = 0; i < this.length; i++) {
      const slot = renumber[this.slots[i] as number] as number;
      if (slot < 0) continue;
      this.slots[kept] = slot;
      this.packed[kept] = this.packed[i] as number;
      kept++;
    }
    this.length = kept;
  }
}

/** Bits per field in a packed term-frequency word, in field order; 32 bits in all. */
export const FIELD_BITS = [4, 4, 4, 4, 12, 4] as const;

const SHIFTS = FIELD_BITS.map((_, field) => FIELD_BITS.slice(0, field).reduce((sum, bits) => sum + bits, 0));
const MASKS = FIELD_BITS.map((bits) => 2 ** bits - 1);

/** Packs per-field term frequencies (capped at what each field's bits hold) into one 32-bit word. */
export function packFrequencies(frequencies: readonly number[]): number {
  let packed = 0;
  frequencies.forEach((frequency, field) => {
    packed |= Math.min(frequency, MASKS[field] as number) << (SHIFTS[field] as number);
  });
  return packed >>> 0;
}

/** The term frequency of one field in a packed word. */
export function frequencyIn(packed: number, field: number): number {
  return (packed >>> (SHIFTS[field] as number)) & (MASKS[field] as number);
}
