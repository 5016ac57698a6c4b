import { useSortable } from '@dnd-kit/sortable'
import { CSS } from '@dnd-kit/utilities'
import { Box, Paper } from '@mui/material'
import { memo, useCallback, useDeferredValue, useLayoutEffect, useRef, type Ref } from 'react'
import { t } from '../../i18n/index.ts'
import { revealKey, useIsCollapsed, useIsSelected, useRule, useSelect } from '../../state/index.ts'
import { useRuleMark } from '../../state/simulation.ts'
import { ruleElementId } from './focus.ts'
import { RuleCardHeader } from './RuleCardHeader.tsx'
import { RuleEditor } from './RuleEditor.tsx'
import { useRevealTarget } from './useRevealTarget.ts'

interface RuleCardProps {
  id: string
  /** 0-based position in match order. */
  index: number
  isLast: boolean
  /**
   * In a long list (VirtualRuleRows.tsx): where the card sits (px from the list's top) and the list's measuring
   * ref; a short list leaves both out and the card flows.
   */
  top?: number
  measureRef?: Ref<HTMLLIElement>
  /** In a long list: the card's height changed in this commit (its editor appeared); the list measures it. */
  onResized?: (el: HTMLLIElement) => void
}

/**
 * RuleCard: one rule, a group named "Rule N". Memoized: typing in one rule re-renders only that card; a
 * collapsed card renders just its header and summary.
 */
export const RuleCard = memo(function RuleCard({
  id,
  index,
  isLast,
  top,
  measureRef,
  onResized,
}: RuleCardProps) {
  const rule = useRule(index)
  const collapsed = useIsCollapsed(id)
  // Opening a rule shows its header's new state at once and renders the editor (a screenful of MUI fields) at
  // low priority: React renders it in slices between other work rather than in the click's task (measured:
  // most of a 2,000-rule page's longest task on opening a rule). Closing is at once; a card that mounts open
  // (a new rule, one scrolled into a long list) shows its editor in its first render.
  const deferredOpen = useDeferredValue(!collapsed)
  const bodyShown = !collapsed && deferredOpen
  const itemRef = useRef<HTMLLIElement | null>(null)
  const bodyShownBefore = useRef(bodyShown)
  useLayoutEffect(() => {
    const appeared = bodyShown && !bodyShownBefore.current
    bodyShownBefore.current = bodyShown
    if (appeared && itemRef.current) onResized?.(itemRef.current)
  }, [bodyShown, onResized])
  /** A card of the long list, placed by VirtualRuleRows at `top`. */
  const virtual = top !== undefined
  const selected = useIsSelected(id)
  const select = useSelect()
  const sortable = useSortable({ id })
  const onFocus = useCallback(() => select(id), [select, id])
  // The simulator's verdict on this rule, and "show me this rule" requests (problems, simulator).
  const mark = useRuleMark(id)
  const matched = mark?.kind === 'matched'
  const cardRef = useRevealTarget<HTMLDivElement>(revealKey(index))
  const { setNodeRef } = sortable
  const ref = useCallback(
    (el: HTMLLIElement | null) => {
      itemRef.current = el
      setNodeRef(el)
      if (typeof measureRef === 'function') measureRef(el)
      else if (measureRef) measureRef.current = el
    },
    [setNodeRef, measureRef],
  )
  if (!rule) return null
  const bodyId = `${ruleElementId(id)}-body`
  return (
    <Box
      component="li"
      ref={ref}
      data-index={index}
      style={{
        transform: CSS.Translate.toString(sortable.transform),
        transition: sortable.transition,
        ...(virtual ? { position: 'absolute', top, left: 0, right: 0 } : {}),
      }}
      sx={{
        position: 'relative',
        zIndex: sortable.isDragging ? 2 : undefined,
        // Off-screen collapsed cards of the short list skip rendering work. Never in the virtual list: it
        // renders only cards near the view already, and a card sized by its 96 px placeholder while off screen,
        // then by its content, moves the page under the reader (End stopped short of the last rule).
        contentVisibility: collapsed && !virtual && !sortable.isDragging ? 'auto' : undefined,
        containIntrinsicBlockSize: collapsed && !virtual ? 'auto 96px' : undefined,
      }}
    >
      <Paper
        ref={cardRef}
        role="group"
        aria-label={t.rules.ruleName(index + 1)}
        id={ruleElementId(id)}
        data-rule-id={id}
        tabIndex={-1}
        variant="outlined"
        onFocusCapture={onFocus}
        onPointerDown={onFocus}
        sx={{
          borderColor: matched ? 'success.main' : selected ? 'primary.main' : 'divider',
          boxShadow: sortable.isDragging
            ? 6
            : matched
              ? (th) => `inset 0 0 0 1px ${th.palette.success.main}`
              : undefined,
          '&:focus-visible': { outline: 2, outlineColor: 'primary.main', outlineOffset: 2 },
        }}
      >
        <RuleCardHeader
          id={id}
          index={index}
          isLast={isLast}
          rule={rule}
          collapsed={collapsed}
          bodyId={bodyId}
          handleRef={sortable.setActivatorNodeRef}
          handleAttributes={sortable.attributes}
          handleListeners={sortable.listeners}
          mark={mark}
        />
        {bodyShown && (
          <Box id={bodyId} sx={{ px: { xs: 1.5, sm: 2 }, pb: 2, pt: 0.5 }}>
            <RuleEditor index={index} rule={rule} />
          </Box>
        )}
      </Paper>
    </Box>
  )
})
