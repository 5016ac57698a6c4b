import { evaluatePolicy } from '../../policy/evaluate.ts'
import { policyRun, type PolicyRun } from '../../policy/simulate.ts'
import type { Policy, Target } from '../../policy/types.ts'
import { memoLast, useEditorSelector, type SavedRequest } from '../../state/index.ts'

const runOf = memoLast(
  (policy: Policy, target: Target, auditPolicyEnabled: boolean, basicAuditPolicyEnabled: boolean) =>
    policyRun(policy, { target, dkp: { auditPolicyEnabled, basicAuditPolicyEnabled } }),
)

/** usePolicyRun: the policy the API server runs for the document (the effective one on DKP). */
export function usePolicyRun(): PolicyRun {
  return useEditorSelector((s) =>
    runOf(s.doc.policy, s.doc.target, s.doc.dkp.auditPolicyEnabled, s.doc.dkp.basicAuditPolicyEnabled),
  )
}

/** SavedCheck: the level a saved request gets now, and whether that is the expected one. */
export interface SavedCheck {
  actual: string
  pass: boolean
}

/** checkSaved re-checks every saved request against the policy that runs (memoized for the last inputs). */
export const checkSaved = memoLast((run: PolicyRun, saved: readonly SavedRequest[]): SavedCheck[] =>
  saved.map((s) => {
    const actual = evaluatePolicy(run.policy, s.request).level
    return { actual, pass: actual === s.expectedLevel }
  }),
)

/** useSavedRequests: the document's saved test requests. */
export function useSavedRequests(): readonly SavedRequest[] {
  return useEditorSelector((s) => s.doc.savedRequests)
}

/** useSavedChecks: each saved request's current level and pass/fail, recomputed on every edit. */
export function useSavedChecks(): SavedCheck[] {
  const run = usePolicyRun()
  return checkSaved(run, useSavedRequests())
}
