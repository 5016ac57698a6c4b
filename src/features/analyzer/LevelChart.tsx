// The charts (MUI X Charts) load with this file only: it is imported lazily once there is a report to show.
import { Box } from '@mui/material'
import { BarChart } from '@mui/x-charts/BarChart'
import { t } from '../../i18n/analyzer.ts'
import { formatBytes, formatCount } from './format.ts'
import type { LevelRow } from './levelRows.ts'

/** LevelChart: audit events and bytes per level, recorded now next to this policy (the table below has the numbers). */
export function LevelChart({ rows }: { rows: LevelRow[] }) {
  const l = t.analyzer.levels
  const levels = rows.map((r) => r.level)
  const chart = (title: string, recorded: number[], projected: number[], format: (n: number) => string) => (
    <Box sx={{ minWidth: 0 }}>
      <BarChart
        height={230}
        layout="horizontal"
        skipAnimation
        yAxis={[{ scaleType: 'band', data: levels, width: 124 }]}
        xAxis={[{ valueFormatter: (v: number) => format(v), label: title, tickNumber: 3 }]}
        series={[
          { data: recorded, label: l.recorded, valueFormatter: (v) => format(v ?? 0) },
          { data: projected, label: l.projected, valueFormatter: (v) => format(v ?? 0) },
        ]}
        margin={{ left: 4, right: 28, top: 8, bottom: 4 }}
      />
    </Box>
  )
  return (
    <Box
      component="figure"
      aria-label={l.heading}
      sx={{ m: 0, display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' }, gap: 1 }}
    >
      {chart(
        l.events,
        rows.map((r) => r.recordedEvents),
        rows.map((r) => r.projectedEvents),
        formatCount,
      )}
      {chart(
        l.bytes,
        rows.map((r) => r.recordedBytes),
        rows.map((r) => r.projectedBytes),
        formatBytes,
      )}
    </Box>
  )
}
