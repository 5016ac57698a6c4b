import { Alert, Button, Stack, ToggleButton, ToggleButtonGroup, Typography } from '@mui/material'
import { useState } from 'react'
import type { AnalysisReport, PolicyUnderTest } from '../../auditlog/types.ts'
import { t } from '../../i18n/analyzer.ts'
import { analyzerNotes } from '../../i18n/analyzerNotes.ts'
import { formatBytes, formatSeconds } from './format.ts'
import { ImpactView } from './ImpactView.tsx'
import { OpenRequests } from './OpenRequests.tsx'
import { reportNotes } from './notes.ts'
import { ReportNotes } from './ReportNotes.tsx'
import { EFFECTIVE_ID, POLICY_ID } from './policiesUnderTest.ts'
import { ProblemList } from './ProblemList.tsx'
import { problemCount } from './problems.ts'
import { Section } from './Section.tsx'

/**
 * ReportView: the report of a finished analysis: what was read and how requests are counted, a choice between
 * the user's policy and the effective DKP policy (target Deckhouse), that policy's impact, and the problems.
 */
export function ReportView({
  report,
  policies,
  onRescan,
}: {
  report: AnalysisReport
  policies: PolicyUnderTest[]
  onRescan: () => void
}) {
  const a = t.analyzer
  const [chosen, setChosen] = useState(POLICY_ID)
  const impact = report.impacts.find((i) => i.id === chosen) ?? report.impacts[0]!
  const under = policies.find((p) => p.id === impact.id)
  const notes = impact.id === POLICY_ID ? (under?.policy.rules.map((r) => r.note) ?? []) : []
  const problems = problemCount(report)
  const otherNotes = reportNotes(report)
  const names = report.files.map((f) => f.name).join(', ')
  return (
    <Stack spacing={2}>
      <Typography variant="body2" color="text.secondary" sx={{ overflowWrap: 'anywhere' }}>
        {a.summary.files(report.files.length, formatBytes(report.bytes), formatSeconds(report.elapsedMs))}
        {': '}
        {names}
      </Typography>
      {report.auditEvents === 0 && <Alert severity="warning">{a.notALog(names)}</Alert>}
      {report.files
        .filter((f) => f.error !== undefined)
        .map((f) => (
          <Alert key={f.name} severity="warning">
            {a.unreadable(f.name, analyzerNotes().problem({ code: 'unreadable', error: f.error! }))}
          </Alert>
        ))}
      {report.rescanNeeded && (
        <Alert
          severity="warning"
          action={
            <Button color="inherit" size="small" onClick={onRescan}>
              {a.rescan}
            </Button>
          }
        >
          {a.rescanNeeded(analyzerNotes().rescan(report.rescanNeeded))}
        </Alert>
      )}
      {report.impacts.length > 1 && (
        <Stack spacing={0.5}>
          <ToggleButtonGroup
            exclusive
            size="small"
            value={impact.id}
            onChange={(_e, v: string | null) => v && setChosen(v)}
            aria-label={a.policies.label}
          >
            <ToggleButton value={POLICY_ID}>{a.policies.policy}</ToggleButton>
            <ToggleButton value={EFFECTIVE_ID}>{a.policies.effective}</ToggleButton>
          </ToggleButtonGroup>
          {impact.id === EFFECTIVE_ID && (
            <Typography variant="caption" color="text.secondary">
              {a.policies.effectiveHelp}
            </Typography>
          )}
        </Stack>
      )}
      <OpenRequests report={report} />
      <ImpactView report={report} impact={impact} notes={notes} />
      {problems > 0 && (
        <Section title={a.problems.heading(problems)}>
          <ProblemList report={report} />
        </Section>
      )}
      {otherNotes.length > 0 && (
        <Section title={a.notes.heading}>
          <ReportNotes notes={otherNotes} />
        </Section>
      )}
    </Stack>
  )
}
