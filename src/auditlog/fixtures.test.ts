import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { effectivePolicy, parsePolicy, type Policy } from '../policy/index.ts'
import { fixturePolicies, needsShared, SHARED_FIXTURES } from '../testing/shared.ts'
import { analyzeSync } from './analyze.ts'
import { referenceCounts } from '../testing/auditlog/testkit.ts'

const LOGS = join(SHARED_FIXTURES, 'audit-logs')
const present = existsSync(LOGS) && existsSync(join(SHARED_FIXTURES, 'policies'))

/** The real logs of ../shared/fixtures/audit-logs, with what their README says about them. */
const FACTS: Record<
  string,
  { events: number; otherVersion: number; recordedByLevel: Record<string, number> }
> = {
  'audit2rbac-demo.jsonl': {
    events: 37,
    otherVersion: 0,
    recordedByLevel: { None: 0, Metadata: 37, Request: 0, RequestResponse: 0 },
  },
  'falco-k8s-audit-trace-files.jsonl': {
    events: 39,
    otherVersion: 36,
    recordedByLevel: { None: 0, Metadata: 3, Request: 14, RequestResponse: 22 },
  },
}

describe.skipIf(!present)(needsShared('audit-log fixtures', present), () => {
  const logs = present
    ? readdirSync(LOGS)
        .filter((f) => f.endsWith('.jsonl'))
        .sort()
    : []
  const policies: { name: string; policy: Policy }[] = fixturePolicies().flatMap(({ name, text }) => {
    const r = parsePolicy(text)
    return r.policy && r.loadable ? [{ name, policy: r.policy }] : []
  })
  if (policies[0]) {
    const dkp = effectivePolicy(policies[0].policy, {
      auditPolicyEnabled: true,
      basicAuditPolicyEnabled: true,
    })
    policies.push({ name: 'DKP effective policy', policy: dkp.policy })
  }

  it('has the logs and policies the tests expect', () => {
    expect(logs).toEqual(Object.keys(FACTS))
    expect(policies.length).toBeGreaterThan(3)
  })

  for (const log of logs) {
    const text = readFileSync(join(LOGS, log), 'utf8')
    const bytes = new TextEncoder().encode(text)

    it(`${log}: the facts its README states`, () => {
      const r = analyzeSync(
        [{ name: log, chunks: [bytes] }],
        [{ id: 'p', policy: policies[0]!.policy }],
      ).report
      expect([r.events, r.otherVersion, r.malformed + r.truncated + r.notAudit]).toEqual([
        FACTS[log]!.events,
        FACTS[log]!.otherVersion,
        0,
      ])
      expect(r.recordedByLevel).toEqual(FACTS[log]!.recordedByLevel)
    })

    for (const { name, policy } of policies) {
      it(`${log} under ${name}: the same counts as JSON.parse + evaluatePolicy per line`, () => {
        // Odd chunk sizes split lines everywhere.
        const chunks: Uint8Array[] = []
        for (let i = 0; i < bytes.length; i += 997) chunks.push(bytes.slice(i, i + 997))
        const r = analyzeSync([{ name: log, chunks }], [{ id: 'p', policy }]).report
        const ref = referenceCounts(text, policy)
        const impact = r.impacts[0]!
        expect(r.events).toBe(ref.events)
        expect(
          Object.fromEntries(
            impact.byRule.filter((x) => x.events > 0).map((x) => [String(x.rule), x.events]),
          ),
        ).toEqual(Object.fromEntries([...ref.byRule].map(([k, v]) => [String(k), v])))
        expect(impact.byLevel).toEqual(ref.byLevel)
        expect(r.recordedByLevel).toEqual(ref.recordedByLevel)
        expect(r.byStage.ResponseComplete.bytes).toBe(ref.stageBytes.ResponseComplete ?? 0)
      })
    }
  }
})
