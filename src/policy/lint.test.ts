import { describe, expect, it } from 'vitest'
import { aPolicy, aRule } from '../testing/builders.ts'
import { KUBE, DKP, core, spots, only, worded } from '../testing/lintCases.ts'
import { DKP_BUILTIN_HEAD, DKP_BUILTIN_TAIL } from './dkpBuiltin.ts'
import { LINT_IDS, lintPolicy } from './lint.ts'
import type { Policy } from './types.ts'
import { lint as enLint } from '../i18n/en/lint.ts'
import { wordFindings } from '../i18n/lint.ts'
import { lint as ruLint } from '../i18n/ru/lint.ts'

describe('lintPolicy', () => {
  // The app skips loading lint for a policy without rules (state/lintRunner.ts): every finding is about rules.
  it('finds nothing in a policy without rules, whatever its policy-level fields and target', () => {
    const stages = [[], ['RequestReceived'], ['RequestReceived', 'RequestReceived', 'Bogus']]
    for (const omitStages of stages)
      for (const omitManagedFields of [undefined, true, false])
        for (const [target, basicAuditPolicyEnabled] of [
          ['kube-apiserver', true],
          ['deckhouse', true],
          ['deckhouse', false],
        ] as const) {
          const policy = { omitStages, omitManagedFields, rules: [] } as unknown as Policy
          expect(lintPolicy(policy, { target, dkp: { basicAuditPolicyEnabled } })).toEqual([])
        }
  })

  const SEVERITY: Record<string, string> = {
    'shadowed-rule': 'warning',
    'dkp-shadowed': 'warning',
    'sensitive-body': 'warning',
    'group-with-version': 'warning',
    'url-star-not-last': 'warning',
    'dkp-overlap': 'info',
    'request-received-not-omitted': 'info',
    'watch-list-request-response': 'info',
    'no-catch-all': 'info',
    'literal-star': 'info',
    'subresources-not-covered': 'info',
    'subresource-wildcard-covers-parent': 'info',
    'never-fires-in-practice': 'warning',
    'exec-transport': 'warning',
    'read-volume': 'warning',
    'version-rollback': 'warning',
    'hidden-characters': 'warning',
  }
  const DKP_IDS = new Set(['dkp-shadowed', 'dkp-overlap'])
  const policy = aPolicy([
    aRule({
      level: 'RequestResponse',
      verbs: ['*'],
      resources: [{ group: 'apps/v1', resources: ['deployments'] }],
    }),
    aRule({ level: 'Request', resources: core('pods/*', 'secrets') }),
    aRule({ level: 'None', resources: core('pods') }),
    aRule({ level: 'Request', verbs: ['list'] }),
    aRule({ nonResourceURLs: ['/a/*/b'] }),
    aRule({ level: 'None', verbs: ['get'], resources: core('endpoints') }),
    // watch at RequestResponse; services without services/status and services/proxy.
    aRule({ level: 'RequestResponse', verbs: ['watch', 'get'], resources: core('services') }),
    // A user name with a right-to-left override in it.
    aRule({ level: 'None', users: ['ali\u202ece'], verbs: ['get'], resources: core('configmaps') }),
  ])
  /** Checks of what happens in a real cluster, in a policy of their own (they would mask the ones above). */
  const runtime = aPolicy([
    // Every read of every authenticated user, before any rule drops anything.
    aRule({ level: 'Metadata', userGroups: ['system:authenticated'], verbs: ['get', 'list', 'watch'] }),
    // Every service account is authenticated: the second never fires in practice.
    aRule({ level: 'Metadata', userGroups: ['system:authenticated'], verbs: ['delete'] }),
    aRule({ level: 'None', userGroups: ['system:serviceaccounts'], verbs: ['delete'] }),
    // create without get on pods/attach (group "*": loads on 1.36, not on 1.35).
    aRule({ level: 'Request', verbs: ['create'], resources: [{ group: '*', resources: ['pods/attach'] }] }),
  ])
  /** Ids that depend on the Kubernetes version: DKP defaults to 1.34, where group "*" is an error, not a rollback. */
  const NEWEST_ONLY = new Set(['version-rollback'])

  it('knows the severity of every lint id the core has', () => {
    expect(Object.keys(SEVERITY).sort()).toEqual([...LINT_IDS].sort())
  })

  it.each([
    ['kube-apiserver', KUBE, LINT_IDS.filter((id) => !DKP_IDS.has(id))],
    ['deckhouse', DKP, LINT_IDS.filter((id) => !NEWEST_ONLY.has(id))],
  ])('reports every id with its severity, source, kind and path (%s)', (_name, options, ids) => {
    const found = [...lintPolicy(policy, options), ...lintPolicy(runtime, options)]
    expect([...new Set(found.map((f) => f.id))].sort()).toEqual([...ids].sort())
    for (const f of worded(found)) {
      expect(SEVERITY[f.id], f.id).toBe(f.severity)
      expect(f.kind).toBe('Invalid')
      expect(f.path).toBe(f.at)
      expect(f.source).toBe(
        DKP_IDS.has(f.id) || (f.id === 'no-catch-all' && options === DKP) ? 'deckhouse' : 'kube-apiserver',
      )
      expect(f.message).toMatch(/^[A-Z"]/)
    }
  })

  it.each([
    ['English', enLint],
    ['Russian', ruLint],
  ] as const)(
    '%s: every warning, of every id, says a reason under its headline (read without expanding anything)',
    (_name, words) => {
      const newest = { target: 'kube-apiserver', kubernetesVersion: '1.36' } as const
      const found = [KUBE, DKP, newest].flatMap((o) => [...lintPolicy(policy, o), ...lintPolicy(runtime, o)])
      const warnings = wordFindings(found, words).filter((f) => f.severity === 'warning')
      expect(new Set(warnings.map((f) => f.id))).toEqual(
        new Set(Object.keys(SEVERITY).filter((id) => SEVERITY[id] === 'warning')),
      )
      for (const f of warnings) {
        expect(f.reason, `${f.id}: ${f.message}`).toBeDefined()
        expect(f.reason!.length).toBeLessThanOrEqual(words.maxReason)
        expect(f.details ?? []).not.toContain(f.reason)
      }
    },
  )

  it('orders findings by rule, policy-wide ones last', () => {
    const found = lintPolicy(policy, KUBE).map((f) => f.at)
    expect(found.at(-1)).toBe('rules')
    const indices = found.slice(0, -1).map((at) => Number(/^rules\[(\d+)\]/.exec(at)![1]))
    expect(indices).toEqual([...indices].sort((a, b) => a - b))
  })

  it('lints the built-in rules themselves: rule 25 is shadowed by rule 13, and rule 20 (pods/log get) by rule 11', () => {
    const builtin = aPolicy([...DKP_BUILTIN_HEAD, ...DKP_BUILTIN_TAIL].map((b) => b.rule))
    expect(spots(only('shadowed-rule', builtin, KUBE))).toContainEqual({ at: 'rules[24]', relatedRule: 12 })
    expect(spots(only('shadowed-rule', builtin, KUBE))).toContainEqual({ at: 'rules[19]', relatedRule: 10 })
  })

  it('does not throw on odd input', () => {
    const odd = {
      rules: [{ level: '' }, { level: 'None', resources: [{ group: '', resources: [] }], users: [] }],
    } as Policy
    expect(() => lintPolicy(odd)).not.toThrow()
    expect(() => lintPolicy({} as Policy)).not.toThrow()
    expect(lintPolicy({ rules: [] })).toEqual([])
  })
})
