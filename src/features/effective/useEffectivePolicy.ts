import { policyRun, type PolicyRun } from '../../policy/simulate.ts'
import type { Policy } from '../../policy/types.ts'
import { memoLast, useEditorSelector } from '../../state/index.ts'

const effectiveOf = memoLast(
  (policy: Policy, auditPolicyEnabled: boolean, basicAuditPolicyEnabled: boolean) =>
    policyRun(policy, { target: 'deckhouse', dkp: { auditPolicyEnabled, basicAuditPolicyEnabled } }),
)

/** useEffectivePolicy: the policy DKP renders for kube-apiserver from the document and its settings. */
export function useEffectivePolicy(): PolicyRun {
  return useEditorSelector((s) =>
    effectiveOf(s.doc.policy, s.doc.dkp.auditPolicyEnabled, s.doc.dkp.basicAuditPolicyEnabled),
  )
}
