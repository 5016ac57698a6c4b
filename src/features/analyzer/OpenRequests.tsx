import { Alert, AlertTitle, Box, Typography } from '@mui/material'
import type { AnalysisReport } from '../../auditlog/types.ts'
import { t } from '../../i18n/analyzer.ts'

/** OpenRequests: requests the files hold no end for (open exec sessions, watches cut by rotation), and where. */
export function OpenRequests({ report }: { report: AnalysisReport }) {
  const o = t.analyzer.open
  const p = t.analyzer.problems
  if (report.openRequests === 0) return null
  return (
    <Box component="section" aria-label={o.heading(report.openRequests)}>
      <Alert severity="info" variant="outlined">
        <AlertTitle>{o.heading(report.openRequests)}</AlertTitle>
        <Typography variant="body2" sx={{ mb: 0.5 }}>
          {o.help}
        </Typography>
        <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
          {report.open.map((x) => (
            <Typography
              component="li"
              variant="body2"
              key={`${x.file}:${x.line}`}
              sx={{ overflowWrap: 'anywhere' }}
            >
              <Box component="code" sx={{ fontFamily: 'var(--abp-mono)', mr: 1 }}>
                {p.where(x.file, x.line)}
              </Box>
              {o.item(x.user, x.verb, x.resource, x.namespace, x.name)}
            </Typography>
          ))}
          {report.openRequests > report.open.length && (
            <Typography component="li" variant="body2" color="text.secondary">
              {o.more(report.openRequests - report.open.length)}
            </Typography>
          )}
        </Box>
      </Alert>
    </Box>
  )
}
