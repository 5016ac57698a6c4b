// The base "Compare with…" compares the policy with, for this page. Kept in state/ so that the share link
// (features/session) can carry it and bring it back while the comparison itself loads lazily.
import { useSyncExternalStore } from 'react'
import type { Policy } from '../policy/types.ts'

/** CompareBase: a policy to compare with, what it came from (for the header), and its text if it came as text. */
export interface CompareBase {
  policy: Policy
  text?: string
  summary: string
}

let current: CompareBase | null = null
const listeners = new Set<() => void>()

/** setCompareBase sets (or, with null, clears) the base. */
export function setCompareBase(base: CompareBase | null): void {
  current = base
  for (const l of [...listeners]) l()
}

/** getCompareBase: the base now (outside React). */
export const getCompareBase = (): CompareBase | null => current

/** useCompareBase: the base, or null when nothing is compared. */
export function useCompareBase(): CompareBase | null {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l)
      return () => listeners.delete(l)
    },
    () => current,
  )
}
