import { describe, expect, it } from 'vitest'
import { wordFindings } from '../i18n/lint.ts'
import { lintPolicy } from '../policy/lint.ts'
import type { Policy } from '../policy/types.ts'
import { keepSameRules, lintOffPage, loadFix } from './lintOffPage.ts'

// Unit tests run where there are no workers: lint runs in the page, and loadFix reads the finding's own fix.
// (The worker side is exercised by the e2e journeys that apply fixes: lint-shadowed-fix, lint-dkp-overlap-fix.)
const POLICY: Policy = {
  rules: [{ level: 'Metadata' }, { level: 'None', userGroups: ['system:serviceaccounts'] }],
}

describe('lintOffPage', () => {
  it("gives the findings lintPolicy gives, in the active language's words", async () => {
    const options = { target: 'kube-apiserver' as const }
    expect(await lintOffPage(POLICY, options)).toEqual(wordFindings(lintPolicy(POLICY, options)))
  })

  it('loadFix returns the fixed policy of a finding', async () => {
    const findings = await lintOffPage(POLICY, { target: 'kube-apiserver' })
    const withFix = findings.find((f) => f.id === 'shadowed-rule' && f.fix)!
    expect(await loadFix(withFix.fix!, POLICY)).toEqual(withFix.fix!.policy)
  })

  it("a fixed policy copied from the worker takes back the current policy's rule objects where equal", () => {
    const current: Policy = {
      rules: [{ level: 'None', users: ['a'] }, { level: 'Metadata' }, { level: 'None', users: ['a'] }],
    }
    const copy = structuredClone({ rules: [current.rules[2]!, { level: 'Request' }, current.rules[0]!] })
    const kept = keepSameRules(copy, current)
    expect(kept).toEqual(copy)
    // Equal rules are matched in order, each object used once.
    expect(kept.rules[0]).toBe(current.rules[0])
    expect(kept.rules[2]).toBe(current.rules[2])
    expect(kept.rules[1]).toBe(copy.rules[1])
  })
})
