import { afterEach, describe, expect, it, vi } from 'vitest'
import { formatBytes as formatCliBytes } from '../../i18n/format.ts'
import type { Progress } from '../../auditlog/types.ts'
import { formatBytes, formatCount, formatSeconds, formatSpeed, share } from './format.ts'

describe('analyzer number formats', () => {
  const cases: [string, string, string][] = [
    ['zero bytes', formatBytes(0), '0 B'],
    ['bytes below a kibibyte', formatBytes(1023), '1023 B'],
    ['kibibytes with one decimal', formatBytes(1536), '1.5 KiB'],
    ['hundreds of mebibytes without decimals', formatBytes(123 * 1024 * 1024 + 400_000), '123 MiB'],
    ['a gigabyte log is 1.0 GiB', formatBytes(1_073_834_574), '1.0 GiB'],
    ['the same as the CLI prints', formatBytes(5_000_000), formatCliBytes(5_000_000)],
    [
      'just under a mebibyte, rounded up as the CLI does',
      formatBytes(1024 * 1024 - 1),
      formatCliBytes(1024 * 1024 - 1),
    ],
    [
      'no digit grouping in bytes',
      formatBytes(1023.7 * 1024 ** 4 * 1024),
      formatCliBytes(1023.7 * 1024 ** 5),
    ],
    ['negative bytes clamp to zero', formatBytes(-5), '0 B'],
    ['grouped counts', formatCount(1234567), '1,234,567'],
    ['seconds under ten with a decimal', formatSeconds(4321), '4.3'],
    ['seconds over ten without', formatSeconds(12_345), '12'],
    ['slow speeds in MiB/s with a decimal', formatSpeed(3.25), '3.1'],
    ['fast speeds in MiB/s without', formatSpeed(251.6), '240'],
  ]
  for (const [name, actual, expected] of cases) it(name, () => expect(actual).toBe(expected))

  it('share is a fraction, 0 of nothing', () => {
    expect([share(1, 4), share(5, 0), share(9, 3)]).toEqual([0.25, 0, 1])
  })
})

describe('analyzer number formats in Russian', () => {
  afterEach(() => {
    vi.doUnmock('../../i18n/index.ts')
    vi.resetModules()
  })

  it('a decimal comma, a no-break space between thousands, and Russian binary units', async () => {
    // The panel's strings are chosen when they load: load them afresh with Russian active, as the app does.
    // The first screen's strings (index.ts, which may choose the language itself) are English here.
    vi.resetModules()
    vi.doMock('../../i18n/index.ts', async (importOriginal) => {
      const original = await importOriginal<typeof import('../../i18n/index.ts')>()
      // Choosing the language at start is index.ts's job: whatever it chose here, Russian is under test.
      ;(await import('../../i18n/locale.ts')).setActiveLocale('ru')
      return { ...original, t: (await import('../../i18n/en.ts')).en }
    })
    const { setActiveLocale } = await import('../../i18n/locale.ts')
    setActiveLocale('ru')
    const { formatBytes, formatCount, formatSeconds, formatSpeed, progressText } = await import('./format.ts')
    expect(formatBytes(1023)).toBe('1023 Б')
    expect(formatBytes(1536)).toBe('1,5 КиБ')
    expect(formatBytes(123 * 1024 * 1024 + 400_000)).toBe('123 МиБ')
    expect(formatBytes(1_073_834_574)).toBe('1,0 ГиБ')
    expect(formatCount(1234567)).toBe('1\u00a0234\u00a0567')
    expect(formatSeconds(4321)).toBe('4,3')
    expect(formatSpeed(3.25)).toBe('3,1')
    expect(
      progressText({
        ...{ file: 'audit.log', fileIndex: 0, files: 1, bytesDecoded: 0, lines: 0 },
        ...{ bytesRead: 1536, totalBytes: 1_073_834_574, events: 180_234, mbPerSec: 3.25 },
      } as Progress),
    ).toBe('1,5 КиБ из 1,0 ГиБ · событий: 180\u00a0234 · 3,1 МиБ/с')
  })
})
