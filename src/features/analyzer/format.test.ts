import { afterEach, describe, expect, it } from 'vitest'
import { formatBytes as formatCliBytes } from '../../auditlog/table.ts'
import { setActiveLocale } from '../../i18n/locale.ts'
import { formatBytes, formatCount, formatSeconds, formatSpeed, share } from './format.ts'

describe('analyzer number formats', () => {
  const cases: [string, string, string][] = [
    ['zero bytes', formatBytes(0), '0 B'],
    ['bytes below a kibibyte', formatBytes(1023), '1023 B'],
    ['kibibytes with one decimal', formatBytes(1536), '1.5 KiB'],
    ['hundreds of mebibytes without decimals', formatBytes(123 * 1024 * 1024 + 400_000), '123 MiB'],
    ['a gigabyte log is 1.0 GiB', formatBytes(1_073_834_574), '1.0 GiB'],
    ['the same as the CLI prints', formatBytes(5_000_000), formatCliBytes(5_000_000)],
    ['negative bytes clamp to zero', formatBytes(-5), '0 B'],
    ['grouped counts', formatCount(1234567), '1,234,567'],
    ['seconds under ten with a decimal', formatSeconds(4321), '4.3'],
    ['seconds over ten without', formatSeconds(12_345), '12'],
    ['slow speeds in MiB/s with a decimal', formatSpeed(3.25), '3.1'],
    ['fast speeds in MiB/s without', formatSpeed(251.6), '240'],
  ]
  for (const [name, actual, expected] of cases) it(name, () => expect(actual).toBe(expected))

  describe('in Russian', () => {
    afterEach(() => setActiveLocale('en'))
    it('counts are grouped with a no-break space, decimals take a comma', () => {
      setActiveLocale('ru')
      expect([formatCount(1234567), formatSeconds(4321), formatSpeed(3.25)]).toEqual([
        '1\u00a0234\u00a0567',
        '4,3',
        '3,1',
      ])
    })
  })

  it('share is a fraction, 0 of nothing', () => {
    expect([share(1, 4), share(5, 0), share(9, 3)]).toEqual([0.25, 0, 1])
  })
})
