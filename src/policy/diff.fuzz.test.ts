// diffPolicies is exact: a generated request changes outcome (level, omitStages, omitManagedFields or the
// rule that decides it) between the two policies if and only if it lies in one of the listed behaviour
// changes, whose before and after are then its own; and every example is in its class and does change.
// Pairs are drawn as edits of one policy (a rule changed, added, removed, or rules reordered), so that they
// share most rules, as in real use; reorderings of disjoint rules must report no behaviour change at all.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { aRuleArb, requestInside, requestNear } from '../testing/ruleArbitraries.ts'
import { fuzzRuns, fuzzSeed } from '../testing/fuzz.ts'
import { changeMatcher, diffPolicies, outcomesFor, type DiffOptions, type Outcome } from './diff.ts'
import { classifiers } from './diffMeasure.ts'
import { DKP_BUILTIN_TAIL } from './dkpBuiltin.ts'
import { evaluatePolicy } from './evaluate.ts'
import type { BuiltinRules } from './effective.ts'
import type { Policy, PolicyRule, RequestAttributes } from './types.ts'

const ANY_USER = ['system:authenticated', 'system:unauthenticated']

const rulesArb = fc.array(aRuleArb, { minLength: 0, maxLength: 5 })

/** editArb: a new rule list made from the old one by one to three edits. */
function editArb(rules: PolicyRule[]): fc.Arbitrary<PolicyRule[]> {
  const one = (rs: PolicyRule[]): fc.Arbitrary<PolicyRule[]> => {
    const n = rs.length
    const options: Array<fc.Arbitrary<PolicyRule[]>> = [
      fc.tuple(fc.nat(n), aRuleArb).map(([i, r]) => [...rs.slice(0, i), r, ...rs.slice(i)]),
    ]
    if (n > 0) {
      options.push(
        fc.nat(n - 1).map((i) => rs.filter((_, k) => k !== i)),
        fc
          .tuple(fc.nat(n - 1), aRuleArb)
          .map(([i, r]) => rs.map((x, k) => (k === i ? { ...x, ...pickFields(r) } : x))),
        fc.tuple(fc.nat(n - 1), fc.nat(n - 1)).map(([i, j]) => {
          const out = [...rs]
          const [x] = out.splice(i, 1)
          out.splice(j, 0, x!)
          return out
        }),
      )
    }
    return fc.oneof(...options)
  }
  return fc.integer({ min: 1, max: 3 }).chain((k) => {
    let arb = fc.constant(rules)
    for (let s = 0; s < k; s++) arb = arb.chain(one)
    return arb
  })
}

/** pickFields: one or two fields of a random rule, to change an existing rule field by field. */
function pickFields(r: PolicyRule): Partial<PolicyRule> {
  const keys = Object.keys(r) as Array<keyof PolicyRule>
  const k = keys[(r.level.length + keys.length) % keys.length]!
  return { [k]: r[k] }
}

const policyStagesArb = fc.option(fc.subarray(['RequestReceived', 'Panic']), { nil: undefined })

const pairArb = fc
  .tuple(rulesArb, policyStagesArb, fc.option(fc.boolean(), { nil: undefined }))
  .chain(([rules, stages, omf]) =>
    fc.tuple(
      fc.constant<Policy>({ rules, omitStages: stages, omitManagedFields: omf }),
      fc
        .tuple(editArb(rules), fc.oneof({ arbitrary: fc.constant(stages), weight: 4 }, policyStagesArb))
        .map(([r, s]): Policy => ({ rules: r, omitStages: s, omitManagedFields: omf })),
    ),
  )

const requestsArb = (a: Policy, b: Policy) => {
  const rules = [...a.rules, ...b.rules]
  const arbs = [requestNear(...rules), ...rules.map(requestInside)]
  return fc.array(fc.oneof(...arbs), { minLength: 40, maxLength: 80 })
}

const sameOutcome = (x: Outcome, y: Outcome) => JSON.stringify(x) === JSON.stringify(y)

/** changes: whether the request is audited differently, with the rules paired as the diff paired them. */
function checkExact(
  a: Policy,
  b: Policy,
  reqs: RequestAttributes[],
  options: DiffOptions,
  seen: { changed: number; inside: number },
) {
  const d = diffPolicies(a, b, options)
  const inChange = changeMatcher(a, b, options)
  expect(d.complete).toBe(true)
  const sameRule = (x: Outcome, y: Outcome) => {
    if (x.rule === null || y.rule === null) return x.rule === y.rule
    if (x.rule.kind === 'builtin' || y.rule.kind === 'builtin')
      return JSON.stringify(x.rule) === JSON.stringify(y.rule)
    return d.pairOf[x.rule.index] === y.rule.index
  }
  for (const req of reqs) {
    const [before, after] = outcomesFor(a, b, req, options)
    const differs =
      before.level !== after.level ||
      before.omitStages.join() !== after.omitStages.join() ||
      before.omitManagedFields !== after.omitManagedFields ||
      !sameRule(before, after)
    const classes = d.behaviourChanges.filter((c) => inChange(c, req))
    expect(classes.length, JSON.stringify({ req, differs, classes })).toBe(differs ? 1 : 0)
    if (differs) {
      seen.changed++
      expect(sameOutcome(classes[0]!.before, before)).toBe(true)
      expect(sameOutcome(classes[0]!.after, after)).toBe(true)
    }
  }
  for (const c of d.behaviourChanges) {
    seen.inside++
    expect(inChange(c, c.example)).toBe(true)
    const [before, after] = outcomesFor(a, b, c.example, options)
    expect(sameOutcome(before, c.before)).toBe(true)
    expect(sameOutcome(after, c.after)).toBe(true)
  }
}

describe('diffPolicies is exact (property, against evaluatePolicy)', () => {
  it('on kube-apiserver: a request changes if and only if a listed change holds it', () => {
    const seen = { changed: 0, inside: 0 }
    fc.assert(
      fc.property(
        pairArb.chain(([a, b]) => fc.tuple(fc.constant(a), fc.constant(b), requestsArb(a, b))),
        ([a, b, reqs]) => checkExact(a, b, reqs, {}, seen),
      ),
      { numRuns: fuzzRuns(300, 5000), seed: fuzzSeed() },
    )
    expect(seen.changed).toBeGreaterThan(100)
    expect(seen.inside).toBeGreaterThan(100)
  })

  const rendered: fc.Arbitrary<BuiltinRules> = fc
    .array(aRuleArb, { minLength: 1, maxLength: 3 })
    .map((rules) => ({
      head: rules.map((rule, i) => ({ number: i + 1, title: `Rendered rule ${i + 1}`, rule })),
      tail: DKP_BUILTIN_TAIL.map((b, i) => ({ ...b, number: rules.length + i + 1 })),
    }))

  it('on DKP: the effective policies (built-in rules included) are compared', () => {
    const seen = { changed: 0, inside: 0 }
    fc.assert(
      fc.property(
        rendered,
        pairArb.chain(([a, b]) => fc.tuple(fc.constant(a), fc.constant(b), requestsArb(a, b))),
        (builtin, [a, b, reqs]) => checkExact(a, b, reqs, { target: 'deckhouse', builtin }, seen),
      ),
      { numRuns: fuzzRuns(150, 3000), seed: fuzzSeed() },
    )
    expect(seen.changed).toBeGreaterThan(50)
  })

  it('each change’s classifier policy counts exactly its requests at its main rule (for --log)', () => {
    const seen = { measured: 0, inside: 0 }
    fc.assert(
      fc.property(
        pairArb.chain(([a, b]) => fc.tuple(fc.constant(a), fc.constant(b), requestsArb(a, b))),
        ([a, b, reqs]) => {
          const d = diffPolicies(a, b)
          const inChange = changeMatcher(a, b)
          const cls = classifiers(a, b, d.behaviourChanges)
          // Real users always carry system:authenticated (or system:unauthenticated): the classifier counts on it.
          const real = reqs.map((r) =>
            r.user === null || r.groups.some((g) => ANY_USER.includes(g))
              ? r
              : { ...r, groups: [...r.groups, 'system:authenticated'] },
          )
          d.behaviourChanges.forEach((c, k) => {
            const cl = cls[k]
            if (!cl) return
            seen.measured++
            const realExample = c.example.user === null || c.example.groups.some((g) => ANY_USER.includes(g))
            for (const req of realExample ? [...real, c.example] : real) {
              const hit = evaluatePolicy(cl.before, req).matchedRule === cl.main
              if (hit) seen.inside++
              if (hit !== inChange(c, req))
                expect({ req, c: c.requests, cl }).toBe('counted iff in the change')
              expect(evaluatePolicy(cl.after, req).matchedRule === cl.main).toBe(hit)
            }
          })
        },
      ),
      { numRuns: fuzzRuns(100, 3000), seed: fuzzSeed() },
    )
    expect(seen.measured).toBeGreaterThan(50)
    expect(seen.inside).toBeGreaterThan(100)
  })

  it('a reordering of rules that share no request reports no behaviour change', () => {
    fc.assert(
      fc.property(rulesArb, fc.nat(), (rules, seed) => {
        // Make the rules pairwise disjoint by giving each its own user.
        const own = rules.map((r, i) => ({ ...r, users: [`user-${i}`] }))
        const shuffled = [...own].sort((x, y) => ((ruleHash(x) ^ seed) % 7) - ((ruleHash(y) ^ seed) % 7))
        const d = diffPolicies({ rules: own }, { rules: shuffled })
        expect(d.behaviourChanges).toEqual([])
      }),
      { numRuns: fuzzRuns(200, 3000), seed: fuzzSeed() },
    )
  })
})

function ruleHash(r: PolicyRule): number {
  let h = 0
  for (const ch of JSON.stringify(r)) h = (h * 31 + ch.charCodeAt(0)) >>> 0
  return h
}
