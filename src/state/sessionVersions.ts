// The versions of the policy this session started from: as the page opened, and each one loaded since
// (an import, a preset, a restored or shared document). "Compare with…" offers them as a base.
import { useSyncExternalStore } from 'react'
import type { Policy } from '../policy/types.ts'
import type { EditorStore } from './store.ts'

/** SessionVersion: a policy as it was opened or loaded, and when. */
export interface SessionVersion {
  kind: 'opened' | 'loaded'
  /** Milliseconds since the epoch. */
  at: number
  policy: Policy
}

const MAX_VERSIONS = 10
let versions: readonly SessionVersion[] = []
const listeners = new Set<() => void>()

function record(kind: SessionVersion['kind'], policy: Policy): void {
  const last = versions[versions.length - 1]
  if (last && JSON.stringify(last.policy) === JSON.stringify(policy)) return
  versions = [...versions, { kind, at: Date.now(), policy }].slice(-MAX_VERSIONS)
  for (const l of [...listeners]) l()
}

/**
 * startSessionVersions records the store's policy now, then each policy that comes in whole: a reset or a
 * saved load (the pristine document changes), or a document whose rules are all new (an import replaced them).
 */
export function startSessionVersions(store: EditorStore): () => void {
  let seen = store.getState()
  record('opened', seen.doc.policy)
  return store.subscribe(() => {
    const s = store.getState()
    if (s.doc === seen.doc && s.pristine === seen.pristine) return
    const known = new Set(seen.doc.ruleIds)
    const replaced = s.doc.ruleIds.length > 0 && s.doc.ruleIds.every((id) => !known.has(id))
    if (s.pristine !== seen.pristine || replaced) record('loaded', s.doc.policy)
    seen = s
  })
}

/** sessionVersions: the versions recorded so far, oldest first (outside React). */
export const sessionVersions = (): readonly SessionVersion[] => versions

/** useSessionVersions: the versions recorded so far, oldest first. */
export function useSessionVersions(): readonly SessionVersion[] {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l)
      return () => listeners.delete(l)
    },
    () => versions,
  )
}
