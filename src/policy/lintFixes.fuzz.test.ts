// Property: fixes converge. From generated policies, applying offered fixes one after another never comes
// back to a policy already seen (no fix undoes another), and a fix never brings a warning of another kind
// than the one it fixes.
import fc from 'fast-check'
import { describe, it } from 'vitest'
import { fuzzRuns, fuzzSeed } from '../testing/fuzz.ts'
import { DKP, KUBE } from '../testing/lintCases.ts'
import { aRuleArb, narrowerRule } from '../testing/ruleArbitraries.ts'
import { converges } from '../testing/fixConvergence.ts'
import type { Policy } from './types.ts'

/** A hang guard only: the full run (FUZZ=1) takes about 35 s per target on a quiet machine, more under load. */
const hangGuard = process.env.FUZZ ? 600_000 : 60_000

/** Policies of 2–6 rules where later rules are often narrower copies of earlier ones, at any level. */
const policyArb: fc.Arbitrary<Policy> = fc
  .array(aRuleArb, { minLength: 1, maxLength: 3 })
  .chain((base) =>
    fc
      .array(fc.constantFrom(...base).chain(narrowerRule), { minLength: 1, maxLength: 3 })
      .chain((narrow) => fc.shuffledSubarray([...base, ...narrow], { minLength: 2 })),
  )
  .chain((rules) =>
    fc
      .array(fc.constantFrom('None', 'Metadata', 'Request', 'RequestResponse'), {
        minLength: rules.length,
        maxLength: rules.length,
      })
      .map((levels) => ({ rules: rules.map((r, i) => ({ ...r, level: levels[i]! })) })),
  )

describe('lint fixes converge', () => {
  for (const [name, options] of [
    ['kube-apiserver', KUBE],
    ['DKP', DKP],
  ] as const)
    it(
      `${name}: applying fixes again and again never cycles and never brings a warning of another kind`,
      () => {
        fc.assert(
          fc.property(policyArb, fc.array(fc.nat(8), { minLength: 1, maxLength: 4 }), (policy, pick) =>
            converges(policy, options, pick),
          ),
          { numRuns: fuzzRuns(150, 3000), seed: fuzzSeed() },
        )
      },
      hangGuard,
    )
})
