// Runs the core's lintPolicy after edits settle and records the findings in the store. Lint is loaded lazily
// (it is not needed for the first screen) and runs off the typing path, in a worker (lintOffPage.ts): on a
// 300-rule policy it takes tens of milliseconds, on the builder's 2,000 rules about a second. One run at a
// time; an edit made meanwhile is linted when it ends.
import type { Diagnostic } from '../policy/types.ts'
import { lintOffPage } from './lintOffPage.ts'
import type { EditorStore } from './store.ts'

/** LINT_DELAY_MS: how long the policy must stay unchanged before lint runs. */
export const LINT_DELAY_MS = 250

/** startLintRunner keeps `store`'s lint findings up to date; it returns a function that stops it. */
export function startLintRunner(store: EditorStore, delayMs = LINT_DELAY_MS): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined
  let stopped = false
  let scheduled: { policy: unknown; target: unknown; basic: unknown; version: unknown } | null = null
  let running = false
  let again = false

  const lintOnce = async (): Promise<void> => {
    const { doc } = store.getState()
    const basic = doc.dkp.basicAuditPolicyEnabled
    let findings: Diagnostic[]
    try {
      // Every lint is about rules: a policy without any has no findings (lint.test.ts holds lint to that), so
      // the empty first screen does not load lint at all.
      findings =
        doc.policy.rules.length === 0
          ? []
          : // Lint's words (the active language's) load with it: the core says what it found as codes.
            (await import('../i18n/lint.ts')).wordFindings(
              await lintOffPage(doc.policy, {
                target: doc.target,
                kubernetesVersion: doc.kubernetesVersion,
                dkp: { basicAuditPolicyEnabled: basic },
              }),
            )
    } catch {
      // lintPolicy never throws by contract; if it does, the form keeps working without lint.
      findings = []
    }
    if (stopped) return
    store.setLint({
      policy: doc.policy,
      target: doc.target,
      kubernetesVersion: doc.kubernetesVersion,
      basicAuditPolicyEnabled: basic,
      ruleIds: doc.ruleIds,
      findings,
    })
  }

  const run = async (): Promise<void> => {
    if (running) {
      again = true
      return
    }
    running = true
    try {
      do {
        again = false
        await lintOnce()
      } while (again && !stopped)
    } finally {
      running = false
    }
  }

  const check = () => {
    const { doc, lint } = store.getState()
    const key = {
      policy: doc.policy,
      target: doc.target,
      basic: doc.dkp.basicAuditPolicyEnabled,
      version: doc.kubernetesVersion,
    }
    if (
      lint &&
      lint.policy === key.policy &&
      lint.target === key.target &&
      lint.basicAuditPolicyEnabled === key.basic &&
      lint.kubernetesVersion === key.version
    )
      return
    if (
      scheduled &&
      scheduled.policy === key.policy &&
      scheduled.target === key.target &&
      scheduled.basic === key.basic &&
      scheduled.version === key.version
    )
      return
    scheduled = key
    clearTimeout(timer)
    timer = setTimeout(() => {
      scheduled = null
      void run()
    }, delayMs)
  }

  const unsubscribe = store.subscribe(check)
  check()
  return () => {
    stopped = true
    clearTimeout(timer)
    unsubscribe()
  }
}
