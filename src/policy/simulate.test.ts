import { describe, expect, it } from 'vitest'
import { aNonResourceRequest, aPolicy, aRequest, aRule } from '../testing/builders.ts'
import { policyRun, simulateRequest, type SimulationOptions, type Verdict } from './simulate.ts'
import type { Policy, RequestAttributes } from './types.ts'
import { whyNot as enWhyNot } from '../i18n/en/whyNot.ts'
import { whyNotText } from '../i18n/whyNot.ts'

const KUBE: SimulationOptions = { target: 'kube-apiserver' }
const DKP: SimulationOptions = {
  target: 'deckhouse',
  dkp: { auditPolicyEnabled: true, basicAuditPolicyEnabled: true },
}
const DKP_NO_BASIC: SimulationOptions = {
  target: 'deckhouse',
  dkp: { auditPolicyEnabled: true, basicAuditPolicyEnabled: false },
}
const DKP_POLICY_OFF: SimulationOptions = {
  target: 'deckhouse',
  dkp: { auditPolicyEnabled: false, basicAuditPolicyEnabled: true },
}

const secretsRequest = aPolicy([
  aRule({ level: 'None', verbs: ['create', 'update'] }),
  aRule({ level: 'Request', resources: [{ group: '', resources: ['secrets'] }] }),
  aRule({ level: 'RequestResponse', omitStages: ['RequestReceived'] }),
])
const exec = aRequest({ verb: 'create', subresource: 'exec', name: 'web' })
const anonymous = aNonResourceRequest('/version', {
  user: 'system:anonymous',
  groups: ['system:unauthenticated'],
})

const cases: Array<[string, Policy, SimulationOptions, RequestAttributes, Verdict, string, number]> = [
  // name, policy, options, request, verdict, level, rules passed over
  [
    'the first matching user rule decides',
    secretsRequest,
    KUBE,
    aRequest(),
    { kind: 'user', index: 2 },
    'RequestResponse',
    2,
  ],
  [
    'no rule matches: not audited',
    aPolicy([aRule({ users: ['bob'] })]),
    KUBE,
    aRequest(),
    { kind: 'no-match' },
    'None',
    1,
  ],
  [
    'DKP: kubectl exec by a person falls to built-in rule 28',
    aPolicy([aRule({ resources: [{ group: '', resources: ['secrets'] }] })]),
    DKP,
    exec,
    { kind: 'builtin', builtin: { number: 28, level: 'None', shipped: true }, tail: true },
    'None',
    28,
  ],
  [
    'DKP: a user rule logs kubectl exec',
    aPolicy([aRule({ level: 'Request', resources: [{ group: '', resources: ['pods/exec'] }] })]),
    DKP,
    exec,
    { kind: 'user', index: 0 },
    'Request',
    27,
  ],
  [
    'DKP: built-in rule 1 drops events before any user rule',
    aPolicy([aRule({ level: 'RequestResponse' })]),
    DKP,
    aRequest({ resource: 'events', verb: 'create', name: '' }),
    { kind: 'builtin', builtin: { number: 1, level: 'None', shipped: true }, tail: false },
    'None',
    0,
  ],
  [
    'DKP: an anonymous request reaches the catch-all rule 29',
    aPolicy([aRule({ level: 'None', users: ['bob'] })]),
    DKP,
    anonymous,
    { kind: 'builtin', builtin: { number: 29, level: 'Metadata', shipped: true }, tail: true },
    'Metadata',
    29,
  ],
  [
    'DKP without user rules: rule 28 is still a tail rule',
    aPolicy([]),
    DKP,
    exec,
    { kind: 'builtin', builtin: { number: 28, level: 'None', shipped: true }, tail: true },
    'None',
    27,
  ],
  [
    'DKP without the basic policy runs the user rules alone',
    secretsRequest,
    DKP_NO_BASIC,
    exec,
    { kind: 'user', index: 0 },
    'None',
    0,
  ],
  [
    'DKP with the user policy off ignores the user rules',
    aPolicy([aRule({ level: 'Request', resources: [{ group: '', resources: ['pods/exec'] }] })]),
    DKP_POLICY_OFF,
    exec,
    { kind: 'builtin', builtin: { number: 28, level: 'None', shipped: true }, tail: true },
    'None',
    27,
  ],
  [
    'DKP with nothing to run audits nothing',
    aPolicy([]),
    { target: 'deckhouse', dkp: { auditPolicyEnabled: true, basicAuditPolicyEnabled: false } },
    exec,
    { kind: 'not-audited' },
    'None',
    0,
  ],
]

describe('simulateRequest', () => {
  it.each(cases)('%s', (_name, policy, options, req, verdict, level, skipped) => {
    const sim = simulateRequest(policyRun(policy, options), req)
    expect(sim.verdict).toEqual(verdict)
    expect(sim.result.level).toBe(level)
    expect(sim.skipped).toHaveLength(skipped)
  })

  it('explains every rule passed over with its first failing selector, in order', () => {
    const sim = simulateRequest(policyRun(secretsRequest, KUBE), aRequest())
    expect(sim.skipped.map((s) => [s.index, s.origin, whyNotText(s.mismatch, enWhyNot)])).toEqual([
      [0, { kind: 'user', index: 0 }, 'verbs: get is not in [create, update]'],
      [1, { kind: 'user', index: 1 }, 'resources: core pods busybox matches no resources entry'],
    ])
    expect(sim.result.omitStages).toEqual(['RequestReceived'])
  })

  it('names built-in rules as the origin of skipped DKP rules', () => {
    const sim = simulateRequest(policyRun(aPolicy([]), DKP), exec)
    expect(sim.skipped[0]!.origin).toMatchObject({ kind: 'builtin', builtin: { number: 1 } })
    expect(sim.skipped.every((s) => s.origin.kind === 'builtin')).toBe(true)
  })
})

describe('policyRun', () => {
  it('marks where the DKP tail starts', () => {
    const run = policyRun(aPolicy([aRule(), aRule()]), DKP)
    expect(run.origins[run.tailStart]).toMatchObject({ kind: 'builtin', builtin: { number: 28 } })
    expect(run.policy.rules.length - run.tailStart).toBe(2)
  })
  it('has no tail on Kubernetes', () => {
    const run = policyRun(aPolicy([aRule()]), KUBE)
    expect(run.tailStart).toBe(1)
    expect(run.origins).toEqual([{ kind: 'user', index: 0 }])
  })
})
