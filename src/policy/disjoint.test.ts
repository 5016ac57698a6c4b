import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { aRuleArb, narrowerRule, requestInside, requestNear } from '../testing/ruleArbitraries.ts'
import { mayShareRequests, patternsMeet } from './disjoint.ts'
import { ruleMatches } from './evaluate.ts'
import { parseResourcePattern, selectorsOf } from './selectors.ts'
import type { PolicyRule } from './types.ts'

const rule = (fields: Omit<PolicyRule, 'level'>): PolicyRule => ({ level: 'None', ...fields })
const core = (...resources: string[]) => [{ group: '', resources }]

describe('patternsMeet', () => {
  const cases: Array<[string, string, string, boolean]> = [
    ['pods/* meets */log at pods/log', 'pods/*', '*/log', true],
    ['pods/* meets pods', 'pods/*', 'pods', true],
    ['near miss: pods/* and services/*', 'pods/*', 'services/*', false],
    ['near miss: */log and */exec', '*/log', '*/exec', false],
    ['near miss: pods and pods/log', 'pods', 'pods/log', false],
    ['*/* meets pods/* at pods/*', '*/*', 'pods/*', true],
    ['near miss: pods/ meets nothing', 'pods/', '*', false],
  ]
  it.each(cases)('%s', (_name, a, b, want) =>
    expect(patternsMeet(parseResourcePattern(a), parseResourcePattern(b))).toBe(want),
  )
})

describe('mayShareRequests', () => {
  const cases: Array<[string, PolicyRule, PolicyRule, boolean]> = [
    ['near miss: verbs disjoint', rule({ verbs: ['get'] }), rule({ verbs: ['list'] }), false],
    ['near miss: users disjoint', rule({ users: ['a'] }), rule({ users: ['b'] }), false],
    [
      'userGroups never prove it: a user has many groups',
      rule({ userGroups: ['a'] }),
      rule({ userGroups: ['b'] }),
      true,
    ],
    [
      'near miss: resource and non-resource',
      rule({ namespaces: ['x'] }),
      rule({ nonResourceURLs: ['*'] }),
      false,
    ],
    ['near miss: namespaces disjoint', rule({ namespaces: ['x'] }), rule({ namespaces: ['y'] }), false],
    [
      'near miss: groups disjoint',
      rule({ resources: [{ group: 'apps' }] }),
      rule({ resources: core('pods') }),
      false,
    ],
    [
      'group * meets apps',
      rule({ resources: [{ group: '*' }] }),
      rule({ resources: [{ group: 'apps' }] }),
      true,
    ],
    [
      'near miss: names disjoint',
      rule({ resources: [{ group: '', resources: ['cm'], resourceNames: ['a'] }] }),
      rule({ resources: [{ group: '', resources: ['cm'], resourceNames: ['b'] }] }),
      false,
    ],
  ]
  it.each(cases)('%s', (_name, a, b, want) =>
    expect(mayShareRequests(selectorsOf(a), selectorsOf(b))).toBe(want),
  )

  it('when it says two rules share no request, no request matches both (property, 3000 runs)', () => {
    const pairs = fc.oneof(
      fc.tuple(aRuleArb, aRuleArb),
      aRuleArb.chain((a) => fc.tuple(fc.constant(a), narrowerRule(a))),
    )
    let disjoint = 0
    let checked = 0
    fc.assert(
      fc.property(
        pairs.chain(([a, b]) =>
          fc.tuple(
            fc.constant(a),
            fc.constant(b),
            fc.array(fc.oneof(requestInside(a), requestInside(b), requestNear(a, b)), {
              minLength: 10,
              maxLength: 40,
            }),
          ),
        ),
        ([a, b, requests]) => {
          if (mayShareRequests(selectorsOf(a), selectorsOf(b))) return
          disjoint++
          for (const req of requests) {
            if (!ruleMatches(a, req)) continue
            checked++
            expect(ruleMatches(b, req), JSON.stringify({ a, b, req })).toBe(false)
          }
        },
      ),
      { numRuns: 3000 },
    )
    expect(disjoint).toBeGreaterThan(300)
    expect(checked).toBeGreaterThan(1000)
  })
})
