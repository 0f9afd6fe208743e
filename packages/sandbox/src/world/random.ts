// A small seeded random source, so the same seed always builds the same world.

/** mulberry32: fast, 32-bit state, good enough spread for test data (not for anything secret). */
export class SeededRandom {
  readonly #seed: number;
  #state: number;

  constructor(seed: number | string) {
    this.#seed = typeof seed === 'number' ? seed >>> 0 : hashSeed(seed);
    this.#state = this.#seed;
  }

  /** A float in [0, 1). */
  next(): number {
    this.#state = (this.#state + 0x6d2b79f5) >>> 0;
    let t = this.#state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('pick() needs at least one item');
    return items[this.int(0, items.length - 1)] as T;
  }

  /** `count` decimal digits. */
  digits(count: number): string {
    let out = '';
    for (let index = 0; index < count; index += 1) out += String(this.int(0, 9));
    return out;
  }

  /** A version 4 UUID made of seeded bits. */
  uuid(): string {
    const hex = (length: number) => {
      let out = '';
      for (let index = 0; index < length; index += 1) out += this.int(0, 15).toString(16);
      return out;
    };
    return `${hex(8)}-${hex(4)}-4${hex(3)}-${'89ab'[this.int(0, 3)]}${hex(3)}-${hex(12)}`;
  }

  /** A child source for one part of the world, so drawing more numbers elsewhere does not shift it. */
  fork(label: string): SeededRandom {
    return new SeededRandom(hashSeed(`${this.#seed}:${label}`));
  }
}

/** FNV-1a, to turn a string seed into 32 bits. */
export function hashSeed(seed: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < seed.length; index += 1) {
    hash ^= seed.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
