// The comparison measured on the log loaded in "Analyze a log": the analyzer re-reads its aggregates (no file is
// read again) for the base, the edited policy and each change's classifier policies (auditlog/diffOnLog.ts).
import { useEffect, useMemo, useState } from 'react'
import { analyzerFailure } from '../../auditlog/client.ts'
import { diffOnLog, type DiffMeasured } from '../../auditlog/diffOnLog.ts'
import type { AnalyzerFailure } from '../../auditlog/protocol.ts'
import type { Policy } from '../../policy/types.ts'
import type { ComparedDiff } from './useDiff.ts'
import { useLogMeasure } from '../../state/logMeasure.ts'

/** DiffOnLogState: no log analyzed, being measured, measured, or the measuring failed. */
export type DiffOnLogState =
  | { phase: 'no-log' }
  | { phase: 'measuring' }
  | { phase: 'done'; measured: DiffMeasured }
  | { phase: 'failed'; failure: AnalyzerFailure }

/** useDiffOnLog measures `diff` (base → policy) on the analyzed log, again whenever either changes. */
export function useDiffOnLog(base: Policy, compared: ComparedDiff | null): DiffOnLogState {
  const log = useLogMeasure()
  // Under the options the comparison was computed with (the target, DKP's settings, the base's built-in rules).
  const onLog = useMemo(
    () =>
      log && compared && !compared.stale
        ? diffOnLog(base, compared.policy, compared.diff.behaviourChanges, compared.options)
        : null,
    [log, base, compared],
  )
  const [result, setResult] = useState<{ for: unknown; state: DiffOnLogState } | null>(null)
  useEffect(() => {
    if (!onLog || !log) return
    let live = true
    // Reading the figures is inside the chain, so a throw there is shown as a failure, never left unhandled.
    log
      .measure(onLog.policies)
      .then((r) => onLog.read(r))
      .then(
        (measured) => live && setResult({ for: onLog, state: { phase: 'done', measured } }),
        (e: unknown) =>
          live &&
          setResult({
            for: onLog,
            state: { phase: 'failed', failure: analyzerFailure(e) },
          }),
      )
    return () => {
      live = false
    }
  }, [onLog, log])
  if (!log) return { phase: 'no-log' }
  // While a newer comparison is computed, the last figures stay (the list they belong to stays too).
  if (!onLog) return result?.state ?? { phase: 'measuring' }
  return result?.for === onLog ? result.state : { phase: 'measuring' }
}
