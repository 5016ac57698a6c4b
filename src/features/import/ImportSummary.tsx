import { Alert, Box, LinearProgress, Stack, Typography } from '@mui/material'
import { t } from '../../i18n/index.ts'
import { MAX_RULES } from '../../state/storedWork.ts'
import type { ImportOutcome, ImportProblem } from './importOutcome.ts'
import { formatSize, type InputRefusal } from './readInput.ts'
import type { ImportReading } from './useImportReading.ts'
import { MAX_IMPORT_CHARS } from './limits.ts'

/** How many problems are listed; the rest are counted. */
const SHOWN = 50

interface ImportSummaryProps {
  reading: ImportReading
  outcome: ImportOutcome | null
  refusal: InputRefusal | null
  /** Rules in the policy being edited (what an import replaces). */
  currentRules: number
}

function ProblemItem({ p }: { p: ImportProblem }) {
  const m = t.keepwork.import
  return (
    <Box component="li" sx={{ mb: 0.5 }}>
      {p.line !== undefined && (
        <Typography component="span" variant="body2" sx={{ fontWeight: 600 }}>
          {`${m.at(p.line, p.column ?? 1)}${p.within === 'secret' ? ` (${m.inSecret})` : ''}: `}
        </Typography>
      )}
      <Typography
        component="span"
        variant="body2"
        sx={{ fontFamily: 'var(--abp-mono)', wordBreak: 'break-word' }}
      >
        {p.message}
      </Typography>
    </Box>
  )
}

function ProblemList({
  items,
  severity,
  title,
}: {
  items: ImportProblem[]
  severity: 'error' | 'warning' | 'info'
  title: string
}) {
  if (items.length === 0) return null
  const m = t.keepwork.import
  return (
    <Alert severity={severity} sx={{ '& .MuiAlert-message': { minWidth: 0, width: '100%' } }}>
      <Typography variant="body2" sx={{ fontWeight: 600, mb: 0.5 }}>
        {title}
      </Typography>
      <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
        {items.slice(0, SHOWN).map((p, i) => (
          <ProblemItem key={i} p={p} />
        ))}
        {items.length > SHOWN && <li>{m.more(items.length - SHOWN)}</li>}
      </Box>
    </Alert>
  )
}

/** ImportSummary: what the text brings in (rules, settings), every problem with its line and column, and what it replaces. */
export function ImportSummary({ reading, outcome, refusal, currentRules }: ImportSummaryProps) {
  const m = t.keepwork.import
  if (refusal) {
    return (
      <Alert severity="error" role="alert">
        {refusal.kind === 'too-large'
          ? m.tooLarge(refusal.size, MAX_IMPORT_CHARS)
          : m.fileUnreadable(refusal.name)}
      </Alert>
    )
  }
  if (reading.status === 'idle')
    return (
      <Typography variant="body2" color="text.secondary">
        {m.nothingYet}
      </Typography>
    )
  if (reading.status === 'reading')
    return (
      <Stack spacing={1} role="status">
        <Typography variant="body2">
          {reading.size > 256 * 1024 ? m.readingBig(formatSize(reading.size)) : m.reading}
        </Typography>
        <LinearProgress aria-label={m.reading} />
      </Stack>
    )
  if (reading.status === 'failed')
    return (
      <Alert severity="error" role="alert">
        {reading.timedOut !== undefined
          ? m.timedOut(reading.timedOut)
          : m.failed(
              reading.stopped !== undefined
                ? t.workerFailures.stopped('reader', reading.stopped)
                : (reading.reason ?? ''),
            )}
      </Alert>
    )
  if (!outcome) return null
  const errors = outcome.problems.filter((p) => p.severity === 'error')
  const ignored = outcome.problems.filter((p) => p.ignored)
  const other = outcome.problems.filter((p) => p.severity !== 'error' && !p.ignored)
  return (
    <Stack spacing={1.5} role="status" aria-label={m.comesIn}>
      <Typography variant="subtitle2" component="p" sx={{ wordBreak: 'break-word' }}>
        {t.importing.summary(reading.result.described)}
      </Typography>
      {outcome.tooManyRules !== undefined && (
        <Alert severity="error" role="alert">
          {m.tooManyRules(outcome.tooManyRules, MAX_RULES)}
        </Alert>
      )}
      {outcome.policy && !outcome.loadable && errors.length > 0 && (
        <Alert severity="warning">{m.notLoadable(errors.length)}</Alert>
      )}
      {outcome.canImport && reading.result.losses.length > 0 && (
        <Alert severity="info" sx={{ '& .MuiAlert-message': { minWidth: 0 } }}>
          <Typography variant="body2" sx={{ fontWeight: 600, mb: 0.5 }}>
            {t.importing.notKeptTitle}
          </Typography>
          <Box component="ul" aria-label={t.importing.notKeptTitle} sx={{ m: 0, pl: 2.5 }}>
            {reading.result.losses.map((l, i) => (
              <Typography component="li" variant="body2" key={i} sx={{ wordBreak: 'break-word' }}>
                {t.importing.loss(l)}
              </Typography>
            ))}
          </Box>
        </Alert>
      )}
      <ProblemList items={errors} severity="error" title={m.problems(errors.length)} />
      <ProblemList items={ignored} severity="warning" title={m.ignored} />
      <ProblemList items={other} severity="info" title={m.problems(other.length)} />
      {outcome.problems.length === 0 && outcome.canImport && (
        <Typography variant="body2" color="text.secondary">
          {m.problemsNone}
        </Typography>
      )}
      {outcome.canImport && outcome.settings && (
        <Typography variant="body2">{outcome.policy ? m.settingsToo : m.settingsOnly}</Typography>
      )}
      {outcome.canImport && outcome.policy && (
        <Typography variant="body2">{m.replaces(currentRules)}</Typography>
      )}
      {!outcome.canImport && outcome.tooManyRules === undefined && (
        <Typography variant="body2" color="text.secondary">
          {m.nothingToImport}
        </Typography>
      )}
    </Stack>
  )
}
