import { describe, expect, it } from 'vitest'
import { aPolicy, aRule } from '../testing/builders.ts'
import { KUBE, DKP, core, spots, only } from '../testing/lint-cases.ts'
import { DKP_BUILTIN_HEAD, DKP_BUILTIN_TAIL } from './dkp-builtin.ts'
import { lintPolicy } from './lint.ts'
import type { Policy, PolicyRule } from './types.ts'

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
  ])

  it.each([
    ['kube-apiserver', KUBE],
    ['deckhouse', DKP],
  ])('reports every id with its severity, source, kind and path (%s)', (_name, options) => {
    const found = lintPolicy(policy, options)
    for (const f of found) {
      expect(SEVERITY[f.id], f.id).toBe(f.severity)
      expect(f.kind).toBe('Invalid')
      expect(f.path).toBe(f.at)
      expect(f.source).toBe(
        DKP_IDS.has(f.id) || (f.id === 'no-catch-all' && options === DKP) ? 'deckhouse' : 'kube-apiserver',
      )
      expect(f.message).toMatch(/^[A-Z"]/)
    }
  })

  it('orders findings by rule, policy-wide ones last', () => {
    const found = lintPolicy(policy, KUBE).map((f) => f.at)
    expect(found.at(-1)).toBe('rules')
    const indices = found.slice(0, -1).map((at) => Number(/^rules\[(\d+)\]/.exec(at)![1]))
    expect(indices).toEqual([...indices].sort((a, b) => a - b))
  })

  it('lints the built-in rules themselves: rule 24 is shadowed by rule 13', () => {
    const builtin = aPolicy([...DKP_BUILTIN_HEAD, ...DKP_BUILTIN_TAIL].map((b) => b.rule))
    expect(spots(only('shadowed-rule', builtin, KUBE))).toContainEqual({ at: 'rules[23]', relatedRule: 12 })
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

describe('lintPolicy speed', () => {
  // A sanity check only (timing belongs in benchmarks): 300 rules lint in well under 200 ms.
  const levels = ['None', 'Metadata', 'Request', 'RequestResponse']
  const kinds = [
    ['pods'],
    ['secrets'],
    ['configmaps', 'pods/log'],
    ['deployments'],
    ['*'],
    ['pods/*'],
    ['services'],
  ]
  const rules: PolicyRule[] = Array.from({ length: 300 }, (_, i) => ({
    level: levels[(i * 7) % 4]!,
    ...(i % 3 === 0 ? { users: [`alice-${i}`] } : { userGroups: [`team-${i % 37}`] }),
    ...(i % 2 === 0 ? { verbs: [['get', 'list'], ['create', 'update'], ['watch']][i % 3]! } : {}),
    ...(i % 10 === 9
      ? { nonResourceURLs: [`/apis/team-${i}*`] }
      : {
          resources: [{ group: i % 7 === 3 ? 'apps' : '', resources: kinds[i % 7]! }],
          namespaces: [`team-${i % 37}`],
        }),
  }))
  it.each([
    ['kube-apiserver', KUBE],
    ['deckhouse', DKP],
  ])('%s', (_name, options) => {
    lintPolicy({ rules }, options)
    const start = performance.now()
    lintPolicy({ rules }, options)
    expect(performance.now() - start).toBeLessThan(200)
  })
})
