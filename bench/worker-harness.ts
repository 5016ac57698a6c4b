// The page bench/analyzer.mjs drives in headless Chromium: it analyzes the chosen files through the real worker
// (src/auditlog/client.ts → worker.ts), exactly as the app will, and reports the time taken.
import { AnalyzerSession } from '../src/auditlog/client.ts'
import { parsePolicy } from '../src/policy/index.ts'

/** BenchResult: one timed analysis. */
export interface BenchResult {
  ms: number
  bytes: number
  auditEvents: number
  events: number
  byLevel: Record<string, number>
}

declare global {
  interface Window {
    benchRun(policyText: string): Promise<BenchResult>
  }
}

window.benchRun = async (policyText) => {
  const input = document.querySelector<HTMLInputElement>('#logs')!
  const parsed = parsePolicy(policyText)
  if (!parsed.policy || !parsed.loadable) throw new Error(`the policy does not load: ${parsed.failure}`)
  const session = new AnalyzerSession()
  try {
    const started = performance.now()
    const report = await session.analyzeFiles([...(input.files ?? [])], parsed.policy)
    const ms = performance.now() - started
    return {
      ms,
      bytes: report.bytes,
      auditEvents: report.auditEvents,
      events: report.events,
      byLevel: report.impacts[0]!.byLevel,
    }
  } finally {
    session.dispose()
  }
}
