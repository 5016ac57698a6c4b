import { useMemo } from 'react'
import type { PolicyUnderTest } from '../../auditlog/types.ts'
import { useDkpSettings, usePolicy, useTarget } from '../../state/index.ts'
import { policiesUnderTest } from './policiesUnderTest.ts'

/** usePoliciesUnderTest: the policies to report on, recomputed when the policy, target or DKP switches change. */
export function usePoliciesUnderTest(): PolicyUnderTest[] {
  const policy = usePolicy()
  const target = useTarget()
  const { auditPolicyEnabled, basicAuditPolicyEnabled } = useDkpSettings()
  return useMemo(
    () => policiesUnderTest(policy, target, { auditPolicyEnabled, basicAuditPolicyEnabled }),
    [policy, target, auditPolicyEnabled, basicAuditPolicyEnabled],
  )
}
