import { Alert, Button, LinearProgress, Stack, Typography } from '@mui/material'
import { useEffect, useMemo } from 'react'
import { t } from '../../i18n/analyzer.ts'
import { AnalysisProgress } from './AnalysisProgress.tsx'
import { analysis, policiesKey, useAnalysis } from './analysisStore.ts'
import { LogPicker } from './LogPicker.tsx'
import { ReportView } from './ReportView.tsx'
import { usePoliciesUnderTest } from './usePoliciesUnderTest.ts'

/** REANALYZE_DELAY_MS: edits are let settle this long before the report is recomputed. */
const REANALYZE_DELAY_MS = 300

/**
 * AnalyzerPanel: choose or drop audit logs, watch them being read in a worker (progress, Cancel), then see what
 * the policy being edited would record. Edits re-compute the report from what was kept, without reading the
 * files again; when that cannot be exact, a Re-scan button says so.
 */
export function AnalyzerPanel() {
  const a = t.analyzer
  const state = useAnalysis()
  const policies = usePoliciesUnderTest()
  const key = useMemo(() => policiesKey(policies), [policies])
  const stale = state.phase === 'done' && state.key !== key

  useEffect(() => {
    if (!stale) return
    const timer = setTimeout(() => analysis.reanalyze(policies), REANALYZE_DELAY_MS)
    return () => clearTimeout(timer)
  }, [stale, policies])

  const start = (files: File[]) => analysis.analyze(files, policies)
  const running = state.phase === 'running'

  return (
    <Stack spacing={2} sx={{ pb: 1 }}>
      {state.phase !== 'done' && (
        <Typography variant="body2" color="text.secondary">
          {a.intro}
        </Typography>
      )}
      <Stack direction="row" spacing={1} alignItems="center" useFlexGap sx={{ flexWrap: 'wrap' }}>
        <LogPicker onFiles={start} label={state.phase === 'done' ? a.again : undefined} />
        {(state.phase === 'done' || state.phase === 'failed') && (
          <Button color="inherit" onClick={() => analysis.clear()}>
            {a.clear}
          </Button>
        )}
      </Stack>
      {running && (
        <AnalysisProgress files={state.files} progress={state.progress} onCancel={() => analysis.cancel()} />
      )}
      {state.phase === 'idle' && state.notice === 'cancelled' && <Alert severity="info">{a.cancelled}</Alert>}
      {state.phase === 'failed' && (
        <Alert
          severity="error"
          action={
            <Button color="inherit" size="small" onClick={() => analysis.rescan(policies)}>
              {a.rescan}
            </Button>
          }
        >
          {a.failed(t.workerFailures.analyzer(state.failure))}
        </Alert>
      )}
      {state.phase === 'done' && (
        <>
          {(stale || state.updating) && (
            <Stack spacing={0.5} role="status" aria-label={a.updating}>
              <Typography variant="caption" color="text.secondary">
                {a.updating}
              </Typography>
              <LinearProgress aria-hidden />
            </Stack>
          )}
          <ReportView report={state.report} policies={policies} onRescan={() => analysis.rescan(policies)} />
        </>
      )}
    </Stack>
  )
}
