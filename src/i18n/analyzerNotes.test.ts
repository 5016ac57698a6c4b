// The analyzer core's codes in words: every code has its sentence in both languages, the English ones are the
// sentences the core used to build (word for word), and the CLI's text report follows the active language.
import { afterEach, describe, expect, it } from 'vitest'
import { analyzeSync } from '../auditlog/analyze.ts'
import { formatReport } from '../auditlog/table.ts'
import { anEvent, logBytes } from '../testing/auditlog/testkit.ts'
import type { ProblemDetail, RescanReason } from '../auditlog/types.ts'
import { parsePolicy } from '../policy/index.ts'
import { analyzerNotes } from './analyzerNotes.ts'
import { analyzerNotes as en } from './en/analyzerNotes.ts'
import { setActiveLocale } from './locale.ts'
import { analyzerNotes as ru } from './ru/analyzerNotes.ts'

afterEach(() => setActiveLocale('en'))

/** Every ProblemDetail code, with the English the core wrote before it returned codes. */
const DETAILS: [ProblemDetail, string][] = [
  [{ code: 'notObject', preview: '"[1]"' }, 'JSON but not an object: "[1]"'],
  [{ code: 'notJson', preview: '"x"' }, 'not JSON: "x"'],
  [{ code: 'tooDeep', depth: 1000, preview: '"{"' }, 'nested deeper than 1000 levels: "{"'],
  [{ code: 'cutOff', bytes: 11, preview: '"{"' }, 'the last line (11 bytes, no newline) is cut off: "{"'],
  [
    { code: 'tooLong', bytes: 700, limit: 600 },
    'a line of 700 bytes is longer than the limit (600); skipped',
  ],
  [{ code: 'noKind' }, 'a JSON object without "kind": not an audit Event'],
  [{ code: 'otherKind', kind: 'Pod' }, 'kind "Pod", not an audit Event'],
  [{ code: 'noApiVersion' }, 'an Event without apiVersion (analyzed as audit.k8s.io/v1)'],
  [
    { code: 'otherAuditVersion', apiVersion: 'audit.k8s.io/v1beta1' },
    'apiVersion audit.k8s.io/v1beta1 (analyzed as audit.k8s.io/v1)',
  ],
  [
    { code: 'kubernetesEvent', apiVersion: 'v1' },
    'an Event of apiVersion "v1": a Kubernetes Event, not an audit event',
  ],
  [{ code: 'unreadable', error: 'unexpected end of file' }, 'unexpected end of file'],
  [{ code: 'unreadable', error: '' }, 'read error'],
]

/** shape: the keys of an object, nested, with `fn`/`string`/`array` for the leaves. */
function shape(v: unknown): unknown {
  if (typeof v === 'function') return 'fn'
  if (Array.isArray(v)) return `array ${v.length}`
  if (typeof v === 'object' && v !== null)
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, shape(x)]))
  return typeof v
}

describe('analyzerNotes', () => {
  it('has the same keys in English and Russian', () => {
    expect(shape(ru)).toEqual(shape(en))
  })

  it.each(DETAILS)('words problem %j in English as before, and in Russian', (detail, english) => {
    expect(en.problem(detail)).toBe(english)
    const russian = ru.problem(detail)
    expect(russian.length).toBeGreaterThan(0)
    if (detail.code !== 'unreadable' || detail.error === '') expect(russian).not.toBe(english)
  })

  it('keeps API terms literal in Russian and words the re-scan reasons', () => {
    expect(ru.stageRule.oncePerAuditID).toMatch(/auditID.*ResponseComplete или Panic/)
    const reasons: RescanReason[] = [{ code: 'namesNotKept' }, { code: 'beyondLimit', requests: 5 }]
    expect(reasons.map(en.rescan)).toEqual([
      'object names were not kept for every request (too many distinct requests), and this policy uses resourceNames: re-scan the logs for exact numbers',
      '5 requests beyond the signature limit were kept only as totals for the policies scanned with: re-scan the logs for exact numbers',
    ])
    setActiveLocale('ru') // Russian plurals follow the active language
    expect(ru.rescan(reasons[1]!)).toMatch(/^5 запросов сверх предела/)
    expect(ru.rescan({ code: 'beyondLimit', requests: 2 })).toMatch(/^2 запроса сверх предела/)
    expect(ru.rescan(reasons[0]!)).toMatch(/resourceNames/)
  })

  it('follows the active language', () => {
    expect(analyzerNotes()).toBe(en)
    setActiveLocale('ru')
    expect(analyzerNotes()).toBe(ru)
  })
})

describe('the CLI text report in each language', () => {
  const policy = parsePolicy('apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n- level: Metadata\n').policy!
  const at = (m: number) => `2026-11-25T10:0${m}:00.000000Z`
  const log = logBytes([
    anEvent({ stageTimestamp: at(0) }),
    anEvent({ stageTimestamp: at(1), stage: 'ResponseStarted', verb: 'watch' }),
    anEvent({ stageTimestamp: at(2), apiVersion: 'audit.k8s.io/v1beta1' }),
    'not json',
  ])
  const report = analyzeSync([{ name: 'audit.log', chunks: [log] }], [{ id: 'policy', policy }]).report
  const text = (words: typeof en) => formatReport({ ...report, elapsedMs: 500 }, {}, words)

  it('English: the sentences the CLI printed before', () => {
    const lines = text(en).split('\n')
    expect(lines[0]).toMatch(/^Read 1 file: 4 lines, [\d.]+ KiB in 0\.5 s \(\d+ MiB\/s\)$/)
    expect(lines[1]).toBe(`3 audit events, counted as 3 requests. ${en.stageRule.oncePerAuditID}`)
    expect(text(en)).toContain(
      '1 request without ResponseComplete or Panic (still open, or cut by rotation), counted at the last event seen:',
    )
    expect(text(en)).toContain('  1 malformed (not JSON): audit.log line 4\n    e.g. not JSON: "not json"')
    expect(text(en)).toContain(
      'Time window: Nov 25, 2026, 10:00:00 UTC to Nov 25, 2026, 10:02:00 UTC (2 min), 1 API server.',
    )
  })

  it('Russian: no English sentences, Russian plurals and numbers', () => {
    setActiveLocale('ru')
    const out = text(analyzerNotes())
    expect(out).toMatch(/^Прочитано 1 файл: 4 строки, /)
    expect(out).toContain('3 события аудита, посчитано как 3 запроса.')
    expect(out).toContain('1 запрос без ResponseComplete или Panic')
    expect(out).toContain(
      'Интервал: с 25 нояб. 2026 г., 10:00:00 UTC по 25 нояб. 2026 г., 10:02:00 UTC (2 мин), 1 API-сервер.',
    )
    // What stays English is API terms, levels, stages, file names and the lines quoted from the log.
    for (const word of [
      'requests',
      'events',
      'Would',
      'Read ',
      'lines',
      'counted',
      'Forecast',
      'By rule',
      'a day',
    ])
      expect(out, word).not.toContain(word)
  })
})
