// Fuzz: the analyzer never throws on any log, and every line is accounted for exactly once: an audit event, a
// blank line or a counted problem; bad lines are counted, never fatal.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parsePolicy } from '../policy/index.ts'
import { fuzzRuns, fuzzSeed } from '../testing/fuzz.ts'
import { corpus, hostileString, mutate } from '../testing/fuzzCorpus.ts'
import { analyzeSync } from './analyze.ts'
import { anEvent } from '../testing/auditlog/testkit.ts'

const policy = parsePolicy(
  'apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n- level: None\n  users: [alice]\n- level: RequestResponse\n  resources: [{group: "", resources: [pods]}]\n- level: Metadata\n',
).policy!
const enc = new TextEncoder()

/** check analyzes `bytes` (split into chunks at `cuts`) and holds every line to be counted once. */
function check(bytes: Uint8Array, cuts: number[] = []) {
  const at = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b)
  const chunks = [0, ...at].map((s, i) => bytes.subarray(s, [...at, bytes.length][i]))
  const r = analyzeSync([{ name: 'audit.log', chunks }], [{ id: 'p', policy }], {
    maxLineBytes: 1 << 20,
  }).report
  const accounted =
    r.auditEvents + r.blankLines + r.malformed + r.truncated + r.tooLong + r.notAudit + r.unreadable
  expect(accounted).toBe(r.lines)
  expect(r.events).toBeLessThanOrEqual(r.auditEvents)
}

const eventArb = fc
  .record(
    {
      kind: fc.constantFrom('Event', 'Event', 'Pod', undefined),
      apiVersion: fc.constantFrom('audit.k8s.io/v1', 'audit.k8s.io/v1beta1', undefined),
      level: fc.constantFrom('None', 'Metadata', 'Request', 'RequestResponse', 'Bogus', undefined),
      stage: fc.constantFrom(
        'RequestReceived',
        'ResponseStarted',
        'ResponseComplete',
        'Panic',
        '',
        undefined,
      ),
      verb: fc.oneof(fc.constantFrom('get', 'list', 'watch', 'create'), hostileString),
      requestURI: fc.oneof(
        fc.constantFrom('/api/v1/namespaces/a/pods/b', '/healthz', '/apis/apps/v1/deployments'),
        hostileString,
      ),
      user: fc.oneof(
        fc.record({
          username: fc.oneof(fc.constant('alice'), hostileString),
          groups: fc.array(fc.jsonValue({ maxDepth: 1 }), { maxLength: 3 }),
        }),
        fc.jsonValue({ maxDepth: 2 }),
      ),
      objectRef: fc.oneof(
        fc.record({ resource: fc.constantFrom('pods', 'secrets'), namespace: hostileString }),
        fc.jsonValue({ maxDepth: 2 }),
      ),
      requestObject: fc.jsonValue({ maxDepth: 4 }),
      responseObject: fc.jsonValue({ maxDepth: 4 }),
    },
    { requiredKeys: [] },
  )
  .map((o) => JSON.stringify(anEvent(o)))

const lineArb = fc.oneof(
  { weight: 4, arbitrary: eventArb },
  { weight: 3, arbitrary: mutate(eventArb) },
  { weight: 1, arbitrary: fc.json({ maxDepth: 4 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 80 }) },
  { weight: 1, arbitrary: fc.constantFrom('', '  ', '\r', '\ufeff') },
  {
    weight: 1,
    arbitrary: fc
      .tuple(
        fc.constantFrom('[', '{"a":', '{"kind":"Event","requestObject":'),
        fc.integer({ min: 990, max: 1010 }),
      )
      .map(([open, n]) => open.repeat(n) + '1' + (open === '[' ? ']' : '}').repeat(n)),
  },
)

const logArb = fc.tuple(
  fc.array(lineArb, { maxLength: 8 }),
  fc.constantFrom('\n', '\r\n'),
  fc.boolean(),
  fc.array(fc.nat(), { maxLength: 3 }),
)

describe('analyzer lines fuzz', () => {
  it.each(corpus('analyzer-lines').map((t, i) => [i, t]))(
    'corpus entry %i: no throw, every line counted',
    (_i, text) => {
      check(enc.encode(text))
      check(enc.encode(text + '\n'), [1, 7, 4096])
    },
  )

  it('never throws on generated logs, and counts every line once', () => {
    fc.assert(
      fc.property(logArb, ([lines, eol, lastEol, cuts]) => {
        check(enc.encode(lines.join(eol) + (lastEol ? eol : '')), cuts)
      }),
      { numRuns: fuzzRuns(800, 40_000), seed: fuzzSeed() },
    )
  })

  it('never throws on random bytes (gzip-like, binary, invalid UTF-8)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), fc.array(fc.nat(), { maxLength: 3 }), (bytes, cuts) =>
        check(bytes, cuts),
      ),
      { numRuns: fuzzRuns(400, 20_000), seed: fuzzSeed() },
    )
  })
})
