import type { SnackbarProps } from '@mui/material'
import { lazy, Suspense } from 'react'
import { useOpenedOnce } from './useOpenedOnce.ts'

// MUI's Snackbar (with its Grow transition and click-away listener, about 3 KB gzip) is not needed until there
// is something to say, and a closed snackbar renders nothing: its code loads when it first opens, so it is not
// part of the first screen.
const Snackbar = lazy(() => import('@mui/material/Snackbar'))

/** LazySnackbar is MUI's Snackbar (same props), loaded on its first opening. */
export function LazySnackbar(props: SnackbarProps) {
  if (!useOpenedOnce(props.open === true)) return null
  return (
    <Suspense fallback={null}>
      <Snackbar {...props} />
    </Suspense>
  )
}
