// What the lint worker (lint.worker.ts) answers, apart from the worker so unit tests can run it in the page:
// it lints, words the findings in the page's language, and keeps the last results' fixes, built only when the
// page asks for one (lintOffPage.ts). A finding the page already holds from the previous answer (the same
// words, place and fix) is answered by its place in that answer: on a big policy an edit changes a few
// findings of thousands, and the page then reads, words and lays out only those.
import { setActiveLocale } from '../i18n/locale.ts'
import { lintWords, wordFindings } from '../i18n/lint.ts'
import { lintPolicy } from '../policy/lint.ts'
import type { LintFinding } from '../policy/lintFinding.ts'
import type { LintMessage, LintReply, PlainFinding } from './lintOffPage.ts'

/** Results kept for fixes: the page asks only about the newest, a slow reply may be one behind. */
const KEPT = 3

/** plain: a worded finding as it crosses: what its fix does in words, not the fixed policy. */
function plain({ fix, ...f }: LintFinding): PlainFinding {
  return fix ? { ...f, fixSay: fix.say, fixDescription: fix.description } : f
}

/** lintAnswers: a function that answers the page's lint messages in order, as the worker does. */
export function lintAnswers(): (m: LintMessage) => LintReply {
  const results: { job: number; findings: LintFinding[] }[] = []
  /** The last answer's findings as text (each finding's identity for the next answer), and its job. */
  let sent: { job: number; keys: string[] } | null = null
  return (m) => {
    try {
      if (m.op === 'fix') {
        const found = results.find((r) => r.job === m.job)?.findings[m.index]
        return { id: m.id, ok: true, policy: found?.fix?.policy ?? null }
      }
      const findings = lintPolicy(m.policy, m.options)
      results.push({ job: m.id, findings })
      if (results.length > KEPT) results.shift()
      setActiveLocale(m.locale)
      const worded = wordFindings(findings, lintWords()).map(plain)
      const keys = worded.map((f) => JSON.stringify(f))
      // Against the answer the page holds (it says which); places of equal findings are used once each.
      const base = sent !== null && m.base === sent.job ? sent.job : null
      const before = new Map<string, number[]>()
      if (base !== null)
        sent!.keys.forEach((k, i) => {
          const list = before.get(k)
          if (list) list.push(i)
          else before.set(k, [i])
        })
      const out = worded.map((f, i) => before.get(keys[i]!)?.shift() ?? f)
      sent = { job: m.id, keys }
      return { id: m.id, ok: true, findings: out, base }
    } catch (e) {
      return { id: m.id, ok: false, error: e instanceof Error ? e.message : String(e) }
    }
  }
}
