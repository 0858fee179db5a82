// A small seeded PRNG for the benchmark workloads: a 32-bit seed (and a stream name) in, a
// deterministic sequence out. SplitMix32 is enough: the workloads need reproducibility (the same
// seed gives the same batch on every machine and Node version), not statistical quality, and
// Math.random cannot be seeded.

export class Rng {
  private state: number;

  /** `stream` separates the draws of independent uses of one seed (keys, picks, amounts). */
  constructor(seed: number, stream = '') {
    let h = (seed ^ 0x9e3779b9) >>> 0;
    for (let i = 0; i < stream.length; i++) h = Math.imul(h ^ stream.charCodeAt(i), 0x01000193) >>> 0;
    this.state = h;
  }

  /** The next 32-bit unsigned integer (SplitMix32). */
  next(): number {
    this.state = (this.state + 0x9e3779b9) >>> 0;
    let z = this.state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  }

  /** A float in [0, 1). */
  float(): number {
    return this.next() / 0x1_0000_0000;
  }

  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.float() * n);
  }

  /** An integer in [0, n) other than `not` (n >= 2). */
  intExcept(n: number, not: number): number {
    const k = this.int(n - 1);
    return k >= not ? k + 1 : k;
  }
}
