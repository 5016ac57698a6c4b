import { Box, Paper, Typography } from '@mui/material'
import type { ReactNode } from 'react'
import type { AnalysisReport, PolicyImpact } from '../../auditlog/types.ts'
import { t } from '../../i18n/analyzer.ts'
import { formatBytes, formatCount } from './format.ts'
import { problemCount } from './problems.ts'

/** Card: one figure with its title and a line under it. */
function Card({ title, value, help }: { title: string; value: ReactNode; help: ReactNode }) {
  return (
    <Paper variant="outlined" component="section" aria-label={title} sx={{ p: 1.25, minWidth: 0 }}>
      <Typography variant="caption" color="text.secondary" component="h4">
        {title}
      </Typography>
      <Typography variant="h6" component="p" sx={{ fontVariantNumeric: 'tabular-nums', lineHeight: 1.3 }}>
        {value}
      </Typography>
      <Typography variant="caption" color="text.secondary" component="p">
        {help}
      </Typography>
    </Paper>
  )
}

/** SummaryCards: requests, bytes recorded now and with this policy, what it drops, and problem lines. */
export function SummaryCards({ report, impact }: { report: AnalysisReport; impact: PolicyImpact }) {
  const s = t.analyzer.summary
  const atLeast = impact.lowerBound ? `${s.lowerBound} ` : ''
  return (
    <Box
      sx={{
        display: 'grid',
        gridTemplateColumns: 'repeat(auto-fill, minmax(150px, 1fr))',
        gap: 1,
      }}
    >
      <Card
        title={s.requests}
        value={formatCount(report.events)}
        help={s.requestsHelp(formatCount(report.auditEvents))}
      />
      <Card
        title={s.recorded}
        value={formatBytes(impact.recorded.bytes)}
        help={s.events(impact.recorded.events)}
      />
      <Card
        title={s.projected}
        value={`${atLeast}${formatBytes(impact.projected.bytes)}`}
        help={s.events(impact.projected.events)}
      />
      <Card
        title={s.dropped}
        value={formatBytes(impact.dropped.bytes)}
        help={s.droppedHelp(formatCount(impact.dropped.events), formatCount(impact.dropped.requests))}
      />
      <Card title={s.problems} value={formatCount(problemCount(report))} help={s.problemsHelp} />
    </Box>
  )
}
