import { describe, expect, it } from 'vitest'
import { parsePolicy } from '../../policy/index.ts'
import { EFFECTIVE_ID, POLICY_ID, policiesUnderTest } from './policiesUnderTest.ts'

const policy = parsePolicy(
  'apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n- level: None\n  verbs: [watch]\n- level: Metadata\n',
).policy!

describe('policiesUnderTest', () => {
  it('reports on the policy alone for Kubernetes', () => {
    const list = policiesUnderTest(policy, 'kube-apiserver', {
      auditPolicyEnabled: true,
      basicAuditPolicyEnabled: true,
    })
    expect(list).toEqual([{ id: POLICY_ID, policy }])
  })

  it('adds the effective DKP policy for Deckhouse, naming where each rule comes from', () => {
    const [mine, eff] = policiesUnderTest(policy, 'deckhouse', {
      auditPolicyEnabled: true,
      basicAuditPolicyEnabled: true,
    })
    expect(mine!.policy).toBe(policy)
    expect(eff!.id).toBe(EFFECTIVE_ID)
    expect(eff!.policy.rules.length).toBeGreaterThan(policy.rules.length)
    expect(eff!.labels).toHaveLength(eff!.policy.rules.length)
    expect(eff!.labels![0]).toMatch(/^DKP built-in rule 1: /)
    expect(eff!.labels!.filter((l) => l.startsWith('Your rule'))).toEqual(['Your rule 1', 'Your rule 2'])
  })

  it('follows the DKP switches: built-in rules off leaves the user’s rules', () => {
    const [, eff] = policiesUnderTest(policy, 'deckhouse', {
      auditPolicyEnabled: true,
      basicAuditPolicyEnabled: false,
    })
    expect(eff!.labels).toEqual(['Your rule 1', 'Your rule 2'])
  })
})
