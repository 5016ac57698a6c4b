import type { SnackbarProps } from '@mui/material'
import { lazy, Suspense, useEffect, useId, useRef } from 'react'
import { useOpenedOnce } from './useOpenedOnce.ts'

// MUI's Snackbar (with its Grow transition and click-away listener, about 3 KB gzip) is not needed until there
// is something to say, and a closed snackbar renders nothing: its code loads when it first opens, so it is not
// part of the first screen.
const Snackbar = lazy(() => import('@mui/material/Snackbar'))

/** The snackbar on screen (one at a time: a newer one closes it), with how to close it. */
let shown: { id: string; close: () => void } | null = null

/**
 * LazySnackbar is MUI's Snackbar (same props), loaded on its first opening. Snackbars never stack: one that
 * opens closes the one on screen (its onClose gets reason 'timeout', as if its time was up).
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
  if (!useOpenedOnce(props.open === true)) return null
  return (
    <Suspense fallback={null}>
      <Snackbar {...props} />
    </Suspense>
  )
}
