import { spawn, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { constants, gunzipSync, gzipSync } from 'node:zlib'
import { afterAll, describe, expect, it, vi } from 'vitest'
import { analyzeSync } from '../auditlog/analyze.ts'
import { formatBytes } from '../i18n/format.ts'
import { generateAuditLog } from '../testing/auditlog/generate.ts'
import { anEvent, logBytes } from '../testing/auditlog/testkit.ts'
import { parsePolicy } from '../policy/index.ts'
import { memoryIo } from '../testing/io.ts'
import { main } from './main.ts'

const POLICY = `apiVersion: audit.k8s.io/v1
kind: Policy
omitStages: [RequestReceived]
rules:
- level: None
  users: ["system:kube-scheduler"]
- level: RequestResponse
  verbs: [create, update, patch]
- level: Metadata
`
const dir = mkdtempSync(join(tmpdir(), 'analyze-test-'))
const hasMkfifo = spawnSync('mkfifo', ['--version']).status === 0
const log = new Uint8Array([...generateAuditLog({ seed: 21, events: 4000 })].flatMap((c) => [...c]))
const logPath = join(dir, 'audit.log')
writeFileSync(logPath, log)
// Another API server's log (other requests), gzipped under a name that does not say so.
const log2 = new Uint8Array([...generateAuditLog({ seed: 22, events: 3000 })].flatMap((c) => [...c]))
const gzPath = join(dir, 'audit-2026.log')
writeFileSync(gzPath, gzipSync(log2))
const copyPath = join(dir, 'audit-copy.log')
writeFileSync(copyPath, log)
const brokenGz = join(dir, 'broken.gz')
writeFileSync(brokenGz, gzipSync(log).subarray(0, 5000))
const junkPath = join(dir, 'junk.log')
writeFileSync(junkPath, logBytes([anEvent(), 'not json', anEvent({ apiVersion: 'audit.k8s.io/v1beta1' })]))
const subdir = join(dir, 'a-directory')
mkdirSync(subdir)
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** A progress line off a terminal: printed once a run has lasted 2 s, which a loaded machine may reach. */
const PROGRESS = /^analyze: .* events, \d+ MiB\/s, file \d+\/\d+\n/gm

/** run: `err` is stderr without progress lines (what the tests below check), `raw` is all of it. */
async function run(args: string[], opts: { tty?: boolean; files?: Record<string, string> } = {}) {
  const io = { ...memoryIo({ files: { 'p.yaml': POLICY, ...opts.files } }), isTTY: opts.tty ?? false }
  const code = await main(['analyze', ...args], io)
  return { code, out: io.out(), err: io.err().replace(PROGRESS, ''), raw: io.err() }
}

const expected = analyzeSync(
  [{ name: logPath, chunks: [log] }],
  [{ id: 'policy', policy: parsePolicy(POLICY).policy! }],
).report
const expected2 = analyzeSync(
  [{ name: gzPath, chunks: [log2] }],
  [{ id: 'policy', policy: parsePolicy(POLICY).policy! }],
).report

describe('analyze', () => {
  it('prints the JSON contract with the same numbers as the core', async () => {
    const r = await run(['p.yaml', '--log', logPath, '--json'])
    expect([r.code, r.err]).toEqual([0, ''])
    const j = JSON.parse(r.out)
    expect(j.events).toBe(expected.events)
    expect(j.malformed).toBe(0)
    expect(j.byRule.map((x: { rule: number | null; events: number }) => [x.rule, x.events])).toEqual(
      expected.impacts[0]!.byRule.map((x) => [x.rule, x.events]),
    )
    expect(Object.keys(j.byLevel)).toEqual(['None', 'Metadata', 'Request', 'RequestResponse'])
    expect(j.byLevel).toEqual(expected.impacts[0]!.byLevel)
    expect(j.events).toBe(Object.values(j.byLevel as Record<string, number>).reduce((a, b) => a + b))
  })

  it.skipIf(!hasMkfifo)(
    'reads a FIFO (named pipe) once, as it streams in, plain and gzip, beside a file (mkfifo needed)',
    async () => {
      const plain = join(dir, 'plain.fifo')
      const gz = join(dir, 'gz.fifo')
      expect(spawnSync('mkfifo', [plain, gz]).status).toBe(0)
      // The writers open their ends when the reader does; the plain one writes in small pieces, late.
      const writers = [
        spawn('sh', ['-c', `sleep 0.2; dd if='${logPath}' bs=4096 2>/dev/null > '${plain}'`]),
        spawn('sh', ['-c', `cat '${gzPath}' > '${gz}'`]),
      ]
      const done = writers.map((w) => new Promise((resolve) => w.on('exit', resolve)))
      const r = await run(['p.yaml', '--log', plain, '--log', gz, '--log', logPath, '--json'])
      expect(await Promise.all(done)).toEqual([0, 0])
      expect([r.code, r.err]).toEqual([0, ''])
      const j = JSON.parse(r.out)
      expect(j.files.map((f: { name: string; gzip: boolean }) => [f.name, f.gzip])).toEqual([
        [plain, false],
        [gz, true],
        [logPath, false],
      ])
      // The FIFO carries the same log as the file: noticed by content, counted once, like two copies.
      expect(j.events).toBe(expected.events + expected2.events)
      expect(j.malformed).toBe(0)
    },
  )

  it('reads gzip by its magic bytes, whatever the name, and sums several logs', async () => {
    const r = await run(['p.yaml', '--log', logPath, '--log', gzPath, '--json'])
    const j = JSON.parse(r.out)
    expect(j.files.map((f: { gzip: boolean }) => f.gzip)).toEqual([false, true])
    expect(j.events).toBe(expected.events + expected2.events)
  })

  it('notices the same log given twice (by content) and counts it once', async () => {
    const r = await run(['p.yaml', '--log', logPath, '--log', copyPath, '--json'])
    const j = JSON.parse(r.out)
    expect(j.events).toBe(expected.events)
    expect(j.files.map((f: { sameAs?: string }) => f.sameAs)).toEqual([undefined, logPath])
    expect(j.duplicates.events).toBe(expected.auditEvents)
    const text = await run(['p.yaml', '--log', logPath, '--log', copyPath])
    expect(text.out).toContain(`${copyPath}: the same content as ${logPath}, counted once`)
  })

  it('reports problems with line numbers and goes on', async () => {
    const j = JSON.parse((await run(['p.yaml', '--log', junkPath, '--json'])).out)
    expect([j.events, j.malformed, j.otherVersion]).toEqual([2, 1, 1])
    expect(j.problems.map((p: { kind: string; line: number }) => [p.kind, p.line])).toEqual([
      ['malformed', 2],
      ['otherVersion', 3],
    ])
  })

  it('keeps what a cut gzip file held, and says so on stderr', async () => {
    const r = await run(['p.yaml', '--log', brokenGz, '--json'])
    expect(r.code).toBe(0)
    expect(r.err).toMatch(/broken\.gz: read only in part/)
    expect(JSON.parse(r.out).unreadable).toBe(1)
  })

  it('reports the cut-off last line of a gzip cut in half with its line number, in JSON and in the table', async () => {
    const packed = gzipSync(log)
    const half = join(dir, 'half.gz')
    writeFileSync(half, packed.subarray(0, packed.length >> 1))
    const part = gunzipSync(packed.subarray(0, packed.length >> 1), { finishFlush: constants.Z_SYNC_FLUSH })
    const whole = part.filter((b) => b === 0x0a).length
    expect(part.length).toBeGreaterThan(part.lastIndexOf(0x0a) + 1)
    const j = JSON.parse((await run(['p.yaml', '--log', half, '--json'])).out)
    expect([j.auditEvents, j.truncated, j.unreadable]).toEqual([whole, 1, 1])
    expect(j.problems.map((p: { kind: string; line: number }) => [p.kind, p.line])).toEqual([
      ['truncated', whole + 1],
      ['unreadable', whole + 1],
    ])
    const text = (await run(['p.yaml', '--log', half])).out
    expect(text).toContain(`1 truncated last line: ${half} line ${whole + 1}`)
    expect(text).toContain(`1 file not read to the end: ${half} line ${whole + 1}`)
  })

  it('prints readable tables by default', async () => {
    const r = await run(['p.yaml', '--log', logPath])
    expect(r.code).toBe(0)
    for (const heading of [
      'By level',
      'By rule',
      'Top users',
      'Top user agents',
      'Top verbs',
      'Top resources',
      'Top namespaces',
      'Sources of volume',
    ]) {
      expect(r.out).toContain(heading)
    }
    expect(r.out).toContain(`counted as ${expected.events.toLocaleString('en-US')} requests`)
  })

  it('prints the numbers in the tables, in their columns (a log of two events, worked out by hand)', async () => {
    // junk.log: one v1 event, a malformed line, one v1beta1 event: both alice get pods, recorded at Metadata;
    // rule 3 (Metadata) takes both and writes them as they are.
    const { out } = await run(['p.yaml', '--log', junkPath])
    const both = formatBytes(
      JSON.stringify(anEvent()).length +
        JSON.stringify(anEvent({ apiVersion: 'audit.k8s.io/v1beta1' })).length,
    )
    const row = (...cells: string[]) =>
      new RegExp(`^ +${cells.map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join(' +')}$`, 'm')
    const expectedRows = [
      // level, requests now, bytes now, requests, events, bytes (with this policy)
      row('None', '0', '0 B', '0', '0', '0 B'),
      row('Metadata', '2', both, '2', '2', both),
      row('Request', '0', '0 B', '0', '0', '0 B'),
      row('RequestResponse', '0', '0 B', '0', '0', '0 B'),
      row('total', '2', both, '2', '2', both),
      // rule, level, requests, recorded, would write (rules without requests are left out)
      row('rule 3', 'Metadata', '2', both, both),
      // top lists: key, requests, recorded, this policy
      row('alice', '2', both, both),
      row('kubectl/v1.31', '2', both, both),
      row('get', '2', both, both),
      row('core/pods', '2', both, both),
      row('default', '2', both, both),
      row('alice get core/pods', '2', both, both),
    ]
    for (const expectedRow of expectedRows) expect(out).toMatch(expectedRow)
    expect(out).not.toMatch(/^ +rule [12] /m)
    expect(out).toContain('(2 rules with no requests not shown)')
    // The v1beta1 event was analyzed: a note, not a problem.
    expect(out).toMatch(/Notes:\n +1 other audit API version \(analyzed\)/)
    expect(out).toContain('Read 1 file: 3 lines')
    expect(out).toContain('2 audit events, counted as 2 requests.')
    expect(out).toContain('1 malformed (not JSON): ' + junkPath + ' line 2')
    expect(out).toContain('Would drop 0 requests entirely; 0 recorded events (0 B) would not be written.')
    expect(out).toContain(`Would write 2 events, ${both} (0 B less than recorded).`)
  })

  it('with --target deckhouse, also reports the effective policy with the origin of each rule', async () => {
    const j = JSON.parse((await run(['p.yaml', '--log', logPath, '--json', '--target', 'deckhouse'])).out)
    expect(j.effective.byRule.length).toBeGreaterThan(j.byRule.length)
    expect(j.effective.byRule[0].label).toMatch(/^DKP built-in rule 1:/)
    expect(j.effective.byRule.some((x: { label?: string }) => x.label === 'your rule 1')).toBe(true)
    expect(j.effective.byRule.reduce((n: number, x: { events: number }) => n + x.events, 0)).toBe(j.events)
  })

  it('shows progress on a terminal, on stderr only', async () => {
    const r = await run(['p.yaml', '--log', logPath, '--json'], { tty: true })
    expect(r.raw).toMatch(/analyze: .*events/)
    expect(JSON.parse(r.out).events).toBe(expected.events)
  })

  it('off a terminal, shows progress lines for a long run of a small gzip, and none for a short one', async () => {
    // A clock that moves 400 ms at every look: the run of a few MB "lasts" well over the quiet start.
    let now = Date.now()
    const clock = vi.spyOn(Date, 'now').mockImplementation(() => (now += 400))
    let slow: Awaited<ReturnType<typeof run>>
    try {
      slow = await run(['p.yaml', '--log', gzPath, '--json'])
    } finally {
      clock.mockRestore()
    }
    expect(JSON.parse(slow.out).events).toBe(expected2.events)
    expect(slow.err).toBe('')
    const lines = slow.raw.split('\n').filter(Boolean)
    expect(lines.length).toBeGreaterThan(0)
    for (const line of lines)
      expect(line).toMatch(/^analyze: [0-9.]+ [KM]iB of [0-9.]+ KiB \(\d+%\), [0-9,]+ events, /)
    expect(slow.raw).not.toContain('\r')
    // A clock that stands still: the same run is short, whatever the machine's load.
    const still = vi.spyOn(Date, 'now').mockReturnValue(now)
    try {
      expect((await run(['p.yaml', '--log', gzPath, '--json'])).raw).toBe('')
    } finally {
      still.mockRestore()
    }
  })

  const failures: [string, string[], number, RegExp][] = [
    ['a missing log', ['p.yaml', '--log', join(dir, 'nope.log')], 2, /nope\.log: no such file\n$/],
    ['a directory as log', ['p.yaml', '--log', subdir], 2, /is a directory/],
    ['no --log', ['p.yaml'], 2, /usage: analyze POLICY --log FILE/],
    ['two policies', ['p.yaml', 'q.yaml', '--log', logPath], 2, /usage: analyze/],
    ['a missing policy', ['missing.yaml', '--log', logPath], 2, /missing\.yaml: no such file/],
    ['a bad --target', ['p.yaml', '--log', logPath, '--target', 'gke'], 2, /--target must be/],
    ['a bad --basic', ['p.yaml', '--log', logPath, '--basic', 'maybe'], 2, /--basic must be true or false/],
    [
      'a policy that does not load',
      ['bad.yaml', '--log', logPath],
      1,
      /not analyzed: the policy does not load/,
    ],
  ]
  for (const [name, args, code, message] of failures) {
    it(`exits ${code} for ${name}, with one clear line and no stack`, async () => {
      const r = await run(args, {
        files: { 'bad.yaml': 'apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n- level: Loud\n' },
      })
      expect(r.code).toBe(code)
      expect(r.err).toMatch(message)
      expect(r.err).not.toMatch(/\n\s+at /)
      expect(r.out).toBe('')
    })
  }
})
