import { describe, expect, it } from 'vitest'
import { effectivePolicy, parsePolicy, type Policy } from '../policy/index.ts'
import { analyzeSync } from './analyze.ts'
import { generateAuditLog } from '../testing/auditlog/generate.ts'
import { reanalyze } from './report.ts'
import { referenceCounts } from '../testing/auditlog/testkit.ts'
import type { AnalysisReport, AnalyzeOptions } from './types.ts'

const policyOf = (yaml: string): Policy =>
  parsePolicy(`apiVersion: audit.k8s.io/v1\nkind: Policy\n${yaml}`).policy!

const POLICIES: Record<string, Policy> = {
  'catch-all Metadata': policyOf('rules:\n- level: Metadata\n'),
  'quiet system, bodies for writes': policyOf(`omitStages: [RequestReceived]
rules:
- level: None
  users: ["system:kube-scheduler", "system:apiserver"]
- level: None
  nonResourceURLs: ["/healthz*", "/livez*", "/readyz*"]
- level: Metadata
  resources: [{group: "", resources: [secrets, configmaps]}]
- level: RequestResponse
  verbs: [create, update, patch, delete]
- level: Metadata
  omitStages: [ResponseStarted]
`),
  'names decide (resourceNames)': policyOf(`rules:
- level: None
  resources: [{group: coordination.k8s.io, resources: [leases], resourceNames: [kube-scheduler, node-3]}]
- level: RequestResponse
  resources: [{group: "", resources: ["pods/*"]}]
- level: Request
`),
}
POLICIES['DKP effective'] = effectivePolicy(POLICIES['quiet system, bodies for writes']!, {
  auditPolicyEnabled: true,
  basicAuditPolicyEnabled: true,
}).policy

const chunks = [...generateAuditLog({ seed: 5, events: 6000 }, 50_000)]
const text = new TextDecoder().decode(new Uint8Array(chunks.flatMap((c) => [...c])))
const scan = (policy: Policy, options?: AnalyzeOptions) =>
  analyzeSync([{ name: 'gen.log', chunks }], [{ id: 'policy', policy }], options)
const withoutTime = (r: AnalysisReport) => ({ ...r, elapsedMs: 0 })

describe('reanalyze', () => {
  const base = scan(POLICIES['catch-all Metadata']!)
  for (const [name, policy] of Object.entries(POLICIES)) {
    it(`gives the same report for "${name}" as reading the log again`, () => {
      const again = reanalyze(base.aggregates, policy)
      expect(again.exact).toBe(true)
      expect(withoutTime(again)).toEqual(withoutTime(scan(policy).report))
    })
  }

  it('holds the counts to JSON.parse + evaluatePolicy per line', () => {
    for (const policy of Object.values(POLICIES)) {
      const r = reanalyze(base.aggregates, policy)
      const ref = referenceCounts(text, policy)
      expect(r.impacts[0]!.byLevel).toEqual(ref.byLevel)
      expect(r.impacts[0]!.byRule.filter((x) => x.events > 0).map((x) => [x.rule, x.events])).toEqual(
        [...ref.byRule].sort((a, b) => (a[0] ?? 1e9) - (b[0] ?? 1e9)),
      )
    }
  })
})

describe('past the signature caps', () => {
  const names = POLICIES['names decide (resourceNames)']!
  const small: AnalyzeOptions = { maxSignatures: 40, maxNamelessSignatures: 30 }
  const capped = scan(names, small)

  it('stays exact for the policy scanned with, even when names decide', () => {
    const ref = referenceCounts(text, names)
    expect(capped.report.exact).toBe(true)
    expect(capped.report.signatures.overflowEvents).toBeGreaterThan(0)
    expect(capped.report.impacts[0]!.byLevel).toEqual(ref.byLevel)
    expect(
      capped.report.impacts[0]!.byRule.filter((x) => x.events > 0).map((x) => [x.rule, x.events]),
    ).toEqual([...ref.byRule].sort((a, b) => (a[0] ?? 1e9) - (b[0] ?? 1e9)))
  })

  it('asks for a re-scan when another policy is analyzed from capped aggregates', () => {
    const other = reanalyze(capped.aggregates, POLICIES['quiet system, bodies for writes']!)
    expect(other.exact).toBe(false)
    expect(other.rescanNeeded).toMatchObject({ code: 'beyondLimit' })
    expect((other.rescanNeeded as { requests: number }).requests).toBeGreaterThan(0)
  })

  it('is exact from name-less signatures when the new policy does not look at names', () => {
    const noOverflow = scan(POLICIES['catch-all Metadata']!, {
      maxSignatures: 40,
      maxNamelessSignatures: 100_000,
    })
    expect(noOverflow.report.signatures.nameless).toBeGreaterThan(0)
    const policy = POLICIES['quiet system, bodies for writes']!
    const r = reanalyze(noOverflow.aggregates, policy)
    expect(r.exact).toBe(true)
    expect(r.impacts[0]!.byLevel).toEqual(referenceCounts(text, policy).byLevel)
  })

  it('is not exact from name-less signatures when the new policy looks at names', () => {
    const noOverflow = scan(POLICIES['catch-all Metadata']!, {
      maxSignatures: 40,
      maxNamelessSignatures: 100_000,
    })
    const r = reanalyze(noOverflow.aggregates, names)
    expect(r.exact).toBe(false)
    expect(r.rescanNeeded).toEqual({ code: 'namesNotKept' })
  })
})
