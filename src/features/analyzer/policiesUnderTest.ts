// The policies the analyzer reports on, from the document: the policy being edited and, for target Deckhouse,
// the effective policy kube-apiserver runs (DKP's built-in rules around the user's, per the document's DKP
// settings), with words naming where each of its rules comes from.
import type { PolicyUnderTest } from '../../auditlog/types.ts'
import { effectivePolicy, type RuleOrigin } from '../../policy/effective.ts'
import type { DkpSettings } from '../../policy/moduleconfig.ts'
import type { Policy, Target } from '../../policy/types.ts'
import { t } from '../../i18n/analyzer.ts'
import { builtinTitle } from '../../i18n/builtinTitle.ts'

/** POLICY_ID and EFFECTIVE_ID name the two reports. */
export const POLICY_ID = 'policy'
export const EFFECTIVE_ID = 'effective'

const originLabel = (o: RuleOrigin) =>
  o.kind === 'user'
    ? t.analyzer.rules.userRule(o.index + 1)
    : t.analyzer.rules.builtinRule(o.builtin.number, builtinTitle(o.builtin))

/** policiesUnderTest lists the document's policy, then (for Deckhouse) its effective policy. */
export function policiesUnderTest(
  policy: Policy,
  target: Target,
  dkp: Pick<DkpSettings, 'auditPolicyEnabled' | 'basicAuditPolicyEnabled'>,
): PolicyUnderTest[] {
  const list: PolicyUnderTest[] = [{ id: POLICY_ID, policy }]
  if (target === 'deckhouse') {
    const eff = effectivePolicy(policy, dkp)
    list.push({ id: EFFECTIVE_ID, policy: eff.policy, labels: eff.origins.map(originLabel) })
  }
  return list
}
