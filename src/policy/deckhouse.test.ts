import { execFileSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { commands as en } from '../i18n/en/commands.ts'
import { aPolicy, aRequest, aRule } from '../testing/builders.ts'
import { fixturePolicies, hasSharedFixtures, needsShared } from '../testing/shared.ts'
import {
  buildApplyCommands,
  buildApplyScript,
  buildModuleConfig,
  defaultDkpSettings,
  DKP_BUILTIN_HEAD,
  DKP_BUILTIN_TAIL,
  DKP_SYSTEM_SERVICE_ACCOUNTS,
  effectivePolicy,
  evaluatePolicy,
  heredocDelimiter,
  moduleConfigPatch,
  parsePolicy,
  splitRenderedPolicy,
  validateDkpSettings,
} from './index.ts'

const on = { auditPolicyEnabled: true, basicAuditPolicyEnabled: true }

describe('effectivePolicy', () => {
  const user = aPolicy(
    [aRule({ level: 'RequestResponse', resources: [{ group: '', resources: ['pods/exec'] }] })],
    { omitStages: ['RequestReceived'] },
  )
  it('puts user rules between built-in rules 1–27 and 28–29 (numbered as the cluster renders them)', () => {
    const eff = effectivePolicy(user, on)
    expect(eff.policy.rules).toHaveLength(DKP_BUILTIN_HEAD.length + 1 + DKP_BUILTIN_TAIL.length)
    expect(eff.origins[27]).toEqual({ kind: 'user', index: 0 })
    expect(eff.origins.slice(-2).map((o) => (o.kind === 'builtin' ? o.builtin.number : -1))).toEqual([28, 29])
    expect(eff.policy.omitStages).toEqual(['RequestReceived'])
  })
  it('uses only the user rules when the basic policy is off', () => {
    const eff = effectivePolicy(user, { auditPolicyEnabled: true, basicAuditPolicyEnabled: false })
    expect(eff.policy.rules).toEqual(user.rules)
  })
  it('ignores the Secret when auditPolicyEnabled is false', () => {
    const eff = effectivePolicy(user, { auditPolicyEnabled: false, basicAuditPolicyEnabled: true })
    expect(eff.origins.every((o) => o.kind === 'builtin')).toBe(true)
    expect(eff.policy.omitStages).toBeUndefined()
  })
  it('audits nothing with the basic policy off and no user rules', () => {
    expect(
      effectivePolicy(aPolicy([]), { auditPolicyEnabled: true, basicAuditPolicyEnabled: false }).auditing,
    ).toBe(false)
  })
  it('drops the policy-level omitManagedFields', () => {
    expect(effectivePolicy({ ...user, omitManagedFields: true }, on).policy.omitManagedFields).toBeUndefined()
  })

  const table: Array<{ name: string; req: Parameters<typeof aRequest>[0]; level: string; origin: string }> = [
    {
      name: 'kubectl exec by a user: only the user rule logs it',
      req: { verb: 'create', resource: 'pods', subresource: 'exec' },
      level: 'RequestResponse',
      origin: 'user 0',
    },
    {
      name: 'a LIST is caught by built-in 15',
      req: { verb: 'list', name: '' },
      level: 'Metadata',
      origin: 'builtin 15',
    },
    {
      name: 'leases are dropped by built-in 2',
      req: { apiGroup: 'coordination.k8s.io', resource: 'leases', verb: 'update' },
      level: 'None',
      origin: 'builtin 2',
    },
    {
      name: 'reading a Secret falls to built-in 28 (not logged)',
      req: { resource: 'secrets', verb: 'get' },
      level: 'None',
      origin: 'builtin 28',
    },
    {
      name: 'an unauthenticated request falls to 29',
      req: { user: null, groups: [] },
      level: 'Metadata',
      origin: 'builtin 29',
    },
    {
      name: 'kubectl logs is decided by built-in 11 (the pods/log get rule 20 after it never fires)',
      req: { resource: 'pods', subresource: 'log', verb: 'get', name: 'web-0' },
      level: 'Metadata',
      origin: 'builtin 11',
    },
    {
      name: 'a DKP service account write is built-in 12',
      req: {
        user: DKP_SYSTEM_SERVICE_ACCOUNTS[0],
        groups: ['system:serviceaccounts', 'system:authenticated'],
        verb: 'patch',
        resource: 'configmaps',
        namespace: 'default',
      },
      level: 'Metadata',
      origin: 'builtin 12',
    },
  ]
  it.each(table.map((c) => [c.name, c] as const))('%s', (_n, c) => {
    const eff = effectivePolicy(user, on)
    const r = evaluatePolicy(eff.policy, aRequest(c.req))
    const o = eff.origins[r.matchedRule!]!
    expect(r.level).toBe(c.level)
    expect(o.kind === 'user' ? `user ${o.index}` : `builtin ${o.builtin.number}`).toBe(c.origin)
  })
})

const present = hasSharedFixtures()
describe.skipIf(!present)(
  needsShared('DKP built-in rules against the rendered policy in ../shared/fixtures', present),
  () => {
    const fixture = fixturePolicies().find((f) => f.name === 'deckhouse-basic-audit-policy.yaml')
    const rendered = parsePolicy(fixture?.text ?? 'rules: []').policy!
    it('has 26 head and 2 tail rules, like DKP renders them', () => {
      const split = splitRenderedPolicy(rendered)
      expect(split.head).toHaveLength(26)
      expect(split.tail).toHaveLength(2)
    })
    it('matches rule for rule, except the release-dependent lists of rules 12 and 14 and the pods/log rule 20 (v1.77+, not in the docs example)', () => {
      const ours = [...DKP_BUILTIN_HEAD, ...DKP_BUILTIN_TAIL].filter((b) => b.number !== 20)
      expect(ours).toHaveLength(rendered.rules.length)
      ours.forEach((b, i) => {
        const theirs = { ...rendered.rules[i]!, note: undefined }
        const mine = { ...b.rule }
        if (b.number === 12) {
          expect(theirs.users!.length).toBeGreaterThan(100)
          delete theirs.users
          delete mine.users
        }
        if (b.number === 14) {
          expect(theirs.namespaces).toContain('kube-system')
          delete theirs.namespaces
          delete mine.namespaces
        }
        expect(JSON.parse(JSON.stringify(mine)), `rule ${b.number}`).toEqual(
          JSON.parse(JSON.stringify(theirs)),
        )
      })
    })
    it('leaves the user rules out when the rendered policy already holds them', () => {
      const user = [aRule({ level: 'Request', verbs: ['create'] })]
      const withUser = { rules: [...rendered.rules.slice(0, 26), ...user, ...rendered.rules.slice(26)] }
      expect(splitRenderedPolicy(withUser, user).head).toHaveLength(26)
    })
  },
)

describe('ModuleConfig', () => {
  it('writes the control-plane-manager ModuleConfig with the defaults', () => {
    expect(buildModuleConfig(defaultDkpSettings())).toBe(
      [
        'apiVersion: deckhouse.io/v1alpha1',
        'kind: ModuleConfig',
        'metadata:',
        '  name: control-plane-manager',
        'spec:',
        '  version: 1',
        '  settings:',
        '    apiserver:',
        '      auditPolicyEnabled: true',
        '      basicAuditPolicyEnabled: true',
        '      auditLog:',
        '        output: File',
        '        path: /var/log/kube-audit',
        '',
      ].join('\n'),
    )
  })
  it('leaves the path out for Stdout', () => {
    const s = defaultDkpSettings()
    s.auditLog.output = 'Stdout'
    s.basicAuditPolicyEnabled = false
    const text = buildModuleConfig(s)
    expect(text).toContain('basicAuditPolicyEnabled: false\n      auditLog:\n        output: Stdout\n')
    expect(text).not.toContain('path:')
    expect(moduleConfigPatch(s)).toBe(
      '{"spec":{"settings":{"apiserver":{"auditPolicyEnabled":true,"basicAuditPolicyEnabled":false,"auditLog":{"output":"Stdout"}}}}}',
    )
  })
  it.each([
    ['/var/log/kube-audit', true],
    ['/data/audit_1.d', true],
    ['relative/dir', true],
    ['/var/log/', false],
    ['/var/log kube', false],
    ['', false],
    ['/', false],
  ])('path %j valid: %s', (path, ok) => {
    const s = defaultDkpSettings()
    s.auditLog.path = path
    expect(validateDkpSettings(s).length === 0).toBe(ok)
  })
})

describe('apply commands', () => {
  const policy = 'apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n  - level: Metadata\n'
  it('picks a heredoc delimiter that does not occur as a line', () => {
    expect(heredocDelimiter('a\nb')).toBe('EOF')
    expect(heredocDelimiter('a\nEOF\nEOF_1\n')).toBe('EOF_2')
  })
  it.each(['d8', 'kubectl'] as const)('%s commands name the right tool', (tool) => {
    const text = buildApplyCommands(policy, defaultDkpSettings(), tool, en)
    const k = tool === 'd8' ? 'd8 k' : 'kubectl'
    expect(text).toContain(`| ${k} apply -f -`)
    expect(text).toContain(`${k} patch mc control-plane-manager --type=merge -p '{"spec":`)
    expect(text).toContain(Buffer.from(policy).toString('base64'))
  })
  it('apply.sh is valid bash', () => {
    const script = buildApplyScript(policy, defaultDkpSettings(), en)
    expect(() => execFileSync('bash', ['-n'], { input: script })).not.toThrow()
  })
  it('the commands text is valid bash too', () => {
    expect(() =>
      execFileSync('bash', ['-n'], { input: buildApplyCommands(policy, defaultDkpSettings(), 'd8', en) }),
    ).not.toThrow()
  })
})
