// Fuzz: lint never throws on any policy the reader can produce (odd values, hostile characters, empty lists), its
// findings are well formed, every fix it offers is a policy lint can read again, and a value with a hidden
// character is always flagged.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fuzzRuns, fuzzSeed } from '../testing/fuzz.ts'
import { corpus, hostileString } from '../testing/fuzzCorpus.ts'
import { aRuleArb, LEVELS } from '../testing/ruleArbitraries.ts'
import { DKP_BUILTIN_HEAD } from './dkpBuiltin.ts'
import { HIDDEN } from './lintHidden.ts'
import { LINT_IDS, lintPolicy, type LintOptions } from './lint.ts'
import { parsePolicy } from './parse.ts'
import type { Policy, PolicyRule } from './types.ts'

const strings = (pool: fc.Arbitrary<string>) =>
  fc.option(fc.array(pool, { maxLength: 4 }), { nil: undefined })
const value = fc.oneof(hostileString, fc.constantFrom('*', '', 'pods/*', '*/*', 'apps/v1', '/api/*', 'get'))

const hostileRule: fc.Arbitrary<PolicyRule> = fc.record(
  {
    level: fc.oneof(fc.constantFrom(...LEVELS), value),
    users: strings(value),
    userGroups: strings(value),
    verbs: strings(value),
    resources: fc.option(
      fc.array(
        fc.record(
          { group: value, resources: strings(value), resourceNames: strings(value) },
          { requiredKeys: ['group'] },
        ),
        { maxLength: 3 },
      ),
      { nil: undefined },
    ),
    namespaces: strings(value),
    nonResourceURLs: strings(value),
    omitStages: strings(fc.oneof(fc.constantFrom('RequestReceived', 'ResponseStarted', 'Panic'), value)),
    omitManagedFields: fc.option(fc.boolean(), { nil: undefined }),
    note: fc.option(hostileString, { nil: undefined }),
  },
  { requiredKeys: ['level'] },
)

const policyArb: fc.Arbitrary<Policy> = fc.record(
  {
    rules: fc.array(
      fc.oneof(hostileRule, aRuleArb, fc.constantFrom(...DKP_BUILTIN_HEAD.map((b) => b.rule))),
      { maxLength: 6 },
    ),
    omitStages: strings(value),
    omitManagedFields: fc.option(fc.boolean(), { nil: undefined }),
  },
  { requiredKeys: ['rules'] },
)

const optionsArb: fc.Arbitrary<LintOptions> = fc.constantFrom(
  {},
  { target: 'kube-apiserver' },
  { target: 'deckhouse' },
  { target: 'deckhouse', dkp: { basicAuditPolicyEnabled: false } },
)

/** check lints and holds the findings (and the policies their fixes make) to their contract. */
function check(policy: Policy, options: LintOptions) {
  const found = lintPolicy(policy, options)
  for (const f of found) {
    expect(LINT_IDS).toContain(f.id)
    expect(f.path).toBe(f.at)
    expect(typeof f.message).toBe('string')
    if (f.fix) expect(() => lintPolicy(f.fix!.policy, options)).not.toThrow()
  }
  const values = policy.rules.flatMap((r) => [
    ...(r.users ?? []),
    ...(r.userGroups ?? []),
    ...(r.verbs ?? []),
    ...(r.namespaces ?? []),
  ])
  if (policy.rules.length > 0 && values.some((v) => new RegExp(HIDDEN.source, 'u').test(v)))
    expect(found.some((f) => f.id === 'hidden-characters')).toBe(true)
}

describe('lint fuzz', () => {
  it.each(corpus('policies').map((t, i) => [i, t]))(
    'corpus policy %i: parse and lint never throw',
    (_i, text) => {
      for (const target of ['kube-apiserver', 'deckhouse'] as const) {
        const parsed = parsePolicy(text, { target })
        if (parsed.policy) check(parsed.policy, { target })
      }
    },
  )

  it('never throws on generated policies', () => {
    fc.assert(
      fc.property(policyArb, optionsArb, (policy, options) => check(policy, options)),
      {
        numRuns: fuzzRuns(800, 40_000),
        seed: fuzzSeed(),
      },
    )
  })
})
