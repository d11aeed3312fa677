import { createHash } from 'node:crypto';

/**
 * A seeded pseudo-random generator: every decision of the generator draws from one, so the same
 * --seed gives the same ledger; Math.random is never used. sfc32 (128-bit state) rather than
 * mulberry32: mulberry32's 32-bit states all lie on one cycle, so 100,000 customers' streams overlap
 * and repeat each other's draws (it produced duplicate event ids).
 */
export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  /** Generator number `index` of a run, its state derived from the seed by SHA-256. */
  constructor(seed: number, index = 0) {
    const digest = createHash('sha256').update(`relationship-ledger/seed/${seed}/${index}`).digest();
    [this.a, this.b, this.c, this.d] = [0, 4, 8, 12].map((at) => digest.readUInt32LE(at)) as [
      number,
      number,
      number,
      number,
    ];
    for (let i = 0; i < 12; i++) this.uint32();
  }

  /** A uniform 32-bit unsigned integer. */
  uint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.uint32() / 4_294_967_296;
  }

  /** Uniform integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  between(min: number, max: number): number {
    return min + this.next() * (max - min);
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }

  /** One of the keys, with probability proportional to its weight. */
  weighted<K extends string>(weights: Readonly<Record<K, number>>): K {
    const entries = Object.entries(weights) as [K, number][];
    let draw = this.next() * entries.reduce((sum, [, weight]) => sum + weight, 0);
    for (const [key, weight] of entries) if ((draw -= weight) < 0) return key;
    return entries[entries.length - 1]![0];
  }

  /** Standard normal (Box–Muller). */
  normal(mean = 0, deviation = 1): number {
    const u = 1 - this.next();
    return mean + deviation * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.next());
  }

  /** Waiting time of a Poisson process with `perYear` events a year, in days. */
  daysUntil(perYear: number): number {
    return (-Math.log(1 - this.next()) * 365) / perYear;
  }

  /**
   * A core-banking contract number (`TD-2026-004821337905`): the bank keys holdings by it. It takes
   * the draws a uuid takes, so the rest of a seeded history stays as it was.
   */
  contractNumber(prefix: string, year: number): string {
    const [high, low] = [this.uint32(), this.uint32(), this.uint32(), this.uint32()];
    const serial = (high! % 1_000_000) * 1_000_000 + (low! % 1_000_000);
    return `${prefix}-${year}-${String(serial).padStart(12, '0')}`;
  }

  /** A version-4-shaped UUID drawn from this generator. */
  uuid(): string {
    const hex = [this.uint32(), this.uint32(), this.uint32(), this.uint32()]
      .map((n) => n.toString(16).padStart(8, '0'))
      .join('');
    const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  }
}
