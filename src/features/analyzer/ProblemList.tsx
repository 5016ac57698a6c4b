import { Box, Typography } from '@mui/material'
import type { AnalysisReport } from '../../auditlog/types.ts'
import { t } from '../../i18n/analyzer.ts'
import { analyzerNotes } from '../../i18n/analyzerNotes.ts'
import { formatCount } from './format.ts'
import { PROBLEM_KINDS } from './problems.ts'

/** ProblemList: each kind of problem with its count and the first lines of it (file:line and what is wrong). */
export function ProblemList({ report }: { report: AnalysisReport }) {
  const p = t.analyzer.problems
  const kinds = PROBLEM_KINDS.filter((k) => report[k] > 0)
  return (
    <Box component="ul" sx={{ m: 0, pl: 2.5, display: 'grid', gap: 1 }}>
      {kinds.map((kind) => {
        const listed = report.problems.filter((x) => x.kind === kind)
        return (
          <li key={kind}>
            <Typography variant="body2" sx={{ fontWeight: 600 }}>
              {p.kinds[kind]}: {formatCount(report[kind])}
            </Typography>
            <Box component="ul" sx={{ m: 0, pl: 2 }}>
              {listed.map((x, i) => (
                <Typography component="li" variant="body2" key={i} sx={{ overflowWrap: 'anywhere' }}>
                  <Box component="code" sx={{ fontFamily: 'var(--abp-mono)', mr: 1 }}>
                    {p.where(x.file, x.line)}
                  </Box>
                  {analyzerNotes().problem(x.detail)}
                </Typography>
              ))}
              {report[kind] > listed.length && (
                <Typography component="li" variant="body2" color="text.secondary">
                  {p.more(report[kind] - listed.length)}
                </Typography>
              )}
            </Box>
          </li>
        )
      })}
    </Box>
  )
}
