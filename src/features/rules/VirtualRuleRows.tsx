import { useDndMonitor } from '@dnd-kit/core'
import { Box } from '@mui/material'
import {
  defaultRangeExtractor,
  measureElement,
  useWindowVirtualizer,
  type Range,
  type Virtualizer,
} from '@tanstack/react-virtual'
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react'
import { useCollapsedIds, useRevealRuleRequest, useSelectedRuleId } from '../../state/index.ts'
import { ruleElementId } from './focus.ts'
import { RuleCard } from './RuleCard.tsx'

/** Estimated heights of a card not measured yet (px): collapsed (header and a one-line summary, measured 64 px
 * at 1440×900) and open (the forms). A wrong estimate moves the page under the reader as cards get measured. */
const COLLAPSED_PX = 64
const EXPANDED_PX = 640
/** The gap between cards (px), as in the short list (theme spacing 1). */
const GAP_PX = 8
/** Cards rendered beyond the view on each side, so Tab and the arrow keys find the next card in the page. */
const OVERSCAN = 4

/**
 * measureCard: a card's height as the list's ResizeObserver reports it (after the browser's own layout). When a
 * card enters the page there is no report yet: its last height, else its estimate, rather than reading
 * offsetHeight there (that lays out the whole page inside React's commit: measured 45% of a 2,000-rule Undo's
 * task); the observer reports the real height after layout. Collapsed cards, most of a long list, are the
 * estimate's height at any width wide enough for one summary line.
 */
function measureCard(
  el: HTMLLIElement,
  entry: ResizeObserverEntry | undefined,
  instance: Virtualizer<Window, HTMLLIElement>,
): number {
  if (entry) return measureElement(el, entry, instance)
  const index = instance.indexFromElement(el)
  return (
    instance.itemSizeCache.get(instance.options.getItemKey(index)) ?? instance.options.estimateSize(index)
  )
}

/**
 * VirtualRuleRows: the cards of a long rule list, only those near the view in the page (@tanstack/react-virtual
 * over the window's scroll), so an edit re-renders and lays out a screenful, not thousands of cards. The
 * selected card (where keyboard focus is) and the card being dragged stay in the page wherever they are; a card
 * asked for ("show me where", focus after an action) is scrolled to.
 */
export function VirtualRuleRows({ ids }: { ids: readonly string[] }) {
  const listRef = useRef<HTMLOListElement>(null)
  const collapsed = useCollapsedIds()
  const selected = useSelectedRuleId()
  const [dragged, setDragged] = useState<string | null>(null)
  useDndMonitor({
    onDragStart: ({ active }) => setDragged(String(active.id)),
    onDragEnd: () => setDragged(null),
    onDragCancel: () => setDragged(null),
  })

  // Where the list starts in the page (it scrolls with the page, below the settings and the findings).
  const [scrollMargin, setScrollMargin] = useState(0)
  useLayoutEffect(() => {
    const list = listRef.current
    if (!list) return
    const measure = () => setScrollMargin(Math.round(list.getBoundingClientRect().top + window.scrollY))
    measure()
    const observer = new ResizeObserver(measure)
    observer.observe(document.body)
    return () => observer.disconnect()
  }, [])

  const selectedIndex = selected === null ? -1 : ids.indexOf(selected)
  const draggedIndex = dragged === null ? -1 : ids.indexOf(dragged)
  const rangeExtractor = useCallback(
    (range: Range) => {
      const shown = defaultRangeExtractor(range)
      const kept = [selectedIndex, draggedIndex].filter(
        (i) => i >= 0 && i < range.count && !shown.includes(i),
      )
      return kept.length === 0 ? shown : [...shown, ...kept].sort((a, b) => a - b)
    },
    [selectedIndex, draggedIndex],
  )
  const getItemKey = useCallback((i: number) => ids[i] ?? i, [ids])
  const estimateSize = useCallback(
    (i: number) => (collapsed.has(ids[i] ?? '') ? COLLAPSED_PX : EXPANDED_PX),
    [ids, collapsed],
  )
  const virtualizer = useWindowVirtualizer<HTMLLIElement>({
    count: ids.length,
    estimateSize,
    getItemKey,
    overscan: OVERSCAN,
    gap: GAP_PX,
    scrollMargin,
    rangeExtractor,
    measureElement: measureCard,
    // Scrolling re-renders in React's own time rather than synchronously inside the scroll event (measured:
    // 280 ms of flushSync re-render in the task of an Add rule on 2,000 rules).
    useFlushSync: false,
  })

  const idsRef = useRef(ids)
  useLayoutEffect(() => {
    idsRef.current = ids
  }, [ids])
  // Collapsing or expanding changes the height of those cards. Cards in the page are measured again at once
  // (the cards below move before the next paint); when some out of the page changed too (all at once), what
  // was measured is forgotten, so the cards left out take their new estimate. A new set with the same cards
  // collapsed (an edit that adds or removes a rule) changes no height and measures nothing.
  const lastCollapsed = useRef(collapsed)
  useLayoutEffect(() => {
    const before = lastCollapsed.current
    if (before === collapsed) return
    lastCollapsed.current = collapsed
    const listed = new Set(idsRef.current)
    const flipped = new Set(
      [...before, ...collapsed].filter((id) => before.has(id) !== collapsed.has(id) && listed.has(id)),
    )
    if (flipped.size === 0) return
    const inPage = virtualizer.elementsCache
    const outside = [...flipped].some((id) => !inPage.has(id))
    if (outside) virtualizer.measure()
    for (const [id, el] of inPage)
      if (el.isConnected && (outside || flipped.has(String(id))))
        virtualizer.resizeItem(virtualizer.indexFromElement(el), el.offsetHeight)
  }, [collapsed, virtualizer])

  // A card's editor appears a moment after the card was opened (RuleCard renders it at low priority): that
  // card is measured again as it appears, so the cards below move before the next paint.
  const onResized = useCallback(
    (el: HTMLLIElement) => {
      if (el.isConnected) virtualizer.resizeItem(virtualizer.indexFromElement(el), el.offsetHeight)
    },
    [virtualizer],
  )

  // "Show me where" for a place inside a rule (state/reveal.ts): the store selects the rule, so its card is in
  // the page (rangeExtractor); a card out of view is scrolled to, and its field then serves the request.
  const wanted = useRevealRuleRequest()
  useEffect(() => {
    if (!wanted) return
    const i = idsRef.current.indexOf(wanted.ruleId)
    if (i < 0) return
    const card = document.getElementById(ruleElementId(wanted.ruleId))?.getBoundingClientRect()
    if (!card || card.bottom <= 0 || card.top >= window.innerHeight)
      virtualizer.scrollToIndex(i, { align: 'center' })
  }, [wanted, virtualizer])

  return (
    <Box
      component="ol"
      ref={listRef}
      sx={{ listStyle: 'none', m: 0, p: 0, position: 'relative' }}
      style={{ height: virtualizer.getTotalSize() }}
    >
      {virtualizer.getVirtualItems().map((item) => {
        const id = ids[item.index]!
        return (
          <RuleCard
            key={id}
            id={id}
            index={item.index}
            isLast={item.index === ids.length - 1}
            top={item.start - scrollMargin}
            measureRef={virtualizer.measureElement}
            onResized={onResized}
          />
        )
      })}
    </Box>
  )
}
