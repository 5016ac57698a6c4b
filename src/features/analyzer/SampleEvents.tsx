import { Box, Typography } from '@mui/material'
import type { Sample } from '../../auditlog/types.ts'
import { t } from '../../i18n/analyzer.ts'
import { formatBytes } from './format.ts'

/** SampleEvents: a few events as they were recorded, each with where it is in the log. */
export function SampleEvents({ samples }: { samples: Sample[] }) {
  const r = t.analyzer.rules
  return (
    <Box component="ul" sx={{ listStyle: 'none', m: 0, p: 0, display: 'grid', gap: 1 }}>
      {samples.map((s) => (
        <li key={`${s.file}:${s.line}`}>
          <Typography variant="caption" color="text.secondary" component="p">
            {r.sampleAt(s.file, s.line)} {s.truncated ? r.cut(formatBytes(s.bytes)) : ''}
          </Typography>
          <Box
            component="pre"
            tabIndex={0}
            sx={{
              m: 0,
              p: 1,
              maxHeight: 160,
              overflow: 'auto',
              fontSize: 12,
              whiteSpace: 'pre-wrap',
              overflowWrap: 'anywhere',
              bgcolor: 'action.hover',
              borderRadius: 1,
            }}
          >
            {s.text}
          </Box>
        </li>
      ))}
    </Box>
  )
}
