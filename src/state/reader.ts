// The page's side of the reader worker: imports and the YAML editor's text are parsed off the main thread
// (eemeli/yaml reads about 1.7 MB/s, so a big text would freeze the page), each job with a time limit. Where
// there are no workers (unit tests) the jobs run in the page.
import type { SourceRange, Target } from '../policy/types.ts'
import type { KubernetesVersion } from '../policy/versions.ts'
import type {
  DraftReading,
  ImportReadResult,
  KeptTextReading,
  ReadRequest,
  ReadResult,
} from './readerTasks.ts'
import { WorkerStoppedError } from './workerStopped.ts'

export type { DraftReading, ImportReadResult, KeptTextReading } from './readerTasks.ts'
export { WorkerStoppedError } from './workerStopped.ts'

/** IMPORT_TIME_LIMIT_MS: how long reading an import may take (8 MB, the largest accepted, takes about 5 s). */
export const IMPORT_TIME_LIMIT_MS = 20_000
/** DRAFT_TIME_LIMIT_MS: how long reading the YAML editor's text may take. */
export const DRAFT_TIME_LIMIT_MS = 10_000

/** ReadTimeoutError: the reader took longer than its limit and was stopped. */
export class ReadTimeoutError extends Error {
  readonly seconds: number
  constructor(ms: number) {
    super(`reading took longer than ${Math.round(ms / 1000)} s and was stopped`)
    this.name = 'ReadTimeoutError'
    this.seconds = Math.round(ms / 1000)
  }
}

/** ReadSupersededError: a newer text was handed in before this one was read; the caller ignores it. */
export class ReadSupersededError extends Error {
  constructor() {
    super('superseded by a newer text')
    this.name = 'ReadSupersededError'
  }
}

interface Waiting {
  resolve: (value: ReadResult) => void
  reject: (error: Error) => void
  timer: ReturnType<typeof setTimeout>
}

let worker: Worker | null = null
let nextId = 1
const waiting = new Map<number, Waiting>()

/** stopWorker ends the worker and fails every job still waiting for it (a new worker starts on the next job). */
function stopWorker(error: Error): void {
  worker?.terminate()
  worker = null
  for (const w of waiting.values()) {
    clearTimeout(w.timer)
    w.reject(error)
  }
  waiting.clear()
}

function getWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null
  if (!worker) {
    const w = new Worker(new URL('./reader.worker.ts', import.meta.url), {
      type: 'module',
      name: 'policy-reader',
    })
    w.addEventListener('message', (event: MessageEvent) => {
      const { id, ok, result, error } = event.data as {
        id: number
        ok: boolean
        result?: ReadResult
        error?: string
      }
      const entry = waiting.get(id)
      if (!entry) return
      waiting.delete(id)
      clearTimeout(entry.timer)
      if (ok) entry.resolve(result!)
      else entry.reject(new Error(error))
    })
    w.addEventListener('error', (event) => {
      event.preventDefault()
      stopWorker(new WorkerStoppedError('reader', event.message ?? ''))
    })
    worker = w
  }
  return worker
}

function run(request: ReadRequest, limitMs: number): Promise<ReadResult> {
  const w = getWorker()
  if (!w) return import('./readerTasks.ts').then((m) => m.runReadTask(request))
  return new Promise((resolve, reject) => {
    const id = nextId++
    const timer = setTimeout(() => stopWorker(new ReadTimeoutError(limitMs)), limitMs)
    waiting.set(id, { resolve, reject, timer })
    w.postMessage({ id, request })
  })
}

/**
 * readImport reads a pasted or dropped text (policy, Secret, ModuleConfig) as `target` would, off the page; a
 * file's `bytes`, when given, are what a policy is read from (as kube-apiserver reads them).
 */
export function readImport(text: string, target: Target, bytes?: Uint8Array): Promise<ImportReadResult> {
  return run({ op: 'import', text, target, bytes }, IMPORT_TIME_LIMIT_MS) as Promise<ImportReadResult>
}

// The YAML editor's text: at most one reading runs and one waits (the newest); older waiting ones are dropped.
let draftRunning = false
let draftQueued: {
  request: ReadRequest
  resolve: (r: DraftReading) => void
  reject: (e: Error) => void
} | null = null

function pumpDrafts(): void {
  if (draftRunning || !draftQueued) return
  const job = draftQueued
  draftQueued = null
  draftRunning = true
  run(job.request, DRAFT_TIME_LIMIT_MS)
    .then((r) => job.resolve(r as DraftReading), job.reject)
    .finally(() => {
      draftRunning = false
      pumpDrafts()
    })
}

/**
 * readDraft reads the YAML editor's text as `target` on `kubernetesVersion` (default: the target's) reads it
 * and places `paths` (lint findings, a reveal) in it; with `layout`, where the rules of a big text sit
 * (DraftReading.keptLayout). A call made while another text waits replaces it (that
 * one rejects with ReadSupersededError).
 */
export function readDraft(
  text: string,
  target: Target,
  paths: readonly string[] = [],
  kubernetesVersion?: KubernetesVersion,
  layout = false,
): Promise<DraftReading> {
  return new Promise((resolve, reject) => {
    draftQueued?.reject(new ReadSupersededError())
    const request = { op: 'draft' as const, text, target, paths: [...paths], kubernetesVersion, layout }
    draftQueued = { request, resolve, reject }
    pumpDrafts()
  })
}

/** locateInText finds where field paths sit in a policy text (see the core's locatePaths). */
export function locateInText(text: string, paths: readonly string[]): Promise<Record<string, SourceRange>> {
  return run({ op: 'locate', text, paths: [...paths] }, DRAFT_TIME_LIMIT_MS) as Promise<
    Record<string, SourceRange>
  >
}

/**
 * readKeptText reads the user's kept text off the page: its findings and, when `layout`, where its rules sit
 * (textReader.ts). One runs at a time; a text handed in while another waits replaces it (ReadSupersededError).
 */
export function readKeptText(text: string, target: Target, layout: boolean): Promise<KeptTextReading> {
  return new Promise((resolve, reject) => {
    keptQueued?.reject(new ReadSupersededError())
    keptQueued = { request: { op: 'kept', text, target, layout }, resolve, reject }
    pumpKept()
  })
}

let keptRunning = false
let keptQueued: {
  request: ReadRequest
  resolve: (r: KeptTextReading) => void
  reject: (e: Error) => void
} | null = null

function pumpKept(): void {
  if (keptRunning || !keptQueued) return
  const job = keptQueued
  keptQueued = null
  keptRunning = true
  run(job.request, DRAFT_TIME_LIMIT_MS)
    .then((r) => job.resolve(r as KeptTextReading), job.reject)
    .finally(() => {
      keptRunning = false
      pumpKept()
    })
}
