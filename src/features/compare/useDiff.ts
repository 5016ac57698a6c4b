import { useDeferredValue, useMemo } from 'react'
import { diffPolicies, type PolicyDiff } from '../../policy/diff.ts'
import { useDkpSettings, usePolicy, useTarget } from '../../state/index.ts'
import type { Base } from './baseStore.ts'

/**
 * useDiff: the base against the policy being edited, for the target chosen (on DKP both effective policies).
 * Deferred: typing stays quick, the comparison follows (a DKP comparison takes a few hundred milliseconds).
 */
export function useDiff(base: Base): PolicyDiff {
  const policy = useDeferredValue(usePolicy())
  const target = useTarget()
  const { auditPolicyEnabled, basicAuditPolicyEnabled } = useDkpSettings()
  return useMemo(
    () =>
      diffPolicies(base.policy, policy, {
        target,
        dkp: { auditPolicyEnabled, basicAuditPolicyEnabled },
      }),
    [base, policy, target, auditPolicyEnabled, basicAuditPolicyEnabled],
  )
}
