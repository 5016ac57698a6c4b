// The lint worker: runs the core's lintPolicy off the page's main thread (2,000 rules take about a second) and
// keeps the last results' fixes, built only when the page asks for one (lintOffPage.ts).
import { lintPolicy } from '../policy/lint.ts'
import type { LintFinding } from '../policy/lintFinding.ts'
import type { LintMessage, LintReply } from './lintOffPage.ts'

/** Results kept for fixes: the page asks only about the newest, a slow reply may be one behind. */
const KEPT = 3
const results: { job: number; findings: LintFinding[] }[] = []

const reply = (message: LintReply) => self.postMessage(message)

self.addEventListener('message', (event: MessageEvent<LintMessage>) => {
  const m = event.data
  try {
    if (m.op === 'lint') {
      const findings = lintPolicy(m.policy, m.options)
      results.push({ job: m.id, findings })
      if (results.length > KEPT) results.shift()
      // A fix is a whole policy, built when read: only what it says crosses now.
      const plain = findings.map(({ fix, ...f }) => (fix ? { ...f, fixSay: fix.say } : f))
      reply({ id: m.id, ok: true, findings: plain })
    } else {
      const found = results.find((r) => r.job === m.job)?.findings[m.index]
      reply({ id: m.id, ok: true, policy: found?.fix?.policy ?? null })
    }
  } catch (e) {
    reply({ id: m.id, ok: false, error: e instanceof Error ? e.message : String(e) })
  }
})
