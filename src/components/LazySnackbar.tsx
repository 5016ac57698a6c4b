import type { SnackbarProps } from '@mui/material'
import { lazy, Suspense, useState } from 'react'

// MUI's Snackbar (with its Grow transition and click-away listener, about 3 KB gzip) is not needed until there
// is something to say, and a closed snackbar renders nothing: its code loads when it first opens, so it is not
// part of the first screen.
const Snackbar = lazy(() => import('@mui/material/Snackbar'))

/** LazySnackbar is MUI's Snackbar (same props), loaded on its first opening. */
export function LazySnackbar(props: SnackbarProps) {
  // Mounted from the first opening on, so the snackbar can animate out when it closes.
  const [opened, setOpened] = useState(props.open === true)
  if (props.open && !opened) setOpened(true)
  if (!opened) return null
  return (
    <Suspense fallback={null}>
      <Snackbar {...props} />
    </Suspense>
  )
}
