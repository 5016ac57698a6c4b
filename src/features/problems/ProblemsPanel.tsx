import CheckCircleOutlineIcon from '@mui/icons-material/CheckCircleOutline'
import { Alert, Box, Button, Stack, Typography } from '@mui/material'
import { useCallback, useState } from 'react'
import { LazySnackbar } from '../../components/LazySnackbar.tsx'
import { t } from '../../i18n/index.ts'
import {
  applyFix,
  detailsOnce,
  loadFix,
  ruleOfPath,
  useDispatch,
  useHistory,
  usePolicyNow,
  useTarget,
} from '../../state/index.ts'
import { useRequestReveal, type RevealWhere } from '../../state/index.ts'
import { countProblems } from './countProblems.ts'
import type { Problem } from './problems.ts'
import { ProblemItem } from './ProblemItem.tsx'
import { placeLabel } from './placeLabel.ts'
import { useFixesFresh, useProblems } from './useProblems.ts'

/** Rows rendered before "Show all" (a 300-rule policy can have hundreds of notes). */
const FIRST_ROWS = 100

const ruleOf = (x: Problem) => ruleOfPath(x.at ?? x.place)

/** notesByRule: the notes in rule order (the policy's own last), in the order found within a rule. */
function notesByRule(problems: readonly Problem[]): Problem[] {
  const key = (x: Problem) => ruleOf(x) ?? Number.MAX_SAFE_INTEGER
  return problems
    .filter((x) => x.severity === 'info')
    .map((x, i) => ({ x, i }))
    .sort((a, b) => key(a.x) - key(b.x) || a.i - b.i)
    .map(({ x }) => x)
}

/** groupNotes: consecutive notes about the same rule, with that rule (null: the policy as a whole). */
function groupNotes(notes: readonly Problem[]): [number | null, Problem[]][] {
  const groups: [number | null, Problem[]][] = []
  for (const x of notes) {
    const rule = ruleOf(x)
    const last = groups[groups.length - 1]
    if (last && last[0] === rule) last[1].push(x)
    else groups.push([rule, [x]])
  }
  return groups
}

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
  // Notes (lint's informational findings) can be many: behind a toggle, like on the rule cards, and grouped
  // by the rule they are about; a detail sentence is said once per rule.
  const loud = problems.filter((x) => x.severity !== 'info')
  const listed = detailsOnce(notesShown ? [...loud, ...notesByRule(problems)] : loud)

  const requestReveal = useRequestReveal()
  const onReveal = useCallback(
    (at: string, where: RevealWhere) => requestReveal({ at, where }),
    [requestReveal],
  )
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
      {shown.some((x) => x.severity !== 'info') && (
        <Box component="ul" aria-label={p.listLabel} sx={{ listStyle: 'none', m: 0, p: 0 }}>
          {shown
            .filter((x) => x.severity !== 'info')
            .map((problem, i) => (
              <ProblemItem key={i} problem={problem} fixReady={fixReady} onReveal={onReveal} onFix={onFix} />
            ))}
        </Box>
      )}
      {groupNotes(shown.filter((x) => x.severity === 'info')).map(([rule, notes]) => {
        const about =
          rule === null ? t.findings.notesOnPolicy : t.findings.notesAbout(placeLabel(`rules[${rule}]`))
        return (
          <Box key={rule ?? 'policy'} component="section" aria-label={about}>
            <Typography variant="subtitle2" component="h3" sx={{ fontSize: 13, mt: 0.5 }}>
              {about}
            </Typography>
            <Box component="ul" sx={{ listStyle: 'none', m: 0, p: 0 }}>
              {notes.map((problem, i) => (
                <ProblemItem
                  key={i}
                  problem={problem}
                  fixReady={fixReady}
                  onReveal={onReveal}
                  onFix={onFix}
                />
              ))}
            </Box>
          </Box>
        )
      })}
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
