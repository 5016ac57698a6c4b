// Fixes converge: the property the convergence fuzz (policy/lintFixes.fuzz.test.ts) holds every generated policy
// to, and the unit tests replaying the counterexamples it found (policy/lintFixes.test.ts).
import { expect } from 'vitest'
import { lintPolicy } from '../policy/lint.ts'
import type { LintOptions } from '../policy/lintFinding.ts'
import { serializePolicy } from '../policy/serialize.ts'
import type { Policy } from '../policy/types.ts'

const MAX_STEPS = 12

/**
 * Fixes that make a rule match what it was written to match (a literal `*`, a group with a version, …): the
 * rule then takes other requests, by design, and what that tells about the rules after it is news, not a
 * fix undoing another. They are still held to "no cycle".
 */
const CORRECTS_MEANING = new Set([
  'literal-star',
  'group-with-version',
  'url-star-not-last',
  'subresources-not-covered',
  'subresource-wildcard-covers-parent',
])

/** Fixes that move a rule which took no request above the rule that took them all. */
const REVIVES = new Set(['shadowed-rule', 'never-fires-in-practice'])

/**
 * "Never fires in practice" is the shadowed-rule finding for requests real identities send (the lint gives one
 * or the other for a rule, never both): one kind here.
 */
const kindOf = (id: string): string => (id === 'never-fires-in-practice' ? 'shadowed-rule' : id)

/**
 * converges applies offered fixes one after another (the `pick`-th fixable finding, in turn), up to MAX_STEPS:
 * never back to a policy already seen, and no fix brings a warning of another kind than the one it fixes.
 */
export function converges(start: Policy, options: LintOptions, pick: readonly number[]): void {
  let policy = start
  const seen = new Set([serializePolicy(policy)])
  for (let step = 0; step < MAX_STEPS; step++) {
    const findings = lintPolicy(policy, options)
    const fixable = findings.filter((f) => f.fix)
    if (fixable.length === 0) return
    const f = fixable[pick[step % pick.length]! % fixable.length]!
    const next = f.fix!.policy
    const key = serializePolicy(next)
    expect(seen.has(key), `"${f.message}" (${f.fix!.description}) came back to an earlier policy`).toBe(false)
    seen.add(key)
    if (CORRECTS_MEANING.has(f.id)) {
      policy = next
      continue
    }
    const before = new Set(findings.filter((d) => d.severity === 'warning').map((d) => kindOf(d.id)))
    // A rule that never matched (or never fires for a real identity) is not checked further; moved up, its own
    // findings are news about it.
    const revived =
      REVIVES.has(f.id) && f.relatedRule !== undefined && next.rules.length === policy.rules.length
        ? `rules[${f.relatedRule}]`
        : null
    const brought = lintPolicy(next, options)
      .filter((d) => d.severity === 'warning' && kindOf(d.id) !== kindOf(f.id) && !before.has(kindOf(d.id)))
      .filter((d) => revived === null || (d.at !== revived && !d.at.startsWith(revived + '.')))
      .map((d) => `${d.id}: ${d.message}`)
    expect(brought, `fixing ${f.id} ("${f.fix!.description}") brought other warnings`).toEqual([])
    policy = next
  }
}
