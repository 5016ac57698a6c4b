import { Box, Stack, Typography } from '@mui/material'
import { lazy, Suspense, useMemo } from 'react'
import type { AnalysisReport, PolicyImpact } from '../../auditlog/types.ts'
import { t } from '../../i18n/analyzer.ts'
import { ImpactNotes } from './ImpactNotes.tsx'
import { LevelTable } from './LevelTable.tsx'
import { levelRows } from './levelRows.ts'
import { RuleTable } from './RuleTable.tsx'
import { Section } from './Section.tsx'
import { SummaryCards } from './SummaryCards.tsx'
import { TopLists } from './TopLists.tsx'

// The chart library is loaded only once a report is shown.
const LevelChart = lazy(() => import('./LevelChart.tsx').then((m) => ({ default: m.LevelChart })))

/**
 * ImpactView: the report for one policy: summary, how requests are counted (the report's own rule, the very text
 * the CLI prints), levels (chart and table), rules and top lists.
 */
export function ImpactView({
  report,
  impact,
  notes,
}: {
  report: AnalysisReport
  impact: PolicyImpact
  notes: (string | undefined)[]
}) {
  const a = t.analyzer
  const rows = useMemo(() => levelRows(report, impact), [report, impact])
  return (
    <Stack spacing={2}>
      <Stack spacing={0.75}>
        <SummaryCards report={report} impact={impact} />
        <Typography variant="caption" color="text.secondary" component="p">
          {report.stageRule}
        </Typography>
      </Stack>
      <ImpactNotes report={report} impact={impact} />
      <Section title={a.levels.heading}>
        <Suspense fallback={<Box sx={{ height: 220 }} />}>
          <LevelChart rows={rows} />
        </Suspense>
        <Box sx={{ overflowX: 'auto' }}>
          <LevelTable rows={rows} />
        </Box>
      </Section>
      <Section title={a.rules.heading}>
        <Box sx={{ overflowX: 'auto' }}>
          <RuleTable impact={impact} notes={notes} />
        </Box>
      </Section>
      <Section title={a.top.heading}>
        <TopLists top={impact.top} />
      </Section>
    </Stack>
  )
}
