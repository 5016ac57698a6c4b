import { Box, Stack, Typography } from '@mui/material'
import { lazy, Suspense, useMemo } from 'react'
import type { AnalysisReport, PolicyImpact } from '../../auditlog/types.ts'
import { t } from '../../i18n/analyzer.ts'
import { analyzerNotes } from '../../i18n/analyzerNotes.ts'
import { ForecastView } from './ForecastView.tsx'
import { ImpactNotes } from './ImpactNotes.tsx'
import { LevelTable } from './LevelTable.tsx'
import { levelRows } from './levelRows.ts'
import { RuleTable } from './RuleTable.tsx'
import { Section } from './Section.tsx'
import { SummaryCards } from './SummaryCards.tsx'
import { TopLists } from './TopLists.tsx'

// The chart library is loaded only once a report with timestamps is shown.
const TimelineChart = lazy(() => import('./TimelineChart.tsx').then((m) => ({ default: m.TimelineChart })))

/**
 * ImpactView: the report for one policy: summary, how requests are counted (the report's own rule, the very text
 * the CLI prints), levels (table), bytes over time (the one chart: what no table shows), the forecast, rules and
 * top lists.
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
          {analyzerNotes().stageRule[report.stageRule]}
        </Typography>
      </Stack>
      <ImpactNotes report={report} impact={impact} />
      <Section title={a.levels.heading}>
        <Box sx={{ overflowX: 'auto' }}>
          <LevelTable rows={rows} />
        </Box>
      </Section>
      {report.timeline !== null && (
        <Section title={a.timeline.heading}>
          <Suspense fallback={<Box sx={{ height: 240 }} />}>
            <TimelineChart timeline={report.timeline} />
          </Suspense>
        </Section>
      )}
      <Section title={a.forecast.heading}>
        <Box sx={{ overflowX: 'auto' }}>
          <ForecastView report={report} impact={impact} />
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
