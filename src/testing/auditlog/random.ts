// A small seeded PRNG for the synthetic log generator: the same seed always gives the same sequence.

/** Random draws numbers from sfc32, seeded from one 32-bit integer. */
export class Random {
  private a: number
  private b: number
  private c: number
  private d: number

  constructor(seed: number) {
    this.a = 0x9e3779b9
    this.b = 0x243f6a88
    this.c = 0xb7e15162
    this.d = seed | 0
    for (let i = 0; i < 15; i++) this.next()
  }

  /** next returns a uniformly distributed 32-bit unsigned integer. */
  next(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0
    this.d = (this.d + 1) | 0
    this.a = this.b ^ (this.b >>> 9)
    this.b = (this.c + (this.c << 3)) | 0
    this.c = (this.c << 21) | (this.c >>> 11)
    this.c = (this.c + t) | 0
    return t >>> 0
  }

  /** float returns a number in [0, 1). */
  float(): number {
    return this.next() / 4294967296
  }

  /** int returns an integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.float() * n)
  }

  /** pick returns one element of a non-empty list. */
  pick<T>(list: readonly T[]): T {
    return list[this.int(list.length)]!
  }

  /** skewed returns an index in [0, n) where small indexes are much more likely (a Zipf-like draw). */
  skewed(n: number): number {
    const f = this.float()
    return Math.min(n - 1, Math.floor(n * f * f * f))
  }

  /** chance is true with probability p. */
  chance(p: number): boolean {
    return this.float() < p
  }

  /** hex returns n lowercase hex digits. */
  hex(n: number): string {
    let s = ''
    while (s.length < n) s += this.next().toString(16).padStart(8, '0')
    return s.slice(0, n)
  }
}
