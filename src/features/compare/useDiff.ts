import { useEffect, useMemo, useState } from 'react'
import { diffPolicies, type DiffOptions, type PolicyDiff } from '../../policy/diff.ts'
import type { Policy } from '../../policy/types.ts'
import { useDkpSettings, usePolicy, useTarget } from '../../state/index.ts'
import type { Base } from './baseStore.ts'
import type { DiffAnswer, DiffJob } from './diff.worker.ts'

/** ComparedDiff: a comparison and the policy it was computed for; `stale` while a newer one is computed. */
export interface ComparedDiff {
  diff: PolicyDiff
  policy: Policy
  /** What it was computed under (the target, DKP's settings, the base's built-in rules). */
  options: DiffOptions
  stale: boolean
}

let worker: Worker | null = null
let nextId = 1
const waiting = new Map<number, (a: DiffAnswer) => void>()

/** compute runs diffPolicies in the comparison's worker (in the page where there are no workers: unit tests). */
function compute(job: Omit<DiffJob, 'id'>): Promise<PolicyDiff> {
  if (typeof Worker === 'undefined') return Promise.resolve(diffPolicies(job.base, job.policy, job.options))
  if (!worker) {
    worker = new Worker(new URL('./diff.worker.ts', import.meta.url), { type: 'module', name: 'policy-diff' })
    worker.onmessage = (e: MessageEvent<DiffAnswer>) => {
      waiting.get(e.data.id)?.(e.data)
      waiting.delete(e.data.id)
    }
  }
  const id = nextId++
  const w = worker
  return new Promise((resolve, reject) => {
    waiting.set(id, (a) => ('diff' in a ? resolve(a.diff) : reject(new Error(a.error))))
    w.postMessage({ id, ...job } satisfies DiffJob)
  })
}

/**
 * useDiff: the base against the policy being edited, for the target chosen (on DKP both effective policies),
 * computed off the main thread: typing stays quick, the comparison follows. Null until the first one is ready;
 * afterwards the last one stays shown (stale) while the next is computed.
 */
export function useDiff(base: Base): ComparedDiff | null {
  const policy = usePolicy()
  const target = useTarget()
  const { auditPolicyEnabled, basicAuditPolicyEnabled } = useDkpSettings()
  // A base rendered on a master brings the cluster's own built-in rules: both sides run them.
  const builtin = base.builtin
  const options = useMemo<DiffOptions>(
    () => ({ target, dkp: { auditPolicyEnabled, basicAuditPolicyEnabled }, ...(builtin ? { builtin } : {}) }),
    [target, auditPolicyEnabled, basicAuditPolicyEnabled, builtin],
  )
  const [done, setDone] = useState<{
    for: unknown[]
    diff: PolicyDiff
    policy: Policy
    options: DiffOptions
  } | null>(null)
  useEffect(() => {
    let live = true
    const inputs = [base, policy, options]
    compute({ base: base.policy, policy, options }).then(
      (diff) => live && setDone({ for: inputs, diff, policy, options }),
      // diffPolicies does not throw on valid policies; if it ever did, the last comparison stays shown.
      (e: unknown) => console.error('comparison failed', e),
    )
    return () => {
      live = false
    }
  }, [base, policy, options])
  const stale = !done || done.for[1] !== policy || done.for[2] !== options
  // One object per comparison and staleness: what is computed from it (the measuring on a log) follows it.
  return useMemo(
    () =>
      // A comparison for another base is not shown as if it were this one's.
      done && done.for[0] === base
        ? { diff: done.diff, policy: done.policy, options: done.options, stale }
        : null,
    [done, base, stale],
  )
}
