// The comparison's worker: diffPolicies off the main thread (a DKP comparison walks both effective policies,
// built-in rules included, and takes a few hundred milliseconds: typing must not wait for it).
import { diffPolicies, type DiffOptions, type PolicyDiff } from '../../policy/diff.ts'
import type { Policy } from '../../policy/types.ts'

export interface DiffJob {
  id: number
  base: Policy
  policy: Policy
  options: DiffOptions
}

export type DiffAnswer = { id: number; diff: PolicyDiff } | { id: number; error: string }

self.onmessage = (e: MessageEvent<DiffJob>) => {
  const { id, base, policy, options } = e.data
  let answer: DiffAnswer
  try {
    answer = { id, diff: diffPolicies(base, policy, options) }
  } catch (err) {
    answer = { id, error: err instanceof Error ? err.message : String(err) }
  }
  self.postMessage(answer)
}
