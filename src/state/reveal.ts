// "Show me where": a tiny pub-sub through which one part of the page asks another to reveal a place in the
// policy, named by a diagnostic's `at` path (`rules[3].resources[0].group`). The YAML editor answers
// where='yaml' (switches to the Policy tab and puts the cursor there); the forms may answer where='form'; the
// ModuleConfig controls answer where='moduleConfig', for a place named by its ModuleConfig path
// (`spec.settings.apiserver.auditLog.path`).
import { useEffect, useRef } from 'react'

/** Where to reveal a place: in the YAML editor, in the rule forms, or in the ModuleConfig controls. */
export type RevealWhere = 'yaml' | 'form' | 'moduleConfig'

/**
 * RevealTarget: a place (`at` as in Diagnostic.at, '' is the whole policy; for where='moduleConfig' the
 * ModuleConfig path, as in the ModuleConfig's Diagnostic.path) and where to show it.
 */
export interface RevealTarget {
  at: string
  where: RevealWhere
}

type Listener = (target: RevealTarget) => void

const listeners = new Set<{ where: RevealWhere; handler: Listener }>()
/** The last request per `where`, kept briefly for a handler that mounts because of it (a lazily shown tab). */
const pending = new Map<RevealWhere, { target: RevealTarget; time: number }>()
/** How long an unclaimed request waits for a late handler. */
const PENDING_MS = 5000

/** requestReveal asks whoever handles `target.where` to show `target.at`. */
export function requestReveal(target: RevealTarget): void {
  pending.set(target.where, { target, time: Date.now() })
  for (const l of [...listeners]) if (l.where === target.where) l.handler(target)
}

/** subscribeReveal calls `handler` for every later request for `where`; returns the unsubscribe function. */
export function subscribeReveal(where: RevealWhere, handler: Listener): () => void {
  const entry = { where, handler }
  listeners.add(entry)
  return () => listeners.delete(entry)
}

/**
 * takePendingReveal returns (and forgets) the last request for `where` made in the last few seconds, for a
 * handler that was not mounted when it was made; undefined when there is none.
 */
export function takePendingReveal(where: RevealWhere): RevealTarget | undefined {
  const p = pending.get(where)
  pending.delete(where)
  return p && Date.now() - p.time <= PENDING_MS ? p.target : undefined
}

/** useRevealRequests calls `handler` for every reveal request for `where` while the component is mounted. */
export function useRevealRequests(where: RevealWhere, handler: (target: RevealTarget) => void): void {
  const latest = useRef(handler)
  useEffect(() => {
    latest.current = handler
  })
  useEffect(() => subscribeReveal(where, (target) => latest.current(target)), [where])
}

/** hasPendingReveal tells whether a request for `where` from the last few seconds still waits for its handler. */
export function hasPendingReveal(where: RevealWhere): boolean {
  const p = pending.get(where)
  return p !== undefined && Date.now() - p.time <= PENDING_MS
}
