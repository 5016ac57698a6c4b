import { describe, expect, it, vi } from 'vitest'
import { wordFindings } from '../i18n/lint.ts'
import { lintPolicy } from '../policy/lint.ts'
import type { Policy } from '../policy/types.ts'
import { lintAnswers } from './lintAnswers.ts'
import type { LintMessage, LintReply } from './lintOffPage.ts'

// lintOffPage with a worker: a stand-in Worker answers in the page with what the worker runs (lintAnswers.ts),
// through structured clones, as the browser does.
const replies: LintReply[] = []
class StandInWorker {
  private readonly answer = lintAnswers()
  private readonly listeners: ((e: { data: LintReply }) => void)[] = []
  addEventListener(type: string, listener: (e: { data: LintReply }) => void) {
    if (type === 'message') this.listeners.push(listener)
  }
  postMessage(m: LintMessage) {
    const reply = structuredClone(this.answer(structuredClone(m)))
    if (m.op === 'lint') replies.push(reply)
    setTimeout(() => this.listeners.forEach((l) => l({ data: reply })))
  }
  terminate() {}
}
vi.stubGlobal('Worker', StandInWorker)
const { lintOffPage, loadFix } = await import('./lintOffPage.ts')

// Rule 1 takes every request: the rules after it can never match (each has a fix that removes it).
const BEFORE: Policy = {
  rules: [{ level: 'Metadata' }, { level: 'None', userGroups: ['system:serviceaccounts'] }],
}
const AFTER: Policy = { rules: [...BEFORE.rules, { level: 'Request', users: ['alice'] }] }
const OPTIONS = { target: 'kube-apiserver' as const }
/** What a finding says and where, without its fix's policy (built when read). */
const said = (list: readonly { at: string; message: string; fix?: { description: string } }[]) =>
  list.map((f) => ({ at: f.at, message: f.message, fix: f.fix?.description }))

describe('lintOffPage with a worker', () => {
  it('gives the worded findings the page would give, and an edit keeps the objects of the findings it left as they were', async () => {
    const first = await lintOffPage(BEFORE, OPTIONS)
    expect(said(first)).toEqual(said(wordFindings(lintPolicy(BEFORE, OPTIONS))))
    expect(replies[0]!).toMatchObject({ base: null })

    const second = await lintOffPage(AFTER, OPTIONS)
    expect(said(second)).toEqual(said(wordFindings(lintPolicy(AFTER, OPTIONS))))
    // The finding about rule 2 did not change: the worker answered it by its place, the page kept the object.
    const rule2 = first.find((f) => f.at === 'rules[1]' && f.fix)!
    expect(second).toContain(rule2)
    const answer = replies[1]!
    expect(
      'findings' in answer && answer.base !== null && answer.findings.some((f) => typeof f === 'number'),
    ).toBe(true)
    // The new rule's findings are new.
    expect(second.some((f) => f.at === 'rules[2]' && !first.includes(f))).toBe(true)

    // The kept finding's fix is built from the policy as it is now (the new rule stays), not the one before.
    const want = lintPolicy(AFTER, OPTIONS).find((f) => f.at === 'rules[1]' && f.id === rule2.id)!.fix!.policy
    expect(await loadFix(rule2.fix!, AFTER)).toEqual(want)
  })
})
