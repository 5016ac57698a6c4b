// A worker of the page that crashes (its script fails to load, or it runs out of memory) fails what waits for it
// with a WorkerStoppedError (a code and the browser's message), which the page words in the active language: the
// import dialog and the YAML editor's notice for the reader; lint runs in the page instead, so its crash is
// never the user's.
import { describe, expect, it, vi } from 'vitest'
import { t } from '../i18n/index.ts'
import { wordFindings } from '../i18n/lint.ts'
import { lintPolicy } from '../policy/lint.ts'
import { serializePolicy } from '../policy/serialize.ts'
import type { Policy } from '../policy/types.ts'
import { aPolicy, aRule } from '../testing/builders.ts'
import { createDocument } from './document.ts'
import { draftFor } from './draft.ts'
import { createDraftEditor } from './draftReading.ts'
import { createEditorStore } from './store.ts'
import { WorkerStoppedError } from './workerStopped.ts'

const UNTIL = { timeout: 15_000 }
const CRASH = 'Out of memory'

type Crash = { message: string; preventDefault(): void }

/** A Worker that dies as soon as it is handed a job, as the browser reports it: an `error` event. */
const started: string[] = []
class CrashingWorker {
  private readonly onError: ((e: Crash) => void)[] = []
  constructor(_url: URL, options: { name: string }) {
    started.push(options.name)
  }
  addEventListener(type: string, listener: (e: Crash) => void) {
    if (type === 'error') this.onError.push(listener)
  }
  postMessage() {
    setTimeout(() => this.onError.forEach((l) => l({ message: CRASH, preventDefault: () => undefined })))
  }
  terminate() {}
}
vi.stubGlobal('Worker', CrashingWorker)
const { readImport } = await import('./reader.ts')
const { lintOffPage } = await import('./lintOffPage.ts')

const POLICY = aPolicy([aRule({ level: 'None', users: ['system:kube-proxy'] }), aRule()])

describe('a worker that crashes', () => {
  it('the reader: an import fails with the code and the browser’s message, worded for the dialog', async () => {
    const failed = readImport(serializePolicy(POLICY), 'kube-apiserver')
    await expect(failed).rejects.toBeInstanceOf(WorkerStoppedError)
    await expect(failed).rejects.toMatchObject({ worker: 'reader', detail: CRASH })
    expect(started).toContain('policy-reader')
    expect(t.keepwork.import.failed(t.workerFailures.stopped('reader', CRASH))).toBe(
      `The text could not be read (the reader stopped: ${CRASH}). Your policy is unchanged.`,
    )
  })

  it('the reader: the YAML editor’s text stays broken with the code, and its notice words it', async () => {
    const store = createEditorStore(createDocument(POLICY, 'kube-apiserver'))
    const editor = createDraftEditor(store, undefined, 0)
    const drafts = draftFor(store)
    editor.edit(serializePolicy(POLICY).replace('level: None', 'level: Request'))
    await vi.waitFor(() => expect(drafts.get()?.status).toBe('broken'), UNTIL)
    const problem = drafts.get()!.problem!
    expect(problem).toMatchObject({ code: 'reader-stopped', message: CRASH })
    // Worded by the notice as t.workerFailures.stopped (features/preview/draftProblemText.test.ts).
    // The forms keep the last good policy.
    expect(store.getState().doc.policy.rules[0]!.level).toBe('None')
  })

  it('lint: the findings come from the page instead, the same as the worker’s', async () => {
    const policy: Policy = { rules: [{ level: 'Metadata' }, { level: 'None', users: ['alice'] }] }
    const options = { target: 'kube-apiserver' as const }
    const findings = await lintOffPage(policy, options)
    expect(started).toContain('policy-lint')
    expect(findings.map((f) => [f.at, f.message])).toEqual(
      wordFindings(lintPolicy(policy, options)).map((f) => [f.at, f.message]),
    )
    expect(findings.length).toBeGreaterThan(0)
  })
})
