import { describe, expect, it } from 'vitest'
import { parsePolicy } from '../policy/index.ts'
import { analyzeSources, analyzeSync } from './analyze.ts'
import { anEvent, logBytes, referenceCounts } from '../testing/auditlog/testkit.ts'
import type { AnalysisReport, ProblemKind } from './types.ts'

const policy = parsePolicy('apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n- level: Metadata\n').policy!
const policies = [{ id: 'policy', policy }]
const enc = (s: string) => new TextEncoder().encode(s)

function analyzeBytes(bytes: Uint8Array, maxLineBytes?: number): AnalysisReport {
  return analyzeSync([{ name: 'audit.log', chunks: [bytes] }], policies, { maxLineBytes }).report
}

const problems = (r: AnalysisReport) => r.problems.map((p) => [p.kind, p.line] as [ProblemKind, number])

describe('input that is not a clean audit.k8s.io/v1 event', () => {
  const good = JSON.stringify(anEvent())
  // Another request: the same line twice would be the same event read twice, counted once.
  const good2 = JSON.stringify(anEvent())
  const cases: { name: string; text: string; problems: [ProblemKind, number][]; events: number }[] = [
    {
      name: 'a garbage line',
      text: `${good}\nnot json at all\n${good2}\n`,
      problems: [['malformed', 2]],
      events: 2,
    },
    {
      name: 'a truncated last line',
      text: `${good}\n${good.slice(0, 40)}`,
      problems: [['truncated', 2]],
      events: 1,
    },
    { name: 'a complete last line without newline', text: `${good}\n${good2}`, problems: [], events: 2 },
    {
      name: 'a line cut in the middle of the file',
      text: `${good.slice(0, 60)}\n${good}\n`,
      problems: [['malformed', 1]],
      events: 1,
    },
    {
      name: 'two events written over each other',
      text: `${good.slice(0, 50)}${good}\n`,
      problems: [['malformed', 1]],
      events: 0,
    },
    {
      name: 'an audit.k8s.io/v1beta1 event (analyzed, flagged)',
      text: JSON.stringify(anEvent({ apiVersion: 'audit.k8s.io/v1beta1' })) + '\n',
      problems: [['otherVersion', 1]],
      events: 1,
    },
    {
      name: 'an event without apiVersion (analyzed, flagged)',
      text: JSON.stringify(anEvent({ apiVersion: undefined })) + '\n',
      problems: [['otherVersion', 1]],
      events: 1,
    },
    {
      name: 'a Kubernetes core Event',
      text: JSON.stringify({ kind: 'Event', apiVersion: 'v1', reason: 'Pulled' }) + '\n',
      problems: [['notAudit', 1]],
      events: 0,
    },
    {
      name: 'JSON of another kind',
      text: `{"kind":"Pod","apiVersion":"v1"}\n{"level":"Metadata"}\n`,
      problems: [
        ['notAudit', 1],
        ['notAudit', 2],
      ],
      events: 0,
    },
    {
      name: 'a webhook EventList',
      text: JSON.stringify({ kind: 'EventList', apiVersion: 'audit.k8s.io/v1', items: [anEvent()] }) + '\n',
      problems: [['notAudit', 1]],
      events: 0,
    },
    {
      name: 'JSON that is not an object',
      text: `[1,2]\n"text"\n42\nnull\n`,
      problems: [
        ['notAudit', 1],
        ['notAudit', 2],
        ['notAudit', 3],
        ['notAudit', 4],
      ],
      events: 0,
    },
    {
      name: 'blank lines and CRLF endings',
      text: `\r\n${good}\r\n   \r\n${good2}\r\n`,
      problems: [],
      events: 2,
    },
    { name: 'a "kind" of the wrong type', text: `{"kind": 0}\n`, problems: [['notAudit', 1]], events: 0 },
  ]
  for (const c of cases) {
    it(c.name, () => {
      const r = analyzeBytes(enc(c.text))
      expect(problems(r)).toEqual(c.problems)
      expect(r.events).toBe(c.events)
      const ref = referenceCounts(c.text, policy)
      expect([r.malformed, r.truncated, r.notAudit, r.otherVersion, r.events]).toEqual([
        ref.malformed,
        ref.truncated,
        ref.notAudit,
        ref.otherVersion,
        ref.events,
      ])
    })
  }

  it('binary junk: every junk line is a problem, the events around it still count', () => {
    const junk = new Uint8Array(4096)
    let x = 7
    for (let i = 0; i < junk.length; i++) junk[i] = x = (x * 1103515245 + 12345) & 0xff
    const bytes = new Uint8Array([
      ...enc(JSON.stringify(anEvent()) + '\n'),
      ...junk,
      ...enc('\n' + JSON.stringify(anEvent()) + '\n'),
    ])
    const r = analyzeBytes(bytes)
    const junkLines = new TextDecoder().decode(junk).split('\n').length
    expect(r.events).toBe(2)
    expect(r.malformed + r.notAudit + r.blankLines).toBe(junkLines)
    expect(r.lines).toBe(junkLines + 2)
  })

  it('an over-long line is skipped and reported, without buffering it', () => {
    const long = JSON.stringify(anEvent({ requestObject: { data: 'x'.repeat(5000) } }))
    const r = analyzeBytes(logBytes([anEvent(), long, anEvent()]), 1000)
    expect(problems(r)).toEqual([['tooLong', 2]])
    expect(r.events).toBe(2)
  })

  it('lists the first problems of each kind but counts them all', () => {
    const text =
      Array.from({ length: 30 }, () => 'junk').join('\n') +
      '\n' +
      JSON.stringify(anEvent({ apiVersion: undefined })) +
      '\n'
    const r = analyzeSync([{ name: 'x', chunks: [enc(text)] }], policies, { problemsPerKind: 5 }).report
    expect([r.malformed, r.otherVersion]).toEqual([30, 1])
    expect(problems(r)).toEqual([...[1, 2, 3, 4, 5].map((l) => ['malformed', l]), ['otherVersion', 31]])
  })

  it('a file that fails while being read keeps what was read and goes on with the next', async () => {
    async function* failing() {
      yield logBytes([anEvent(), anEvent()])
      throw new Error('unexpected end of file')
    }
    const { report } = await analyzeSources(
      [
        { name: 'broken.gz', size: 10, open: () => ({ gzip: true, chunks: failing() }) },
        { name: 'missing.log', size: 0, open: () => Promise.reject(new Error('no such file')) },
        { name: 'ok.log', size: 10, open: () => ({ gzip: false, chunks: [logBytes([anEvent()])] }) },
      ],
      policies,
    )
    expect(report.events).toBe(3)
    expect(report.problems.map((p) => [p.kind, p.file, p.detail])).toEqual([
      ['unreadable', 'broken.gz', { code: 'unreadable', error: 'unexpected end of file' }],
      ['unreadable', 'missing.log', { code: 'unreadable', error: 'no such file' }],
    ])
    expect(report.files.map((f) => f.error)).toEqual(['unexpected end of file', 'no such file', undefined])
  })

  it('gives the same report whatever the chunk boundaries (lines read in runs or carried over)', () => {
    const messy = [
      '\ufeff' + JSON.stringify(anEvent()),
      '',
      '   ',
      JSON.stringify(anEvent({ verb: 'list', objectRef: { resource: 'secrets', namespace: 'x' } })) + '  \t',
      'not json',
      JSON.stringify(anEvent({ apiVersion: 'audit.k8s.io/v1beta1' })),
      '[1,2]',
      JSON.stringify(anEvent({ requestObject: { data: 'x'.repeat(700) } })),
      JSON.stringify(anEvent({ stage: 'RequestReceived' })) + '\r',
      '{"kind":"Event","apiVersion":"audit.k8s.io/v1","verb":"get"} trailing',
      '{"ver\\u0062":"get","kind":"Event"}',
      JSON.stringify(anEvent({ userAgent: 'Grüße "quoted" \\ tab\t' })),
    ].join('\n')
    for (const tail of ['\n', '', '\n' + JSON.stringify(anEvent()).slice(0, 50)]) {
      const bytes = enc(messy + tail)
      const whole = analyzeSync([{ name: 'x', chunks: [bytes] }], policies, { maxLineBytes: 600 }).report
      expect(whole.problems.map((p) => p.kind).sort()).toEqual(
        [
          'malformed',
          'malformed',
          'notAudit',
          'otherVersion',
          'otherVersion',
          'tooLong',
          ...(tail.length > 1 ? ['truncated'] : []),
        ].sort(),
      )
      // Five complete requests, and the RequestReceived one whose ResponseComplete is not in the log (STAGE_RULE).
      expect([whole.events, whole.blankLines, whole.openRequests]).toEqual([6, 2, 1])
      for (const size of [1, 2, 3, 7, 64, 333]) {
        const chunks: Uint8Array[] = []
        for (let at = 0; at < bytes.length; at += size) chunks.push(bytes.slice(at, at + size))
        const split = analyzeSync([{ name: 'x', chunks }], policies, { maxLineBytes: 600 }).report
        expect({ ...split, elapsedMs: 0 }, `chunks of ${size}`).toEqual({ ...whole, elapsedMs: 0 })
      }
    }
  })
})

describe('deeply nested lines', () => {
  const deep = (n: number) => '{"a":'.repeat(n) + '1' + '}'.repeat(n)
  it('an event whose requestObject nests 4,500 levels is counted as malformed, never fatal', () => {
    const line = JSON.stringify(anEvent()).replace(/}$/, `,"requestObject":${deep(4500)}}`)
    const r = analyzeBytes(logBytes([anEvent(), line, anEvent()]))
    expect(problems(r)).toEqual([['malformed', 2]])
    expect(r.problems[0]!.detail).toMatchObject({ code: 'tooDeep', depth: 1000 })
    expect(r.events).toBe(2)
  })

  it('a 100,000-level array is counted, never fatal', () => {
    const r = analyzeBytes(enc(`${'['.repeat(100_000)}${']'.repeat(100_000)}\n`))
    expect(r.malformed + r.notAudit).toBe(1)
  })
})
