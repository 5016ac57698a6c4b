import { useState } from 'react'

/**
 * useOpenedOnce: whether `open` has been true at least once. A lazily loaded overlay mounts from its first opening
 * on (its code loads then), and stays mounted so it can animate out when it closes.
 */
export function useOpenedOnce(open: boolean): boolean {
  const [opened, setOpened] = useState(open)
  // Set during render (React's pattern for state derived from a prop), so the first opening renders at once.
  if (open && !opened) setOpened(true)
  return opened || open
}
