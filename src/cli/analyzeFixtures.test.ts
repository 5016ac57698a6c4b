// The CLI's `analyze --json` on the real logs of ../shared/fixtures: its request count and per-rule numbers equal
// an independent count (JSON.parse per line, the counting rule written out plainly: referenceCounts), for each
// fixture policy, with the logs given one by one, together, twice, and on standard input.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { referenceCounts } from '../testing/auditlog/testkit.ts'
import { parsePolicy } from '../policy/index.ts'
import { memoryIo } from '../testing/io.ts'
import { fixturePolicies, hasSharedFixtures, SHARED_FIXTURES } from '../testing/shared.ts'
import { main } from './main.ts'
import { STDIN_NAME } from './analyze.ts'

const present = hasSharedFixtures()
const LOGS = join(SHARED_FIXTURES, 'audit-logs')

async function analyzeJson(policyText: string, args: string[], stdin?: Uint8Array) {
  const io = memoryIo({ files: { 'p.yaml': policyText }, stdin })
  const code = await main(['analyze', 'p.yaml', ...args, '--json'], io)
  expect([code, io.err()]).toEqual([0, ''])
  return JSON.parse(io.out()) as {
    events: number
    byRule: { rule: number | null; events: number }[]
    files: { name: string; sameAs?: string }[]
  }
}

const perRule = (byRule: { rule: number | null; events: number }[]) =>
  Object.fromEntries(byRule.filter((r) => r.events > 0).map((r) => [String(r.rule), r.events]))

describe.skipIf(!present)(
  'analyze --json on ../shared/fixtures (skipped: ../shared/fixtures is missing)',
  () => {
    const logs = present
      ? readdirSync(LOGS)
          .filter((f) => f.endsWith('.jsonl'))
          .sort()
          .map((f) => join(LOGS, f))
      : []
    const texts = logs.map((l) => readFileSync(l, 'utf8'))
    const policies = present
      ? fixturePolicies().filter(({ text }) => {
          const r = parsePolicy(text)
          return r.loadable && r.policy
        })
      : []

    it('finds logs and policies', () => {
      expect(logs.length).toBeGreaterThan(1)
      expect(policies.length).toBeGreaterThan(3)
    })

    for (const { name, text } of policies) {
      const policy = parsePolicy(text).policy!
      it(`${name}: each log, then all logs together, as the independent count`, async () => {
        for (const [i, log] of logs.entries()) {
          const j = await analyzeJson(text, ['--log', log])
          const ref = referenceCounts(texts[i]!, policy)
          expect(j.events).toBe(ref.events)
          expect(perRule(j.byRule)).toEqual(
            Object.fromEntries([...ref.byRule].map(([k, v]) => [String(k), v])),
          )
        }
        const all = await analyzeJson(
          text,
          logs.flatMap((l) => ['--log', l]),
        )
        const ref = referenceCounts(texts, policy)
        expect(all.events).toBe(ref.events)
        expect(perRule(all.byRule)).toEqual(
          Object.fromEntries([...ref.byRule].map(([k, v]) => [String(k), v])),
        )
      })
    }

    it('a log given twice is noticed and counted once; standard input reads like a file', async () => {
      const text = policies[0]!.text
      const once = await analyzeJson(text, ['--log', logs[0]!])
      const twice = await analyzeJson(text, ['--log', logs[0]!, '--log', logs[0]!])
      expect(twice.events).toBe(once.events)
      expect(twice.files[1]!.sameAs).toBe(logs[0])
      const piped = await analyzeJson(text, ['--log', '-'], readFileSync(logs[1]!))
      const file = await analyzeJson(text, ['--log', logs[1]!])
      expect(piped.files[0]!.name).toBe(STDIN_NAME)
      expect([piped.events, perRule(piped.byRule)]).toEqual([file.events, perRule(file.byRule)])
      const gz = await analyzeJson(text, ['--log', '-'], gzipSync(readFileSync(logs[1]!)))
      expect([gz.events, perRule(gz.byRule)]).toEqual([file.events, perRule(file.byRule)])
    })
  },
)
