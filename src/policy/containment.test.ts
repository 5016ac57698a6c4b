import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { aRuleArb, narrowerRule, requestNear } from '../testing/ruleArbitraries.ts'
import { ruleContains } from './containment.ts'
import { ruleMatches } from './evaluate.ts'
import type { PolicyRule } from './types.ts'

const rule = (fields: Omit<PolicyRule, 'level'>): PolicyRule => ({ level: 'Metadata', ...fields })
const core = (...resources: string[]) => [{ group: '', resources }]

// [name, outer (earlier), inner (later), outer contains inner]
const cases: Array<[string, PolicyRule, PolicyRule, boolean]> = [
  ['catch-all covers anything', rule({}), rule({ users: ['a'], resources: core('pods') }), true],
  ['same rule', rule({ verbs: ['get'] }), rule({ verbs: ['get'] }), true],
  ['verbs superset', rule({ verbs: ['get', 'list'] }), rule({ verbs: ['get'] }), true],
  ['near miss: verbs subset', rule({ verbs: ['get'] }), rule({ verbs: ['get', 'list'] }), false],
  ['near miss: later rule has no verbs', rule({ verbs: ['get'] }), rule({}), false],
  ['"*" verb is literal', rule({ verbs: ['*'] }), rule({ verbs: ['get'] }), false],
  ['users superset', rule({ users: ['a', 'b'] }), rule({ users: ['a'] }), true],
  ['near miss: users vs no users (nil user)', rule({ users: ['a'] }), rule({}), false],
  ['"*" user is literal', rule({ users: ['*'] }), rule({ users: ['a'] }), false],
  ['userGroups superset', rule({ userGroups: ['g', 'h'] }), rule({ userGroups: ['g'] }), true],
  ['near miss: users do not cover userGroups', rule({ users: ['g'] }), rule({ userGroups: ['g'] }), false],
  ['namespaces superset', rule({ namespaces: ['a', ''] }), rule({ namespaces: [''] }), true],
  ['"*" namespace is literal', rule({ namespaces: ['*'] }), rule({ namespaces: ['a'] }), false],
  [
    'group-wide entry covers a resource',
    rule({ resources: [{ group: '' }] }),
    rule({ resources: core('pods') }),
    true,
  ],
  [
    'near miss: core entry does not cover apps',
    rule({ resources: [{ group: '' }] }),
    rule({ resources: [{ group: 'apps', resources: ['deployments'] }] }),
    false,
  ],
  [
    'group * covers core and apps',
    rule({ resources: [{ group: '*' }] }),
    rule({ resources: [{ group: 'apps' }, { group: '' }] }),
    true,
  ],
  [
    'near miss: apps does not cover group *',
    rule({ resources: [{ group: 'apps' }] }),
    rule({ resources: [{ group: '*', resources: ['deployments'] }] }),
    false,
  ],
  ['* covers subresources', rule({ resources: core('*') }), rule({ resources: core('pods/log') }), true],
  ['pods/* covers pods itself', rule({ resources: core('pods/*') }), rule({ resources: core('pods') }), true],
  [
    'pods/* covers pods/log',
    rule({ resources: core('pods/*') }),
    rule({ resources: core('pods/log') }),
    true,
  ],
  [
    'near miss: pods does not cover pods/log',
    rule({ resources: core('pods') }),
    rule({ resources: core('pods/log') }),
    false,
  ],
  [
    'near miss: pods does not cover pods/*',
    rule({ resources: core('pods') }),
    rule({ resources: core('pods/*') }),
    false,
  ],
  [
    '*/scale covers deployments/scale',
    rule({ resources: core('*/scale') }),
    rule({ resources: core('deployments/scale') }),
    true,
  ],
  [
    'near miss: */scale does not cover deployments',
    rule({ resources: core('*/scale') }),
    rule({ resources: core('deployments') }),
    false,
  ],
  ['*/* covers */log? no', rule({ resources: core('*/*') }), rule({ resources: core('*/log') }), false],
  ['*/* covers pods/* ? no', rule({ resources: core('*/*') }), rule({ resources: core('pods/*') }), false],
  ['*/* covers */*', rule({ resources: core('*/*') }), rule({ resources: core('*/*') }), true],
  [
    'a union of entries covers a list',
    rule({
      resources: [
        { group: '', resources: ['pods'] },
        { group: '', resources: ['secrets'] },
      ],
    }),
    rule({ resources: core('pods', 'secrets') }),
    true,
  ],
  [
    'resourceNames superset',
    rule({ resources: [{ group: '', resources: ['cm'], resourceNames: ['a', 'b'] }] }),
    rule({ resources: [{ group: '', resources: ['cm'], resourceNames: ['a'] }] }),
    true,
  ],
  [
    'names split over two entries',
    rule({
      resources: [
        { group: '', resources: ['cm'], resourceNames: ['a'] },
        { group: '', resources: ['cm'], resourceNames: ['b'] },
      ],
    }),
    rule({ resources: [{ group: '', resources: ['cm'], resourceNames: ['a', 'b'] }] }),
    true,
  ],
  [
    'near miss: names do not cover all names',
    rule({ resources: [{ group: '', resources: ['cm'], resourceNames: ['a'] }] }),
    rule({ resources: core('cm') }),
    false,
  ],
  [
    'resourceNames ignored without resources',
    rule({ resources: [{ group: '', resourceNames: ['a'] }] }),
    rule({ resources: core('cm') }),
    true,
  ],
  [
    '"*" name is literal',
    rule({ resources: [{ group: '', resources: ['cm'], resourceNames: ['*'] }] }),
    rule({ resources: [{ group: '', resources: ['cm'], resourceNames: ['a'] }] }),
    false,
  ],
  [
    'a rule that matches nothing (pods/) is covered',
    rule({ resources: core('secrets') }),
    rule({ resources: core('pods/') }),
    true,
  ],
  [
    'namespaces-only rule covers a resources rule in those namespaces',
    rule({ namespaces: ['a'] }),
    rule({ namespaces: ['a'], resources: core('pods') }),
    true,
  ],
  [
    'near miss: resources rule does not cover non-resource requests',
    rule({ resources: [{ group: '*' }] }),
    rule({}),
    false,
  ],
  [
    'near miss: namespaces never match non-resource requests',
    rule({ namespaces: [''] }),
    rule({ nonResourceURLs: ['/x'] }),
    false,
  ],
  [
    'URL prefix covers a longer prefix',
    rule({ nonResourceURLs: ['/api*'] }),
    rule({ nonResourceURLs: ['/apis*', '/api/v1'] }),
    true,
  ],
  [
    'near miss: /api/* does not cover /api',
    rule({ nonResourceURLs: ['/api/*'] }),
    rule({ nonResourceURLs: ['/api'] }),
    false,
  ],
  ['URL * covers all', rule({ nonResourceURLs: ['*'] }), rule({ nonResourceURLs: ['/x*'] }), true],
  [
    'near miss: a star in the middle is literal',
    rule({ nonResourceURLs: ['/a*b'] }),
    rule({ nonResourceURLs: ['/ab'] }),
    false,
  ],
  [
    'near miss: URL rule does not cover a resource rule',
    rule({ nonResourceURLs: ['*'] }),
    rule({ resources: core('pods') }),
    false,
  ],
]

describe('ruleContains', () => {
  it.each(cases)('%s', (_name, outer, inner, want) => expect(ruleContains(outer, inner)).toBe(want))
})

describe('ruleContains is sound', () => {
  it('when it says an earlier rule contains a later one, every request the later one matches, the earlier one matches (property, 3000 runs)', () => {
    const pairs = fc.oneof(
      fc.tuple(aRuleArb, aRuleArb),
      aRuleArb.chain((outer) => fc.tuple(fc.constant(outer), narrowerRule(outer))),
    )
    const scenario = pairs.chain(([outer, inner]) =>
      fc.tuple(
        fc.constant(outer),
        fc.constant(inner),
        fc.array(requestNear(inner, outer), { minLength: 10, maxLength: 60 }),
      ),
    )
    let contained = 0
    let exercised = 0
    fc.assert(
      fc.property(scenario, ([outer, inner, requests]) => {
        if (!ruleContains(outer, inner)) return
        contained++
        for (const req of requests) {
          if (!ruleMatches(inner, req)) continue
          exercised++
          expect(ruleMatches(outer, req), JSON.stringify({ outer, inner, req })).toBe(true)
        }
      }),
      { numRuns: 3000 },
    )
    expect(contained).toBeGreaterThan(300)
    expect(exercised).toBeGreaterThan(800)
  })
})
