/**
 * A seeded pseudo-random number generator (mulberry32): 32 bits of state, period 2^32, the same
 * sequence on every platform because it uses only 32-bit integer operations. Good enough for
 * synthetic data, not for cryptography.
 *
 * Only `+`, `-`, `*` and `/` on its outputs are used by the generator, never `Math.log` or
 * `Math.exp`, whose last bits may differ between JavaScript engines.
 *
 * @example
 * ```ts
 * const random = new Random(deriveSeed(20231205, "profile:ADM001"));
 * random.uniform(0.5, 1.5); // the same number on every run
 * ```
 */
export class Random {
  #state: number;

  /** @param seed - Any integer; only its low 32 bits are used. */
  constructor(seed: number) {
    this.#state = seed >>> 0;
  }

  /** Returns the next number, uniform in [0, 1). */
  next(): number {
    this.#state = (this.#state + 0x6d2b79f5) >>> 0;
    let t = this.#state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Returns a number uniform in [min, max). */
  uniform(min: number, max: number): number {
    return min + (max - min) * this.next();
  }

  /** Returns an integer uniform in [min, max], both included. */
  integer(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** Returns true with probability `probability` (0–1). */
  chance(probability: number): boolean {
    return this.next() < probability;
  }

  /** Returns one item of a non-empty list, each equally likely. */
  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new RangeError("pick needs a non-empty list");
    return item;
  }

  /** Returns a shuffled copy of `items` (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[] {
    const copy = [...items];
    for (let index = copy.length - 1; index > 0; index--) {
      const other = Math.floor(this.next() * (index + 1));
      const swapped = copy[index] as T;
      copy[index] = copy[other] as T;
      copy[other] = swapped;
    }
    return copy;
  }
}

/**
 * Derives the seed of an independent stream from the dataset seed and a label, with the 32-bit
 * FNV-1a hash. Each administration and cycle draws from its own stream, so adding a draw for
 * one administration does not shift the numbers of the others.
 *
 * @example
 * ```ts
 * new Random(deriveSeed(seed, `values:pmm-2023:ADM007`));
 * ```
 */
export function deriveSeed(seed: number, label: string): number {
  let hash = 0x811c9dc5;
  for (const character of `${seed >>> 0}/${label}`) {
    hash ^= character.charCodeAt(0);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** Returns `value` limited to [min, max]. */
export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
