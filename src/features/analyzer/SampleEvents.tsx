import { Box, Typography } from '@mui/material'
import type { Sample } from '../../auditlog/types.ts'
import { t } from '../../i18n/analyzer.ts'
import { formatBytes } from './format.ts'

/** pretty: the event indented (2 spaces), or as recorded when it was cut and no longer parses. */
function pretty(s: Sample): { text: string; verb: string; what: string } {
  try {
    const e = JSON.parse(s.text) as {
      verb?: unknown
      requestURI?: unknown
      objectRef?: { resource?: unknown; subresource?: unknown; name?: unknown }
    }
    const ref = e.objectRef
    const what =
      ref && typeof ref.resource === 'string'
        ? `${ref.resource}${typeof ref.subresource === 'string' ? `/${ref.subresource}` : ''}${typeof ref.name === 'string' ? ` ${ref.name}` : ''}`
        : typeof e.requestURI === 'string'
          ? e.requestURI
          : ''
    return { text: JSON.stringify(e, null, 2), verb: typeof e.verb === 'string' ? e.verb : '', what }
  } catch {
    return { text: s.text, verb: '', what: '' }
  }
}

/** SampleEvents: a few events as they were recorded, each folded under where it is in the log, pretty-printed. */
export function SampleEvents({ samples }: { samples: Sample[] }) {
  const r = t.analyzer.rules
  return (
    <Box component="ul" sx={{ listStyle: 'none', m: 0, p: 0, display: 'grid', gap: 0.5 }}>
      {samples.map((s) => {
        const p = pretty(s)
        return (
          <li key={`${s.file}:${s.line}`}>
            <Box component="details" sx={{ '& > summary': { cursor: 'pointer' } }}>
              <Typography variant="caption" color="text.secondary" component="summary">
                {r.sampleSummary(s.file, s.line, p.verb, p.what)}{' '}
                {s.truncated ? r.cut(formatBytes(s.bytes)) : ''}
              </Typography>
              <Box
                component="pre"
                tabIndex={0}
                sx={{
                  m: 0,
                  mt: 0.5,
                  p: 1,
                  fontSize: 12,
                  whiteSpace: 'pre-wrap',
                  overflowWrap: 'anywhere',
                  bgcolor: 'action.hover',
                  borderRadius: 1,
                }}
              >
                {p.text}
              </Box>
            </Box>
          </li>
        )
      })}
    </Box>
  )
}
