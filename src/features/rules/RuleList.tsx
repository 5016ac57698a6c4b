import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
} from '@dnd-kit/core'
import { SortableContext, sortableKeyboardCoordinates, verticalListSortingStrategy } from '@dnd-kit/sortable'
import { Box } from '@mui/material'
import { lazy, Suspense, useCallback, useMemo } from 'react'
import { t } from '../../i18n/index.ts'
import { moveRule, useDispatch } from '../../state/index.ts'
import { RuleCard } from './RuleCard.tsx'
import { RuleListFallback } from './RuleListFallback.tsx'

/**
 * A list of more rules than this renders only the cards near the view (VirtualRuleRows.tsx, loaded with the
 * first such list): every card of a short list is in the page (find in page, screen readers' lists); a long one
 * (up to MAX_RULES, 2,000) would take seconds to render and lay out on every edit.
 */
const VIRTUALIZE_OVER = 50
const VirtualRuleRows = lazy(() =>
  import('./VirtualRuleRows.tsx').then((m) => ({ default: m.VirtualRuleRows })),
)

/** RuleList: the rules in match order, reorderable by drag and drop and by keyboard (dnd-kit). */
export function RuleList({ ids }: { ids: readonly string[] }) {
  const dispatch = useDispatch()
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  )

  const position = useCallback((id: string | number | undefined) => ids.indexOf(String(id)) + 1, [ids])
  const announcements = useMemo<Announcements>(
    () => ({
      onDragStart: ({ active }) => t.rules.dnd.pickedUp(position(active.id)),
      // Over its own place (right after pick-up) says nothing new.
      onDragOver: ({ active, over }) =>
        over && over.id !== active.id ? t.rules.dnd.over(position(active.id), position(over.id)) : undefined,
      onDragEnd: ({ active, over }) =>
        over
          ? t.rules.dnd.dropped(position(active.id), position(over.id))
          : t.rules.dnd.cancelled(position(active.id)),
      onDragCancel: ({ active }) => t.rules.dnd.cancelled(position(active.id)),
    }),
    [position],
  )

  const onDragEnd = useCallback(
    ({ active, over }: DragEndEvent) => {
      if (!over || active.id === over.id) return
      dispatch(moveRule, ids.indexOf(String(active.id)), ids.indexOf(String(over.id)))
    },
    [dispatch, ids],
  )

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      onDragEnd={onDragEnd}
      accessibility={{ announcements, screenReaderInstructions: { draggable: t.rules.dnd.instructions } }}
    >
      <SortableContext items={ids as string[]} strategy={verticalListSortingStrategy}>
        {ids.length > VIRTUALIZE_OVER ? (
          <Suspense fallback={<RuleListFallback count={ids.length} />}>
            <VirtualRuleRows ids={ids} />
          </Suspense>
        ) : (
          <Box
            component="ol"
            sx={{
              listStyle: 'none',
              m: 0,
              p: 0,
              display: 'grid',
              gridTemplateColumns: 'minmax(0, 1fr)',
              gap: 1,
            }}
          >
            {ids.map((id, i) => (
              <RuleCard key={id} id={id} index={i} isLast={i === ids.length - 1} />
            ))}
          </Box>
        )}
      </SortableContext>
    </DndContext>
  )
}
