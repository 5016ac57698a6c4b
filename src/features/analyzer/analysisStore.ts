// The state of the log analysis, kept outside React so that it survives switching tool tabs: one analyzer
// worker session (created on first use), the files being read, progress, and the report. The document itself
// stays in the editor store; this holds only what the analysis produced.
import { useSyncExternalStore } from 'react'
import { AnalyzerSession, analyzerFailure } from '../../auditlog/client.ts'
import type { AnalyzerFailure } from '../../auditlog/protocol.ts'
import type { AnalysisReport, PolicyUnderTest, Progress } from '../../auditlog/types.ts'
import { setLogMeasure } from '../../state/logMeasure.ts'

/** AnalysisState: what the panel shows. */
export type AnalysisState =
  | { phase: 'idle'; notice: 'cancelled' | null }
  | { phase: 'running'; files: File[]; progress: Progress | null }
  | {
      phase: 'done'
      files: File[]
      report: AnalysisReport
      /** policiesKey of the policies the report is for. */
      key: string
      /** A re-analysis for an edited policy is under way. */
      updating: boolean
    }
  | { phase: 'failed'; files: File[]; failure: AnalyzerFailure }

/** policiesKey identifies what a report depends on, to tell whether it is still for the current policy. */
export const policiesKey = (policies: PolicyUnderTest[]): string => JSON.stringify(policies)

type Listener = () => void

/** AnalysisStore runs analyses in one worker session and publishes their state. */
export class AnalysisStore {
  private state: AnalysisState = { phase: 'idle', notice: null }
  private readonly listeners = new Set<Listener>()
  private session: AnalyzerSession | null = null
  private controller: AbortController | null = null
  /** Bumped by every new run, so answers from an older one are ignored. */
  private generation = 0
  private readonly createSession: () => AnalyzerSession

  constructor(createSession: () => AnalyzerSession = () => new AnalyzerSession()) {
    this.createSession = createSession
  }

  readonly subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  readonly getState = (): AnalysisState => this.state

  private set(state: AnalysisState) {
    this.state = state
    for (const l of this.listeners) l()
  }

  /** analyze reads `files` from the start for `policies` (cancelling a run in progress). */
  analyze(files: File[], policies: PolicyUnderTest[]): void {
    this.controller?.abort()
    const controller = new AbortController()
    this.controller = controller
    const generation = ++this.generation
    this.session ??= this.createSession()
    this.set({ phase: 'running', files, progress: null })
    this.session
      .analyzeFiles(
        files,
        policies,
        {},
        (progress) => {
          if (generation === this.generation) this.set({ phase: 'running', files, progress })
        },
        controller.signal,
      )
      .then(
        (report) => {
          if (generation !== this.generation) return
          this.set({ phase: 'done', files, report, key: policiesKey(policies), updating: false })
        },
        (e: unknown) => {
          if (generation !== this.generation) return
          if (e instanceof Error && e.name === 'AbortError') this.set({ phase: 'idle', notice: 'cancelled' })
          else this.fail(files, e)
        },
      )
      .finally(() => {
        if (this.controller === controller) this.controller = null
      })
  }

  /** cancel stops the analysis in progress. */
  cancel(): void {
    this.controller?.abort()
  }

  /** reanalyze reports on edited policies from the last analysis's aggregates, without reading the files. */
  reanalyze(policies: PolicyUnderTest[]): void {
    const s = this.state
    if (s.phase !== 'done' || !this.session) return
    const key = policiesKey(policies)
    if (key === s.key) return
    const generation = ++this.generation
    this.set({ ...s, updating: true })
    this.session.reanalyze(policies).then(
      (report) => {
        if (generation === this.generation)
          this.set({ phase: 'done', files: s.files, report, key, updating: false })
      },
      (e: unknown) => {
        if (generation === this.generation) this.fail(s.files, e)
      },
    )
  }

  /**
   * measure reports on other policies from the last analysis's aggregates without publishing the result (the
   * Compare tab measures a change on the loaded log this way); null when no analysis is done.
   */
  measure(policies: PolicyUnderTest[]): Promise<AnalysisReport> | null {
    if (this.state.phase !== 'done' || !this.session) return null
    return this.session.reanalyze(policies)
  }

  /** rescan reads the same files again (when re-analysis cannot give exact numbers). */
  rescan(policies: PolicyUnderTest[]): void {
    const s = this.state
    if (s.phase === 'done' || s.phase === 'failed') this.analyze(s.files, policies)
  }

  /** clear forgets the report and stops the worker (its memory is given back). */
  clear(): void {
    this.generation++
    this.controller?.abort()
    this.controller = null
    this.session?.dispose()
    this.session = null
    this.set({ phase: 'idle', notice: null })
  }

  private fail(files: File[], e: unknown) {
    this.set({ phase: 'failed', files, failure: analyzerFailure(e) })
  }
}

/** analysis: the app's one analysis (the panel is lazy, so this is created on first use). */
export const analysis = new AnalysisStore()

// The done analysis is offered to other features (the comparison measures a change on it): a new LogMeasure for
// each new report set, none while nothing is done.
let offered: AnalysisReport | null = null
analysis.subscribe(() => {
  const s = analysis.getState()
  const report = s.phase === 'done' ? s.report : null
  if (report === offered) return
  offered = report
  setLogMeasure(
    report
      ? { measure: (policies) => analysis.measure(policies) ?? Promise.reject(new Error('no log')) }
      : null,
  )
})

/** useAnalysis: the analysis state, re-rendering on every change. */
export function useAnalysis(store: AnalysisStore = analysis): AnalysisState {
  return useSyncExternalStore(store.subscribe, store.getState, store.getState)
}
