// The chart library loads with this file only: it is imported lazily once there is a report with timestamps.
import { Box, Typography } from '@mui/material'
import { BarChart } from '@mui/x-charts/BarChart'
import type { Timeline } from '../../auditlog/types.ts'
import { t } from '../../i18n/analyzer.ts'
import { formatTimeShort } from '../../i18n/format.ts'
import { LEVELS } from '../../policy/index.ts'
import { formatBytes } from './format.ts'

/**
 * TimelineChart: bytes recorded over time, stacked by level: the bursts and the quiet hours, which no table of
 * totals shows.
 */
export function TimelineChart({ timeline }: { timeline: Timeline }) {
  const x = t.analyzer.timeline
  const start = Date.parse(timeline.from)
  const n = timeline.bytesByLevel.None.length
  const labels = Array.from({ length: n }, (_, i) =>
    formatTimeShort(start + i * timeline.stepMinutes * 60_000),
  )
  const series = LEVELS.filter((l) => timeline.bytesByLevel[l].some((v) => v > 0)).map((l) => ({
    data: timeline.bytesByLevel[l],
    label: l,
    stack: 'bytes',
    valueFormatter: (v: number | null) => formatBytes(v ?? 0),
  }))
  return (
    <Box component="figure" aria-label={x.heading} sx={{ m: 0, minWidth: 0 }}>
      <BarChart
        height={220}
        skipAnimation
        xAxis={[{ scaleType: 'band', data: labels, tickLabelMinGap: 24 }]}
        yAxis={[{ valueFormatter: (v: number) => formatBytes(v), width: 64, tickNumber: 4 }]}
        series={series}
        margin={{ left: 4, right: 8, top: 8, bottom: 4 }}
      />
      <Typography variant="caption" color="text.secondary" component="figcaption">
        {x.step(timeline.stepMinutes)}
      </Typography>
    </Box>
  )
}
