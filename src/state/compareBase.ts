// The base "Compare with…" compares the policy with, for this page. Kept in state/ so that the share link
// (features/session) can carry it and bring it back while the comparison itself loads lazily.
import { useSyncExternalStore } from 'react'
import type { BuiltinRules } from '../policy/effective.ts'
import { readRenderedPolicy } from '../policy/rendered.ts'
import type { Policy, Target } from '../policy/types.ts'

/** CompareBase: a policy to compare with, what it came from (for the header), and its text if it came as text. */
export interface CompareBase {
  policy: Policy
  text?: string
  summary: string
  /**
   * When the base is the policy rendered on a DKP master: DKP's built-in rules as the cluster rendered them
   * (both sides of the comparison run them), `policy` being the user's rules between them.
   */
  builtin?: BuiltinRules
  /** The whole policy as given, when it reads as rendered on a master (whether or not it is read so now). */
  rendered?: { policy: Policy; text?: string }
}

/**
 * compareBaseOf: the base for a policy given as is. On DKP, a policy rendered on a master (DKP's built-in rules
 * around the user's) is read so, unless `asRendered` is false: its user's rules are the base, its built-in
 * rules run on both sides.
 */
export function compareBaseOf(
  given: { policy: Policy; text?: string; summary: string },
  target: Target,
  asRendered = true,
): CompareBase {
  const read = target === 'deckhouse' ? readRenderedPolicy(given.policy) : null
  if (!read) return given
  const rendered = { policy: given.policy, ...(given.text === undefined ? {} : { text: given.text }) }
  if (!asRendered) return { ...given, rendered }
  return { policy: read.user, summary: given.summary, builtin: read.builtin, rendered }
}

/**
 * baseForTarget: the base as compared under `target`. A policy rendered on a DKP master is read so only on DKP:
 * on plain Kubernetes no built-in rules wrap the user's, so the whole file is the base (the stored base keeps its
 * reading, and switching back to DKP reads it as rendered again).
 */
export function baseForTarget(base: CompareBase, target: Target): CompareBase {
  if (target === 'deckhouse' || !base.builtin || !base.rendered) return base
  const { policy, text } = base.rendered
  return { policy, ...(text === undefined ? {} : { text }), summary: base.summary, rendered: base.rendered }
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
