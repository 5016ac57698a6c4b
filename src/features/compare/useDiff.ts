import { useDeferredValue, useMemo } from 'react'
import { diffPolicies, type PolicyDiff } from '../../policy/diff.ts'
import type { Policy } from '../../policy/types.ts'
import { useDkpSettings, usePolicy, useTarget } from '../../state/index.ts'
import type { Base } from './baseStore.ts'

/**
 * useDiff: the base against the policy being edited (returned with the diff: the policy it was computed for), for the target chosen (on DKP both effective policies).
 * Deferred: typing stays quick, the comparison follows (a DKP comparison takes a few hundred milliseconds).
 */
export function useDiff(base: Base): { diff: PolicyDiff; policy: Policy } {
  const policy = useDeferredValue(usePolicy())
  const target = useTarget()
  const { auditPolicyEnabled, basicAuditPolicyEnabled } = useDkpSettings()
  return useMemo(
    () => ({
      diff: diffPolicies(base.policy, policy, {
        target,
        dkp: { auditPolicyEnabled, basicAuditPolicyEnabled },
      }),
      policy,
    }),
    [base, policy, target, auditPolicyEnabled, basicAuditPolicyEnabled],
  )
}
