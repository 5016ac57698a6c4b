import { describe, expect, it } from 'vitest'
import { formatBytes, formatCount, formatSeconds, formatSpeed, share } from './format.ts'

describe('analyzer number formats', () => {
  const cases: [string, string, string][] = [
    ['zero bytes', formatBytes(0), '0 B'],
    ['bytes below a kilobyte', formatBytes(999), '999 B'],
    ['kilobytes with one decimal', formatBytes(1234), '1.2 kB'],
    ['hundreds of megabytes without decimals', formatBytes(123_456_789), '123 MB'],
    ['a gigabyte log', formatBytes(1_073_834_574), '1.1 GB'],
    ['negative bytes clamp to zero', formatBytes(-5), '0 B'],
    ['grouped counts', formatCount(1234567), '1,234,567'],
    ['seconds under ten with a decimal', formatSeconds(4321), '4.3'],
    ['seconds over ten without', formatSeconds(12_345), '12'],
    ['slow speeds with a decimal', formatSpeed(3.25), '3.3'],
    ['fast speeds without', formatSpeed(251.6), '252'],
  ]
  for (const [name, actual, expected] of cases) it(name, () => expect(actual).toBe(expected))

  it('share is a fraction, 0 of nothing', () => {
    expect([share(1, 4), share(5, 0), share(9, 3)]).toEqual([0.25, 0, 1])
  })
})
