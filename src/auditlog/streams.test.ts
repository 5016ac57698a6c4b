import { constants, gunzipSync, gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { parsePolicy } from '../policy/index.ts'
import { analyzeSources, analyzeSync, type LogInput, type OpenedLog } from './analyze.ts'
import { generateAuditLog } from '../testing/auditlog/generate.ts'
import { openBlob, openStream, reusedChunksOf } from './streams.ts'

const policy = parsePolicy('apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n- level: Metadata\n').policy!
const policies = [{ id: 'policy', policy }]
const log = new Uint8Array([...generateAuditLog({ seed: 4, events: 4000 })].flatMap((c) => [...c]))
const expected = analyzeSync([{ name: 'x', chunks: [log] }], policies).report

async function gzip(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new CompressionStream('gzip'))
  return new Uint8Array(await new Response(stream).arrayBuffer())
}

/** streamOf delivers bytes in chunks of the given sizes (cycled), like a network or the page would. */
function streamOf(bytes: Uint8Array, sizes: number[]): ReadableStream<Uint8Array> {
  let at = 0
  let k = 0
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (at >= bytes.length) controller.close()
      else {
        const size = sizes[k++ % sizes.length]!
        controller.enqueue(bytes.slice(at, at + size))
        at += size
      }
    },
  })
}

const analyze = (name: string, open: () => Promise<OpenedLog>) =>
  analyzeSources([{ name, size: 0, open } satisfies LogInput], policies).then((r) => r.report)

describe('stream sources', () => {
  it('reads a File through one reused buffer without mixing up chunks', async () => {
    const joined = new Uint8Array(log.length)
    let at = 0
    let chunks = 0
    for await (const chunk of reusedChunksOf(new Blob([log as BlobPart]).stream())) {
      joined.set(chunk, at)
      at += chunk.length
      chunks++
    }
    expect(at).toBe(log.length)
    expect(chunks).toBeGreaterThan(1)
    expect(joined.every((b, i) => b === log[i])).toBe(true)
  })

  const cases: { name: string; open: () => Promise<OpenedLog>; gzip: boolean }[] = [
    { name: 'a plain Blob', open: () => openBlob(new Blob([log as BlobPart])), gzip: false },
    {
      name: 'a gzip Blob',
      open: async () => openBlob(new Blob([(await gzip(log)) as BlobPart])),
      gzip: true,
    },
    {
      name: 'a plain stream, one byte first',
      open: () => openStream(streamOf(log, [1, 4096, 7])),
      gzip: false,
    },
    {
      name: 'a gzip stream, one byte first',
      open: async () => openStream(streamOf(await gzip(log), [1, 1, 333, 65536])),
      gzip: true,
    },
  ]
  for (const c of cases) {
    it(`gives the same numbers for ${c.name}`, async () => {
      const report = await analyze(c.name, c.open)
      expect(report.files[0]!.gzip).toBe(c.gzip)
      expect(report.files[0]!.error).toBeUndefined()
      expect([report.bytes, report.events, report.impacts[0]!.byLevel]).toEqual([
        expected.bytes,
        expected.events,
        expected.impacts[0]!.byLevel,
      ])
    })
  }

  it('reports a corrupt or cut gzip file as unreadable, keeping what was read', async () => {
    const packed = await gzip(log)
    const damaged = packed.slice()
    for (let i = Math.floor(packed.length / 2); i < packed.length / 2 + 64; i++) damaged[i] = 0xaa
    for (const [name, bytes] of [
      ['damaged.gz', damaged],
      ['cut.gz', packed.subarray(0, Math.floor(packed.length * 0.6))],
    ] as const) {
      const report = await analyze(name, () => openBlob(new Blob([bytes as BlobPart])))
      expect(report.files[0]!.error, name).toBeTruthy()
      expect(report.unreadable, name).toBe(1)
      // The read error is placed where reading stopped: at the last line read, not at line 0.
      expect(report.files[0]!.lines, name).toBeGreaterThan(0)
      expect(
        report.problems.map((p) => [p.kind, p.line]),
        name,
      ).toContainEqual(['unreadable', report.files[0]!.lines])
      expect(report.events, name).toBeGreaterThan(0)
      expect(report.events, name).toBeLessThan(expected.events)
    }
  })

  it('reports the cut-off last line of a gzip cut in half, with its line number, and the read error there', async () => {
    const packed = gzipSync(log)
    const cut = packed.subarray(0, packed.length >> 1)
    // What can be inflated from the first half: whole lines, then part of one.
    const part = gunzipSync(cut, { finishFlush: constants.Z_SYNC_FLUSH })
    const whole = part.filter((b) => b === 0x0a).length
    const tail = part.length - (part.lastIndexOf(0x0a) + 1)
    expect(tail).toBeGreaterThan(0)
    const report = await analyze('cut-in-half.gz', () => openBlob(new Blob([cut as BlobPart])))
    expect(report.files[0]!.lines).toBe(whole + 1)
    expect(report.auditEvents).toBe(whole)
    expect([report.truncated, report.unreadable]).toEqual([1, 1])
    const truncated = report.problems.find((p) => p.kind === 'truncated')!
    expect([truncated.file, truncated.line]).toEqual(['cut-in-half.gz', whole + 1])
    expect(truncated.detail).toMatchObject({ code: 'cutOff', bytes: tail })
    const unreadable = report.problems.find((p) => p.kind === 'unreadable')!
    expect(unreadable.line).toBe(whole + 1)
  })
})
