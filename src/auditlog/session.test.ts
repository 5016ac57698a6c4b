import { describe, expect, it } from 'vitest'
import { parsePolicy } from '../policy/index.ts'
import { analyzeSync } from './analyze.ts'
import { AnalyzerError, AnalyzerSession, type WorkerLike } from './client.ts'
import { generateAuditLog } from '../testing/auditlog/generate.ts'
import { InThreadWorker } from '../testing/auditlog/inThreadWorker.ts'
import type { FromWorker } from './protocol.ts'
import { createSession } from './session.ts'

const policy = parsePolicy(
  'apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n- level: None\n  verbs: [watch]\n- level: Metadata\n',
).policy!
const other = parsePolicy('apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n- level: Request\n').policy!
const policies = [{ id: 'policy', policy }]
const log = new Uint8Array([...generateAuditLog({ seed: 9, events: 3000 })].flatMap((c) => [...c]))
const expected = analyzeSync([{ name: 'x', chunks: [log] }], policies).report
// A log of another API server (other requests), for the second file.
const log2 = new Uint8Array([...generateAuditLog({ seed: 10, events: 2000 })].flatMap((c) => [...c]))
const expected2 = analyzeSync([{ name: 'x', chunks: [log2] }], policies).report

async function gzip(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new CompressionStream('gzip'))
  return new Uint8Array(await new Response(stream).arrayBuffer())
}

/** talk runs a session and collects its messages until `until` says stop. */
function talk() {
  const got: FromWorker[] = []
  let wake: (() => void) | null = null
  const handle = createSession((m) => {
    got.push(m)
    wake?.()
  })
  const until = async (pred: (m: FromWorker) => boolean) => {
    while (!got.some(pred)) await new Promise<void>((r) => (wake = r))
    return got.find(pred)!
  }
  return { handle, got, until }
}

describe('the worker session', () => {
  it('analyzes Files and gzip Blobs (told by magic bytes, not by name) and reports progress', async () => {
    const { handle, got, until } = talk()
    const files = [
      new File([log as BlobPart], 'audit.log'),
      new File([(await gzip(log2)) as BlobPart], 'rotated.log'),
    ]
    handle({ type: 'start', id: 1, files, policies, options: { progressIntervalMs: 0 } })
    const done = (await until((m) => m.type === 'done')) as Extract<FromWorker, { type: 'done' }>
    expect(done.report.files.map((f) => [f.name, f.gzip, f.decodedBytes])).toEqual([
      ['audit.log', false, log.length],
      ['rotated.log', true, log2.length],
    ])
    expect(done.report.events).toBe(expected.events + expected2.events)
    expect(done.report.impacts[0]!.byLevel.None).toBe(
      expected.impacts[0]!.byLevel.None + expected2.impacts[0]!.byLevel.None,
    )
    const progress = got.filter((m) => m.type === 'progress')
    expect(progress.length).toBeGreaterThan(0)
    expect(progress.at(-1)).toMatchObject({
      progress: { files: 2, fileIndex: 1, bytesDecoded: log.length + log2.length },
    })
  })

  it('analyzes chunks sent by the page, acknowledging each as it is read', async () => {
    const { handle, got, until } = talk()
    handle({ type: 'start', id: 2, streams: [{ name: 'piped', size: log.length }], policies })
    const step = 10_000
    for (let i = 0; i < log.length; i += step)
      handle({ type: 'chunk', id: 2, index: 0, data: log.slice(i, i + step) })
    handle({ type: 'end', id: 2, index: 0 })
    const done = (await until((m) => m.type === 'done')) as Extract<FromWorker, { type: 'done' }>
    expect(done.report.events).toBe(expected.events)
    expect(got.filter((m) => m.type === 'ack')).toHaveLength(Math.ceil(log.length / step))
  })

  it('stops when cancelled', async () => {
    const { handle, until } = talk()
    handle({ type: 'start', id: 3, streams: [{ name: 'endless', size: 0 }], policies })
    handle({ type: 'chunk', id: 3, index: 0, data: log.slice(0, 5000) })
    await until((m) => m.type === 'ack')
    handle({ type: 'cancel', id: 3 })
    expect(await until((m) => m.type === 'cancelled' || m.type === 'done')).toEqual({
      type: 'cancelled',
      id: 3,
    })
  })

  it('re-analyzes from the aggregates of the last analysis, and says when there is none', async () => {
    const { handle, until } = talk()
    handle({ type: 'reanalyze', id: 4, policies })
    expect(await until((m) => m.id === 4)).toMatchObject({
      type: 'error',
      failure: { code: 'nothing-to-reanalyze' },
    })
    handle({ type: 'start', id: 5, files: [new Blob([log as BlobPart])], policies })
    await until((m) => m.type === 'done' && m.id === 5)
    handle({ type: 'reanalyze', id: 6, policies: [{ id: 'policy', policy: other }] })
    const done = (await until((m) => m.type === 'done' && m.id === 6)) as Extract<
      FromWorker,
      { type: 'done' }
    >
    expect(done.report.impacts[0]!.byLevel.Request).toBe(expected.events)
    expect(done.report.exact).toBe(true)
  })
})

describe('AnalyzerSession', () => {
  it('analyzes files, then re-analyzes an edited policy without reading them again', async () => {
    const session = new AnalyzerSession(() => new InThreadWorker())
    const seen: number[] = []
    const report = await session.analyzeFiles(
      [new File([log as BlobPart], 'a.log')],
      policy,
      { progressIntervalMs: 0 },
      (p) => seen.push(p.bytesDecoded),
    )
    expect(report.events).toBe(expected.events)
    expect(seen.at(-1)).toBe(log.length)
    const again = await session.reanalyze(other)
    expect(again.impacts[0]!.byLevel.Request).toBe(expected.events)
  })

  it('streams byte streams in chunks', async () => {
    const session = new AnalyzerSession(() => new InThreadWorker())
    const stream = new Blob([log as BlobPart]).stream()
    const report = await session.analyzeStreams([{ name: 'fetched', size: log.length, stream }], policies)
    expect(report.events).toBe(expected.events)
  })

  it('rejects with AbortError when the signal aborts', async () => {
    const session = new AnalyzerSession(() => new InThreadWorker())
    const controller = new AbortController()
    const endless = new ReadableStream<Uint8Array>({ pull: (c) => c.enqueue(log.slice(0, 1000)) })
    const running = session.analyzeStreams(
      [{ name: 'endless', size: 0, stream: endless }],
      policies,
      {},
      undefined,
      controller.signal,
    )
    setTimeout(() => controller.abort(), 20)
    await expect(running).rejects.toMatchObject({ name: 'AbortError' })
  })

  it('fails what is waiting when the worker itself fails (it cannot load, or dies)', async () => {
    let fail: ((e: Event) => void) | null = null
    const worker: WorkerLike = {
      postMessage: () => undefined,
      addEventListener: (type: string, listener: (e: never) => void) => {
        if (type === 'error') fail = listener as (e: Event) => void
      },
      terminate: () => undefined,
    }
    const session = new AnalyzerSession(() => worker)
    const running = session.analyzeFiles([new File([log as BlobPart], 'a.log')], policy)
    fail!(Object.assign(new Event('error'), { message: 'out of memory' }))
    await expect(running).rejects.toThrow('the analyzer stopped working (out of memory)')
    // The page words it from the code (i18n workerFailures.analyzer), with the browser's message quoted.
    await expect(running).rejects.toMatchObject({
      failure: { code: 'worker-stopped', detail: 'out of memory' },
    })
  })

  it('a re-analysis with no analysis behind it fails with its code, which the page words', async () => {
    const session = new AnalyzerSession(() => new InThreadWorker())
    const failed = session.reanalyze(policy)
    await expect(failed).rejects.toBeInstanceOf(AnalyzerError)
    await expect(failed).rejects.toMatchObject({ failure: { code: 'nothing-to-reanalyze' } })
  })

  it('dispose stops the worker', () => {
    const worker = new InThreadWorker()
    new AnalyzerSession(() => worker).dispose()
    expect(worker.terminated).toBe(true)
  })
})
