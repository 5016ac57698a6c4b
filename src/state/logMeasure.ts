// The log loaded in "Analyze a log", offered to other features: while an analysis is done, `measure` reports on
// any policies from its aggregates (no file read again), without changing what the analyzer shows. The
// analyzer feature publishes it; the comparison measures a change with it. Features share it through here.
import { useSyncExternalStore } from 'react'
import type { AnalysisReport, PolicyUnderTest } from '../auditlog/types.ts'

/** LogMeasure: one analyzed log; a new object for every new analysis. */
export interface LogMeasure {
  measure(policies: PolicyUnderTest[]): Promise<AnalysisReport>
}

let current: LogMeasure | null = null
const listeners = new Set<() => void>()

/** setLogMeasure publishes the analyzed log (null: none, or it is being read again). */
export function setLogMeasure(m: LogMeasure | null): void {
  if (m === current) return
  current = m
  for (const l of [...listeners]) l()
}

const subscribe = (l: () => void) => {
  listeners.add(l)
  return () => listeners.delete(l)
}
const get = () => current

/** useLogMeasure: the analyzed log, re-rendering when another one is analyzed or it goes away. */
export function useLogMeasure(): LogMeasure | null {
  return useSyncExternalStore(subscribe, get, get)
}
