import CheckCircleOutlineIcon from '@mui/icons-material/CheckCircleOutline'
import { Alert, Box, Button, Stack, Typography } from '@mui/material'
import { useCallback, useState } from 'react'
import { LazySnackbar } from '../../components/LazySnackbar.tsx'
import { t } from '../../i18n/index.ts'
import { applyFix, loadFix, useDispatch, useHistory, usePolicyNow, useTarget } from '../../state/index.ts'
import { requestReveal, type RevealWhere } from '../../state/reveal.ts'
import { countProblems } from './countProblems.ts'
import type { Problem } from './problems.ts'
import { ProblemItem } from './ProblemItem.tsx'
import { useFixesFresh, useProblems } from './useProblems.ts'

/** Rows rendered before "Show all" (a 300-rule policy can have hundreds of notes). */
const FIRST_ROWS = 100

/** ProblemsPanel: every error, warning and lint note in one list, with counts, places, fixes and links. */
export function ProblemsPanel() {
  const p = t.verify.problems
  const problems = useProblems()
  const target = useTarget()
  const fixReady = useFixesFresh()
  const dispatch = useDispatch()
  const { undo } = useHistory()
  const [all, setAll] = useState(false)
  const [notesShown, setNotesShown] = useState(false)
  const [fixed, setFixed] = useState<string | null>(null)
  const policyNow = usePolicyNow()
  const counts = countProblems(problems)
  // Notes (lint's informational findings) can be many: behind a toggle, like on the rule cards.
  const listed = notesShown ? problems : problems.filter((x) => x.severity !== 'info')

  const onReveal = useCallback((at: string, where: RevealWhere) => requestReveal({ at, where }), [])
  const onFix = useCallback(
    (problem: Problem) => {
      const fix = problem.fix
      if (!fix) return
      // lint's worker builds the fixed policy on request; an edit made while it is on its way wins.
      const before = policyNow()
      void loadFix(fix, before).then((policy) => {
        if (!policy || policyNow() !== before) return
        dispatch(applyFix, policy)
        setFixed(fix.description)
      })
    },
    [dispatch, policyNow],
  )
  const shown = all ? listed : listed.slice(0, FIRST_ROWS)

  return (
    <Stack spacing={1}>
      <Typography variant="body2" sx={{ fontWeight: 600 }} data-testid="problems-counts">
        {p.counts(counts.error, counts.warning, counts.info)}
      </Typography>
      {counts.error + counts.warning === 0 && (
        <Stack direction="row" spacing={1} alignItems="center">
          <CheckCircleOutlineIcon color="success" fontSize="small" />
          <Typography variant="body2">{p.none[target]}</Typography>
        </Stack>
      )}
      {listed.length > 0 && (
        <Box component="ul" aria-label={p.listLabel} sx={{ listStyle: 'none', m: 0, p: 0 }}>
          {shown.map((problem, i) => (
            <ProblemItem key={i} problem={problem} fixReady={fixReady} onReveal={onReveal} onFix={onFix} />
          ))}
        </Box>
      )}
      {shown.length < listed.length && (
        <Button size="small" onClick={() => setAll(true)} sx={{ alignSelf: 'flex-start' }}>
          {p.showAll(listed.length)}
        </Button>
      )}
      {counts.info > 0 && (
        <Button
          size="small"
          aria-expanded={notesShown}
          onClick={() => setNotesShown(!notesShown)}
          sx={{ alignSelf: 'flex-start' }}
        >
          {notesShown ? t.findings.hideNotes(counts.info) : t.findings.showNotes(counts.info)}
        </Button>
      )}
      <LazySnackbar
        open={fixed !== null}
        autoHideDuration={8000}
        onClose={(_e, reason) => reason !== 'clickaway' && setFixed(null)}
      >
        <Alert
          severity="success"
          variant="filled"
          action={
            <Button
              color="inherit"
              size="small"
              onClick={() => {
                undo()
                setFixed(null)
              }}
            >
              {p.undoFix}
            </Button>
          }
        >
          {fixed ? p.fixed(fixed) : ''}
        </Alert>
      </LazySnackbar>
    </Stack>
  )
}
