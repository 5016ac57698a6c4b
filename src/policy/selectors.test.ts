import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { aRuleArb, requestNear } from '../testing/ruleArbitraries.ts'
import { ruleMatches } from './evaluate.ts'
import {
  parseResourcePattern,
  parseUrlPattern,
  patternHas,
  ruleScope,
  selectorsMatch,
  selectorsOf,
  type ResourcePattern,
  type UrlPattern,
} from './selectors.ts'
import type { PolicyRule } from './types.ts'

describe('parseResourcePattern', () => {
  const cases: Array<[string, string, ResourcePattern]> = [
    ['star is every pair', '*', { kind: 'all' }],
    [
      'a plain resource is that resource without subresource',
      'pods',
      { kind: 'exact', resource: 'pods', subresource: '' },
    ],
    ['resource/subresource is one pair', 'pods/log', { kind: 'exact', resource: 'pods', subresource: 'log' }],
    ['pods/* is pods with any subresource or none', 'pods/*', { kind: 'parent', resource: 'pods' }],
    ['*/scale is the scale subresource of any resource', '*/scale', { kind: 'sub', subresource: 'scale' }],
    ['*/* is a literal star on either side', '*/*', { kind: 'starstar' }],
    ['a trailing slash matches nothing', 'pods/', { kind: 'none' }],
    ['*/ matches nothing', '*/', { kind: 'none' }],
    ['two slashes match nothing', 'a/b/c', { kind: 'none' }],
    ['an empty string is the empty resource', '', { kind: 'exact', resource: '', subresource: '' }],
    ['/* is the empty resource with anything', '/*', { kind: 'parent', resource: '' }],
  ]
  it.each(cases)('%s (%j)', (_name, res, want) => expect(parseResourcePattern(res)).toEqual(want))
})

describe('patternHas', () => {
  const cases: Array<[string, string, string, string, boolean]> = [
    ['pods has pods', 'pods', 'pods', '', true],
    ['pods has not pods/log', 'pods', 'pods', 'log', false],
    ['pods/* has pods itself', 'pods/*', 'pods', '', true],
    ['pods/* has pods/exec', 'pods/*', 'pods', 'exec', true],
    ['pods/* has not services', 'pods/*', 'services', '', false],
    ['*/scale has deployments/scale', '*/scale', 'deployments', 'scale', true],
    ['*/scale has no main resource', '*/scale', 'scale', '', false],
    ['*/* has resource *', '*/*', '*', '', true],
    ['*/* has not pods/log', '*/*', 'pods', 'log', false],
  ]
  it.each(cases)('%s', (_name, res, resource, sub, want) =>
    expect(patternHas(parseResourcePattern(res), resource, sub)).toBe(want),
  )
})

describe('parseUrlPattern', () => {
  const cases: Array<[string, string, UrlPattern]> = [
    ['star alone is every path', '*', { kind: 'all' }],
    ['stars only are every path', '**', { kind: 'all' }],
    ['a trailing star is a plain prefix', '/healthz*', { kind: 'prefix', prefix: '/healthz' }],
    ['every trailing star is removed', '/api**', { kind: 'prefix', prefix: '/api' }],
    ['a star in the middle is literal', '/a*b', { kind: 'exact', path: '/a*b' }],
    ['no star is exact', '/version', { kind: 'exact', path: '/version' }],
  ]
  it.each(cases)('%s', (_name, spec, want) => expect(parseUrlPattern(spec)).toEqual(want))
})

describe('ruleScope', () => {
  const cases: Array<[string, PolicyRule, string]> = [
    ['no selectors: both kinds', { level: 'None', verbs: ['get'] }, 'both'],
    ['namespaces make it resource-only', { level: 'None', namespaces: [''] }, 'resource'],
    [
      'resources make it resource-only, URLs ignored',
      { level: 'None', resources: [{ group: '' }], nonResourceURLs: ['*'] },
      'resource',
    ],
    ['URLs alone: non-resource only', { level: 'None', nonResourceURLs: ['/x'] }, 'nonResource'],
    ['empty lists are absent', { level: 'None', namespaces: [], resources: [], nonResourceURLs: [] }, 'both'],
  ]
  it.each(cases)('%s', (_name, rule, want) => expect(ruleScope(rule)).toBe(want))
})

describe('selectorsMatch', () => {
  it('answers as ruleMatches does, for every rule and request (property, 5000 runs)', () => {
    const pair = aRuleArb.chain((rule) => fc.tuple(fc.constant(rule), requestNear(rule)))
    let matched = 0
    fc.assert(
      fc.property(pair, ([rule, req]) => {
        const want = ruleMatches(rule, req)
        if (want) matched++
        expect(selectorsMatch(selectorsOf(rule), req)).toBe(want)
      }),
      { numRuns: 5000 },
    )
    // The generator must produce matching requests, or the property says little.
    expect(matched).toBeGreaterThan(500)
  })
})
