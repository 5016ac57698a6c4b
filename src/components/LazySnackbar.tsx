import Portal from '@mui/material/Portal'
import type { SnackbarProps } from '@mui/material'
import { lazy, Suspense, useEffect, useId, useMemo, useRef } from 'react'
import { useOpenedOnce } from './useOpenedOnce.ts'

// MUI's Snackbar (with its Grow transition and click-away listener, about 3 KB gzip) is not needed until there
// is something to say, and a closed snackbar renders nothing: its code loads when it first opens, so it is not
// part of the first screen.
const Snackbar = lazy(() => import('@mui/material/Snackbar'))

/** The snackbar on screen (one at a time: a newer one closes it), with how to close it. */
let shown: { id: string; close: () => void } | null = null

/**
 * LazySnackbar is MUI's Snackbar (same props), loaded on its first opening. Snackbars never stack: one that
 * opens closes the one on screen (its onClose gets reason 'timeout', as if its time was up). On a wide screen it
 * shows over the page title in the header (slotPlace), where it covers no rule, field or button; on a phone at
 * the bottom, as MUI places it.
 */
export function LazySnackbar(props: SnackbarProps) {
  const id = useId()
  const onClose = useRef(props.onClose)
  useEffect(() => {
    onClose.current = props.onClose
  })
  useEffect(() => {
    if (!props.open) return
    if (shown && shown.id !== id) shown.close()
    const me = { id, close: () => onClose.current?.(new Event('close'), 'timeout') }
    shown = me
    return () => {
      if (shown === me) shown = null
    }
  }, [props.open, props.message, id])
  const place = useMemo(() => (props.open ? slotPlace() : null), [props.open])
  if (!useOpenedOnce(props.open === true)) return null
  return (
    <Suspense fallback={null}>
      {/* In the body, so that it sits above the sticky header whatever stacking context it is declared in. */}
      <Portal>
        <Snackbar
          {...props}
          {...(place && {
            anchorOrigin: { vertical: 'top', horizontal: 'left' },
            sx: {
              top: `${place.top}px !important`,
              left: `${place.left}px !important`,
              right: 'auto',
              width: place.width,
            },
          })}
        />
      </Portal>
    </Suspense>
  )
}

/** The height a one-line snackbar takes (MUI's SnackbarContent with an action, or a filled Alert). */
const SNACKBAR_PX = 48
/** The narrowest title place a confirmation goes to; narrower (a phone), it shows at the bottom. */
const MIN_SLOT_PX = 320

/**
 * slotPlace: where a snackbar covers nothing the user works on: over the page title in the header (the element
 * marked `data-snackbar-slot`), vertically centred in the header; null where that place is too narrow.
 */
function slotPlace(): { top: number; left: number; width: number } | null {
  const slot = document.querySelector('[data-snackbar-slot]')
  const bar = slot?.parentElement
  if (!slot || !bar) return null
  const s = slot.getBoundingClientRect()
  const b = bar.getBoundingClientRect()
  if (s.width < MIN_SLOT_PX) return null
  return { top: Math.max(0, b.top + (b.height - SNACKBAR_PX) / 2), left: s.left, width: s.width }
}
