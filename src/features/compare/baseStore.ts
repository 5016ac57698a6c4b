// The base the policy is compared with, for this page: what the user pasted, dropped or chose.
import { useSyncExternalStore } from 'react'
import type { Policy } from '../../policy/types.ts'

/** Base: a policy to compare with, what it came from (for the header), and its text (for the text diff). */
export interface Base {
  policy: Policy
  text: string
  summary: string
}

let current: Base | null = null
const listeners = new Set<() => void>()

/** setBase sets (or, with null, clears) the base. */
export function setBase(base: Base | null): void {
  current = base
  for (const l of [...listeners]) l()
}

/** useBase: the base, or null when nothing is compared. */
export function useBase(): Base | null {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l)
      return () => listeners.delete(l)
    },
    () => current,
  )
}
