/**
 * A hash table from (series, cell) pairs of small non-negative integers to an integer, on typed
 * arrays: a million observation keys cost no objects and no garbage (a Map with number keys
 * above 2^30 boxes every key). Open addressing with linear probing, grown at half full.
 */
const EMPTY = -1;

export class KeyTable {
  private high: Int32Array;
  private low: Int32Array;
  private values: Int32Array;
  private mask: number;
  private count = 0;

  constructor(capacity = 1024) {
    let size = 16;
    while (size < capacity * 2) size *= 2;
    this.high = new Int32Array(size).fill(EMPTY);
    this.low = new Int32Array(size);
    this.values = new Int32Array(size);
    this.mask = size - 1;
  }

  get size(): number {
    return this.count;
  }

  private slot(high: number, low: number): number {
    let hash =
      Math.imul(high, 0x9e3779b1) ^ Math.imul(low + 0x7f4a7c15, 0x85ebca77);
    hash ^= hash >>> 15;
    let slot = hash & this.mask;
    while (
      this.high[slot] !== EMPTY &&
      (this.high[slot] !== high || this.low[slot] !== low)
    )
      slot = (slot + 1) & this.mask;
    return slot;
  }

  /** The value stored for the pair, or -1. */
  get(high: number, low: number): number {
    const slot = this.slot(high, low);
    return this.high[slot] === EMPTY ? -1 : (this.values[slot] ?? -1);
  }

  /**
   * Stores `value` (≥ 0) for the pair unless it has one; returns the value it already had, or -1
   * when it was added (one probe instead of get + set).
   */
  setIfAbsent(high: number, low: number, value: number): number {
    const slot = this.slot(high, low);
    if (this.high[slot] !== EMPTY) return this.values[slot] ?? -1;
    this.high[slot] = high;
    this.low[slot] = low;
    this.values[slot] = value;
    this.count++;
    if (this.count * 2 > this.mask) this.grow();
    return -1;
  }

  /** Stores a value (≥ 0) for the pair. */
  set(high: number, low: number, value: number): void {
    const slot = this.slot(high, low);
    if (this.high[slot] === EMPTY) {
      this.high[slot] = high;
      this.low[slot] = low;
      this.count++;
    }
    this.values[slot] = value;
    if (this.count * 2 > this.mask) this.grow();
  }

  private grow(): void {
    const { high, low, values } = this;
    const size = high.length * 2;
    this.high = new Int32Array(size).fill(EMPTY);
    this.low = new Int32Array(size);
    this.values = new Int32Array(size);
    this.mask = size - 1;
    for (let i = 0; i < high.length; i++) {
      const h = high[i] ?? EMPTY;
      if (h === EMPTY) continue;
      const slot = this.slot(h, low[i] ?? 0);
      this.high[slot] = h;
      this.low[slot] = low[i] ?? 0;
      this.values[slot] = values[i] ?? 0;
    }
  }
}
