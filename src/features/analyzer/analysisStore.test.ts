import { describe, expect, it } from 'vitest'
import { AnalyzerSession } from '../../auditlog/client.ts'
import { generateAuditLog } from '../../testing/auditlog/generate.ts'
import { InThreadWorker } from '../../testing/auditlog/inThreadWorker.ts'
import type { PolicyUnderTest } from '../../auditlog/types.ts'
import { parsePolicy } from '../../policy/index.ts'
import { AnalysisStore, policiesKey, type AnalysisState } from './analysisStore.ts'

const policy = (text: string): PolicyUnderTest[] => [
  { id: 'policy', policy: parsePolicy(`apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n${text}`).policy! },
]
const metadata = policy('- level: Metadata\n')
const none = policy('- level: None\n')
const log = new Uint8Array([...generateAuditLog({ seed: 5, events: 3000 })].flatMap((c) => [...c]))
const file = () => new File([log as BlobPart], 'audit.log')

/** storeWithWorkers: a store whose sessions run in this thread; `workers` lists the workers it started. */
function storeWithWorkers() {
  const workers: InThreadWorker[] = []
  const store = new AnalysisStore(
    () =>
      new AnalyzerSession(() => {
        const w = new InThreadWorker()
        workers.push(w)
        return w
      }),
  )
  const phases: AnalysisState['phase'][] = []
  store.subscribe(() => phases.push(store.getState().phase))
  const until = (pred: (s: AnalysisState) => boolean) =>
    new Promise<AnalysisState>((resolve) => {
      if (pred(store.getState())) return resolve(store.getState())
      const stop = store.subscribe(() => {
        if (pred(store.getState())) {
          stop()
          resolve(store.getState())
        }
      })
    })
  return { store, workers, phases, until }
}

describe('AnalysisStore', () => {
  it('analyzes files, then follows an edited policy without reading them again', async () => {
    const { store, workers, phases, until } = storeWithWorkers()
    store.analyze([file()], metadata)
    const done = await until((s) => s.phase === 'done')
    if (done.phase !== 'done') throw new Error('not done')
    expect(done.key).toBe(policiesKey(metadata))
    expect(done.report.impacts[0]!.byLevel.Metadata).toBe(done.report.events)
    expect(phases[0]).toBe('running')

    store.reanalyze(none)
    expect(store.getState()).toMatchObject({ phase: 'done', updating: true })
    const again = await until((s) => s.phase === 'done' && !s.updating)
    if (again.phase !== 'done') throw new Error('not done')
    expect(again.key).toBe(policiesKey(none))
    expect(again.report.impacts[0]!.byLevel.None).toBe(done.report.events)
    expect(workers).toHaveLength(1)
  })

  it('a new analysis replaces one in progress; its answers alone count', async () => {
    const { store, until } = storeWithWorkers()
    store.analyze([file(), file(), file()], metadata)
    store.analyze([file()], none)
    const done = await until((s) => s.phase === 'done')
    if (done.phase !== 'done') throw new Error('not done')
    expect(done.files).toHaveLength(1)
    expect(done.key).toBe(policiesKey(none))
  })

  it('cancel returns to the start and says so', async () => {
    const { store, until } = storeWithWorkers()
    store.analyze([file(), file(), file(), file()], metadata)
    store.cancel()
    expect(await until((s) => s.phase === 'idle')).toEqual({ phase: 'idle', notice: 'cancelled' })
  })

  it('rescan reads the same files again; clear stops the worker', async () => {
    const { store, workers, until } = storeWithWorkers()
    const files = [file()]
    store.analyze(files, metadata)
    await until((s) => s.phase === 'done')
    store.rescan(none)
    expect(store.getState()).toMatchObject({ phase: 'running', files })
    const done = await until((s) => s.phase === 'done')
    expect(done).toMatchObject({ key: policiesKey(none) })
    store.clear()
    expect(store.getState()).toEqual({ phase: 'idle', notice: null })
    expect(workers[0]!.terminated).toBe(true)
  })
})
