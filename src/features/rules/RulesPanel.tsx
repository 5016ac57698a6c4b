import AddIcon from '@mui/icons-material/Add'
import { Alert, Box, Button, Paper, Stack, Typography } from '@mui/material'
import { lazy, Suspense, useCallback, useMemo, useState, type ReactNode } from 'react'
import { LazySnackbar } from '../../components/LazySnackbar.tsx'
import type { PolicyRule } from '../../policy/types.ts'
import { t } from '../../i18n/index.ts'
import {
  addRule,
  duplicateRule,
  moveRule,
  newRuleId,
  removeRule,
  useCollapsedCount,
  useDispatch,
  revealKey,
  useRequestReveal,
  useRuleIds,
  useSetCollapsed,
} from '../../state/index.ts'
import { RuleActionsContext, type RuleActions } from './RuleActionsContext.ts'
import { PolicyFindings, PolicyNotesToggle } from './PolicyFindings.tsx'
import { RuleListFallback } from './RuleListFallback.tsx'
import { RulesEmptyState } from './RulesEmptyState.tsx'
import { useRevealTarget } from './useRevealTarget.ts'

// The rule list (dnd-kit, the editors, the chip inputs) is not needed for the empty first screen: it loads when
// there are rules, or as soon as the user heads for "Add rule" (pointer over it, or focus on it).
const loadRuleList = () => import('./RuleList.tsx').then((m) => ({ default: m.RuleList }))
const RuleList = lazy(loadRuleList)
const preloadRuleList = () => void loadRuleList()

interface Deleted {
  rule: PolicyRule
  index: number
  id: string
}

interface RulesPanelProps {
  /** Extra ways to start, shown in the empty state (the app passes preset shortcuts). */
  emptyActions?: ReactNode
}

/** RulesPanel: the rule list in match order, with add, collapse/expand all, and undoable delete. */
export function RulesPanel({ emptyActions }: RulesPanelProps) {
  const ids = useRuleIds()
  const dispatch = useDispatch()
  const setCollapsed = useSetCollapsed()
  const collapsedCount = useCollapsedCount()
  const [deleted, setDeleted] = useState<Deleted | null>(null)
  const [notesOpen, setNotesOpen] = useState(false)
  const requestReveal = useRequestReveal()
  const addRuleRef = useRevealTarget<HTMLButtonElement>('addRule')
  // Focus after an action goes where the user expects (state/reveal.ts serves it once the place is in the
  // page): the new rule's level, the moved rule's same button (the other one at either end), "Add rule" after
  // a delete, the rule back after undoing it.
  const count = ids.length

  const add = useCallback(() => {
    dispatch(addRule, undefined, undefined, newRuleId())
    requestReveal({ where: 'form', at: revealKey(count, 'level') })
  }, [dispatch, requestReveal, count])

  const actions = useMemo<RuleActions>(
    () => ({
      moveUp(index) {
        dispatch(moveRule, index, index - 1)
        const to = index - 1
        const field = revealKey(to, to === 0 ? 'moveDown' : 'moveUp')
        requestReveal({ where: 'form', at: revealKey(to), field, focusOnly: true })
      },
      moveDown(index) {
        dispatch(moveRule, index, index + 1)
        const to = index + 1
        const field = revealKey(to, to === count - 1 ? 'moveUp' : 'moveDown')
        requestReveal({ where: 'form', at: revealKey(to), field, focusOnly: true })
      },
      duplicate(index) {
        dispatch(duplicateRule, index)
      },
      remove(index, id, rule) {
        dispatch(removeRule, index)
        setDeleted({ rule, index, id })
        requestReveal({ where: 'form', at: '', field: 'addRule', focusOnly: true })
      },
      toggleCollapsed(id, collapsed) {
        setCollapsed([id], collapsed)
      },
    }),
    [dispatch, setCollapsed, requestReveal, count],
  )

  const undoDelete = useCallback(() => {
    if (!deleted) return
    dispatch(addRule, deleted.rule, deleted.index, deleted.id)
    setDeleted(null)
    requestReveal({ where: 'form', at: revealKey(deleted.index), focusOnly: true })
  }, [deleted, dispatch, requestReveal])

  const allCollapsed = ids.length > 0 && collapsedCount >= ids.length

  return (
    <Paper
      variant="outlined"
      component="section"
      aria-labelledby="rules-heading"
      sx={{ p: { xs: 1.5, sm: 2 } }}
    >
      <Stack direction="row" alignItems="center" spacing={1} sx={{ mb: 1, flexWrap: 'wrap', rowGap: 1 }}>
        <Typography id="rules-heading" variant="h6" component="h2">
          {t.rules.heading}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {t.rules.count(ids.length)}
        </Typography>
        {ids.length > 0 && <PolicyNotesToggle open={notesOpen} onToggle={() => setNotesOpen(!notesOpen)} />}
        <Box sx={{ flex: 1 }} />
        {ids.length > 1 && (
          <Button size="small" onClick={() => setCollapsed(ids, !allCollapsed)}>
            {allCollapsed ? t.rules.expandAll : t.rules.collapseAll}
          </Button>
        )}
        <Button
          ref={addRuleRef}
          variant="contained"
          startIcon={<AddIcon />}
          onClick={add}
          onPointerEnter={preloadRuleList}
          onFocus={preloadRuleList}
        >
          {t.rules.add}
        </Button>
      </Stack>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
        {t.rules.matchOrder}
      </Typography>
      {ids.length > 0 && <PolicyFindings notesOpen={notesOpen} />}
      <RuleActionsContext.Provider value={actions}>
        {ids.length === 0 ? (
          <RulesEmptyState actions={emptyActions} />
        ) : (
          <Suspense fallback={<RuleListFallback count={ids.length} />}>
            <RuleList ids={ids} />
          </Suspense>
        )}
      </RuleActionsContext.Provider>
      <LazySnackbar
        open={deleted !== null}
        autoHideDuration={8000}
        onClose={(_e, reason) => reason !== 'clickaway' && setDeleted(null)}
      >
        <Alert
          severity="info"
          variant="filled"
          action={
            <Button color="inherit" size="small" onClick={undoDelete}>
              {t.rules.undo}
            </Button>
          }
        >
          {deleted ? t.rules.deleted(deleted.index + 1) : ''}
        </Alert>
      </LazySnackbar>
    </Paper>
  )
}
