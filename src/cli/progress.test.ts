import { describe, expect, it } from 'vitest'
import type { Progress } from '../auditlog/index.ts'
import { PLAIN_INTERVAL_MS, ProgressPrinter, QUIET_START_MS } from './progress.ts'

const at = (elapsedMs: number): Progress => ({
  file: 'audit.log.gz',
  fileIndex: 0,
  files: 1,
  bytesRead: 3 * 1024 * 1024,
  totalBytes: 12 * 1024 * 1024,
  bytesDecoded: 40_000_000,
  lines: 12_000,
  events: 12_000,
  elapsedMs,
  mbPerSec: 20,
})

function printed(isTTY: boolean, times: number[]) {
  let err = ''
  const printer = new ProgressPrinter({ isTTY, stderr: (t) => (err += t) })
  for (const t of times) printer.update(at(t))
  printer.done()
  return err
}

describe('analyze progress on stderr', () => {
  it('off a terminal: nothing for a short run, then plain lines at most every few seconds', () => {
    expect(printed(false, [500, 1000, QUIET_START_MS - 1])).toBe('')
    const times = [500, 1900, 2100, 4000, 7000, 7100, 7200, 12_000, 12_100]
    const lines = printed(false, times).split('\n')
    expect(lines.pop()).toBe('')
    expect(lines).toHaveLength(3)
    for (const line of lines)
      expect(line).toBe('analyze: 3.0 MiB of 12.0 MiB (25%), 12,000 events, 19 MiB/s, file 1/1')
    expect(PLAIN_INTERVAL_MS).toBeGreaterThanOrEqual(1000)
  })

  it('on a terminal: one line rewritten at every update, cleared at the end', () => {
    const err = printed(true, [100, 600])
    expect(err.split('\r').filter(Boolean)).toEqual([
      'analyze: 3.0 MiB of 12.0 MiB (25%), 12,000 events, 19 MiB/s, file 1/1\u001b[K',
      'analyze: 3.0 MiB of 12.0 MiB (25%), 12,000 events, 19 MiB/s, file 1/1\u001b[K',
      '\u001b[K',
    ])
    expect(printed(true, [])).toBe('')
  })
})
