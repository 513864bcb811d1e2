import { createHash } from 'node:crypto';

/** A small seeded PRNG (mulberry32): the same seed gives the same data set on every run. */
export class SeededRandom {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  /** Uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  /** Integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(probability: number): boolean {
    return this.next() < probability;
  }
  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }
  digits(count: number): string {
    let out = '';
    for (let i = 0; i < count; i += 1) out += String(this.int(0, 9));
    return out;
  }
}

/**
 * A generator of its own for one record (a meeting's attendance, a year's
 * comment): what the record gets does not depend on how many draws came
 * before it, so a record keeps its values whichever day the data is built for.
 */
export function randomFor(name: string): SeededRandom {
  return new SeededRandom(createHash('sha1').update(`two-way-federation:${name}`).digest().readUInt32BE(0));
}

/**
 * A stable UUID (version 5 layout) derived from a name, so demo records keep
 * the same ids on every load and example queries can point at them.
 */
export function stableId(name: string): string {
  const hash = createHash('sha1').update(`two-way-federation:${name}`).digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
