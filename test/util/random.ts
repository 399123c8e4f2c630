/**
 * Seeded randomness for the differential tests (test/**\/*-fuzz.test.ts): a linear congruential
 * generator, so a seed gives the same inputs on every machine and a failure names a seed that
 * reproduces it. Its members are bound, so a test may take them apart
 * (`const { next: rnd, pick } = random`).
 */
export class Random {
  constructor(private state = 1) {}

  /** Restarts the sequence from `state`. */
  seed(state: number): void {
    this.state = state;
  }

  /** The next number in [0, 1). */
  readonly next = (): number => {
    this.state = (this.state * 1103515245 + 12345) % 2147483648;
    return this.state / 2147483648;
  };

  readonly pick = <T>(a: readonly T[]): T => a[Math.floor(this.next() * a.length)]!;

  readonly chance = (p: number): boolean => this.next() < p;

  /** An integer in [lo, hi]. */
  readonly int = (lo: number, hi: number): number => lo + Math.floor(this.next() * (hi - lo + 1));
}

/** The seeds of a `FROM-TO` range (from an environment variable), or undefined. */
export function seedList(range: string | undefined): number[] | undefined {
  const m = range === undefined ? null : /^(\d+)-(\d+)$/.exec(range);
  if (!m) return undefined;
  return Array.from({ length: Number(m[2]) - Number(m[1]) + 1 }, (_, i) => Number(m[1]) + i);
}
