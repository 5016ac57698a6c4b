// Types of trace-tasks.mjs for the TypeScript that imports it (e2e/pages/FreezeWatch.ts).
export interface TraceEvent {
  ph: string
  name: string
  pid: number
  tid: number
  ts: number
  dur?: number
  tdur?: number
  args?: Record<string, unknown>
}
export type Trace = { traceEvents: TraceEvent[] } | TraceEvent[]
export declare function mainThread(
  trace: Trace,
): { events: TraceEvent[]; id: string; tasks: TraceEvent[] } | null
export declare function longestTasks(trace: Trace, n?: number): Array<{ threadMs: number; wallMs: number }>
export declare function longestThreadMs(trace: Trace): number
export declare const FREEZE_TRACE_CATEGORIES: string[]
