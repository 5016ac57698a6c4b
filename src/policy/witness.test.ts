import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { aRuleArb } from '../testing/ruleArbitraries.ts'
import { ruleMatches } from './evaluate.ts'
import { requestFromHttp } from './request.ts'
import type { PolicyRule } from './types.ts'
import { findWitness } from './witness.ts'
import { isPlausibleRequest } from './plausible.ts'

const rule = (fields: Omit<PolicyRule, 'level'>): PolicyRule => ({ level: 'None', ...fields })
const core = (...resources: string[]) => [{ group: '', resources }]

describe('findWitness', () => {
  // [name, must, avoid, whether a witness is found]
  const cases: Array<[string, PolicyRule[], PolicyRule[], boolean]> = [
    ['one catch-all rule', [rule({})], [], true],
    ['two rules sharing pods list', [rule({ verbs: ['list'] }), rule({ resources: core('pods') })], [], true],
    ['near miss: disjoint verbs', [rule({ verbs: ['get'] }), rule({ verbs: ['list'] })], [], false],
    [
      'near miss: resource vs non-resource',
      [rule({ namespaces: ['a'] }), rule({ nonResourceURLs: ['*'] })],
      [],
      false,
    ],
    [
      'near miss: list of pods/log never happens',
      [rule({ verbs: ['list'] }), rule({ resources: core('pods/log') })],
      [],
      false,
    ],
    [
      'pods/* meets */log at pods/log',
      [rule({ resources: core('pods/*') }), rule({ resources: core('*/log') })],
      [],
      true,
    ],
    [
      'names must agree',
      [
        rule({ resources: [{ group: '', resources: ['cm'], resourceNames: ['a'] }] }),
        rule({ verbs: ['get'] }),
      ],
      [],
      true,
    ],
    [
      'near miss: names disjoint',
      [
        rule({ resources: [{ group: '', resources: ['cm'], resourceNames: ['a'] }] }),
        rule({ resources: [{ group: '', resources: ['cm'], resourceNames: ['b'] }] }),
      ],
      [],
      false,
    ],
    [
      'escapes an earlier rule by namespace',
      [rule({ resources: core('secrets') })],
      [rule({ namespaces: ['default'] })],
      true,
    ],
    [
      'escapes an earlier rule by verb',
      [rule({ resources: core('secrets') })],
      [rule({ verbs: ['get'] })],
      true,
    ],
    [
      'near miss: an earlier rule takes everything',
      [rule({ resources: core('secrets') })],
      [rule({ resources: [{ group: '' }] })],
      false,
    ],
    [
      'group * meets apps',
      [
        rule({ resources: [{ group: '*', resources: ['deployments'] }] }),
        rule({ resources: [{ group: 'apps' }] }),
      ],
      [],
      true,
    ],
    [
      'URL prefixes meet',
      [rule({ nonResourceURLs: ['/api*'] }), rule({ nonResourceURLs: ['/apis/*'] })],
      [],
      true,
    ],
    [
      'near miss: exact URLs differ',
      [rule({ nonResourceURLs: ['/a'] }), rule({ nonResourceURLs: ['/b'] })],
      [],
      false,
    ],
  ]
  it.each(cases)('%s', (_name, must, avoid, want) => {
    const w = findWitness(must, avoid)
    expect(w !== null).toBe(want)
    if (w) for (const r of must) expect(ruleMatches(r, w)).toBe(true)
  })

  const METHOD: Record<string, string> = {
    get: 'GET',
    list: 'GET',
    watch: 'GET',
    create: 'POST',
    update: 'PUT',
    patch: 'PATCH',
    delete: 'DELETE',
    deletecollection: 'DELETE',
  }

  it('returns only plausible requests that every must rule and no avoid rule matches, whose URL parses back to them (property, 2000 runs)', () => {
    let found = 0
    fc.assert(
      fc.property(
        fc.array(aRuleArb, { minLength: 1, maxLength: 2 }),
        fc.array(aRuleArb, { maxLength: 4 }),
        (must, avoid) => {
          const w = findWitness(must, avoid)
          if (w === null) return
          found++
          expect(isPlausibleRequest(w)).toBe(true)
          for (const r of must) expect(ruleMatches(r, w)).toBe(true)
          for (const r of avoid) expect(ruleMatches(r, w)).toBe(false)
          const method = METHOD[w.verb]
          const byFieldSelector = (w.verb === 'list' || w.verb === 'watch') && w.name !== ''
          if (!w.resourceRequest || method === undefined || byFieldSelector) return
          const url = w.verb === 'watch' ? `${w.path}?watch=true` : w.path
          const parsed = requestFromHttp({ method, url, user: w.user, groups: w.groups })
          expect(parsed).toEqual(w)
        },
      ),
      { numRuns: 2000 },
    )
    expect(found).toBeGreaterThan(300)
  })
})
