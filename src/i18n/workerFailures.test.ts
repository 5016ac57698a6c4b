// The page's worker failures are codes (auditlog/protocol.ts AnalyzerFailure, state/workerStopped.ts) worded in
// src/i18n: each one reads as before in English, in Russian with no English beyond what it quotes (the browser's
// or the reader's own message), and the quoted message is kept as written in both.
import { describe, expect, it } from 'vitest'
import { AnalyzerError } from '../auditlog/client.ts'
import type { AnalyzerFailure } from '../auditlog/protocol.ts'
import { WorkerStoppedError } from '../state/workerStopped.ts'
import { englishWords } from '../testing/englishWords.ts'
import { cli as enCli } from './en/cli.ts'
import { workerFailures as en } from './en/workerFailures.ts'
import { cli as ruCli } from './ru/cli.ts'
import { workerFailures as ru } from './ru/workerFailures.ts'

const QUOTED = 'Out of memory'
const BROKEN = /undefined|NaN|\[object|null|Infinity/

/** Every failure the page can word, with the English it read before it was a code (the messages of old). */
const CASES: Array<[string, (w: typeof en) => string, string]> = [
  [
    'a re-analysis with nothing analyzed',
    (w) => w.analyzer({ code: 'nothing-to-reanalyze' }),
    'nothing to re-analyze: no analysis has completed',
  ],
  [
    'the analyzer worker stopped',
    (w) => w.analyzer({ code: 'worker-stopped', detail: QUOTED }),
    `the analyzer stopped working (${QUOTED})`,
  ],
  [
    'the analyzer worker stopped, no message',
    (w) => w.analyzer({ code: 'worker-stopped', detail: '' }),
    'the analyzer stopped working',
  ],
  ['the reader worker stopped', (w) => w.stopped('reader', QUOTED), `the reader stopped: ${QUOTED}`],
  [
    'the reader worker stopped, no message',
    (w) => w.stopped('reader', ''),
    'the reader stopped: unknown error',
  ],
  ['the lint worker stopped', (w) => w.stopped('lint', QUOTED), `lint stopped: ${QUOTED}`],
  ['the lint worker stopped, no message', (w) => w.stopped('lint', ''), 'lint stopped: unknown error'],
  [
    'reading the YAML took too long',
    (w) => w.readTimedOut(10),
    'reading took longer than 10 s and was stopped',
  ],
]

describe('worker failures in words', () => {
  it.each(CASES)(
    '%s: English as before, Russian with no English beyond the quoted message',
    (_, word, before) => {
      expect(word(en)).toBe(before)
      const russian = word(ru)
      expect(russian).not.toMatch(BROKEN)
      expect(russian).not.toBe(word(en))
      expect(englishWords(russian.replace(QUOTED, '')), russian).toEqual([])
      if (before.includes(QUOTED)) expect(russian).toContain(QUOTED)
      expect(russian).toMatch(/[а-яё]{4,}/i)
    },
  )

  it('a failed reading quotes the reader’s own message as it is, in both languages', () => {
    const failed: AnalyzerFailure = { code: 'failed', detail: 'NotReadableError: the file changed' }
    expect(en.analyzer(failed)).toBe(failed.detail)
    expect(ru.analyzer(failed)).toBe(failed.detail)
  })

  it('the errors behind them carry the code and the quoted message, and an English message for logs', () => {
    const analyzer = new AnalyzerError({ code: 'worker-stopped', detail: QUOTED })
    expect(analyzer.message).toBe(en.analyzer(analyzer.failure))
    expect(new AnalyzerError({ code: 'nothing-to-reanalyze' }).message).toBe(
      en.analyzer({ code: 'nothing-to-reanalyze' }),
    )
    const reader = new WorkerStoppedError('reader', QUOTED)
    expect([reader.worker, reader.detail]).toEqual(['reader', QUOTED])
    expect(ru.stopped(reader.worker, reader.detail)).toContain(QUOTED)
  })

  it('the CLI’s reader thread that ended without an answer, in both languages', () => {
    expect(enCli.readerStopped).toBe('the policy reader stopped')
    expect(englishWords(ruCli.readerStopped)).toEqual([])
    expect(ruCli.readerStopped).toMatch(/[а-яё]{4,}/i)
  })
})
